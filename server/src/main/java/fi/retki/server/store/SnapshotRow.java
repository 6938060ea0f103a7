package fi.retki.server.store;

import java.time.Instant;
import java.util.Objects;

/**
 * A pupil's snapshot; its PNG bytes are the blob {@code sha256} in the content store.
 *
 * @param id the snapshot's id
 * @param sessionId the session it was taken in
 * @param pupilId the pupil who took it
 * @param sha256 the blob's hash, lower-case hex
 * @param bytes the PNG's size
 * @param at when it was taken, to the millisecond
 */
public record SnapshotRow(String id, String sessionId, String pupilId, String sha256, long bytes, Instant at) {
  public SnapshotRow {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(sessionId, "sessionId");
    Objects.requireNonNull(pupilId, "pupilId");
    Objects.requireNonNull(sha256, "sha256");
    Objects.requireNonNull(at, "at");
    if (bytes < 0) {
      throw new IllegalArgumentException("a snapshot's size cannot be negative: " + bytes);
    }
  }
}
