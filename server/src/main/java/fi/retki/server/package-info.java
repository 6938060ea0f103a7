/**
 * The Retki server: the catalogue API, asset streaming, live class sessions and the teacher
 * console, on Vert.x. Built on the {@code scenes} and {@code assets} modules; never imports
 * jMonkeyEngine.
 */
package fi.retki.server;
