/**
 * The Retki desktop client on jMonkeyEngine: join a class session, stream a scene, explore it,
 * follow the teacher and plan the school yard. Built on the {@code scenes} and {@code assets}
 * modules; never imports Vert.x.
 */
package fi.retki.client;
