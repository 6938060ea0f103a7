package fi.retki.server.live;

/**
 * What a session says to one connection beyond its frames: errors (which count against the
 * connection's error budget where the socket is), and whether it was let in.
 */
interface Link extends Sink {
  /** An error reply to the request {@code ref} (null if it had none). */
  void fail(String ref, String code, String message);

  /** The session let the connection in; before its welcome is sent. */
  void admitted(Conversation conversation);

  /** The session refused the connection's join, rejoin or watch: it may ask again. */
  void refused();
}
