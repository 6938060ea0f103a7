/**
 * The client's app states: join, lobby, explore, guided, plan, daycare, and the ones that serve
 * them (the world shown, the connection banner, frame grabbing). Each runs on the render thread;
 * work from other threads reaches them through {@code app.enqueue}.
 */
package fi.retki.client.app.state;
