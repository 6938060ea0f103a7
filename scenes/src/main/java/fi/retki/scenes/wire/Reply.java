package fi.retki.scenes.wire;

import fi.retki.scenes.live.Event;

/** What the server sends a client. */
public sealed interface Reply {
  /**
   * The first reply on a connection that joined, rejoined or watches a session: who the client is
   * and the session as it stands.
   *
   * @param role {@code pupil} or {@code teacher}
   * @param you the pupil's id (null for a teacher)
   * @param token the pupil's resume token, sent only to that pupil (null for a teacher)
   * @param seq the number of the last event the view includes; later events follow in order
   */
  record Welcome(String role, String you, String token, long seq, SessionView session) implements Reply {}

  /** Something happened in the session; {@code seq} counts the session's events from 1, in decided order. */
  record Happened(long seq, Event event) implements Reply {}

  /** The request with this reference was carried out (and, where it changed saved work, committed). */
  record Ack(String ref) implements Reply {}

  /** The request with this reference (null when it could not be read) was refused. */
  record Failure(String ref, String code, String message) implements Reply {}
}
