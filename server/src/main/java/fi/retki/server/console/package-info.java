/**
 * The teacher console: a static page (HTML, CSS and JavaScript modules, no build step) served from
 * the classpath at {@code /} and {@code /console/*}. It speaks only the public protocol
 * (docs/live-protocol.md): the HTTP API for signing in, starting sessions and saved work, and the
 * {@code /live} WebSocket to watch a session.
 */
package fi.retki.server.console;
