package fi.retki.server.store;

import java.time.Instant;
import java.util.Objects;

/**
 * One event of a session's log, as stored.
 *
 * @param seq its place in the session's log; unique within the session
 * @param type the event's type, e.g. {@code pupil-joined}
 * @param body the event as JSON
 * @param at when it happened, to the millisecond
 */
public record StoredEvent(long seq, String type, String body, Instant at) {
  public StoredEvent {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(at, "at");
  }
}
