package fi.retki.server.live;

/**
 * Where a session's frames for one connection go, in the order they are given: the connection's
 * {@link Outbox} when the socket is on this server, or the clustered event bus to the server that
 * holds the socket ({@link NodeBus}).
 */
interface Sink {
  /** Sends one text frame. */
  void send(String frame);

  /** Closes the connection with a WebSocket status and a reason a person can read. */
  void close(short status, String reason);
}
