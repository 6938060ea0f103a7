package fi.retki.scenes.live;

import fi.retki.scenes.Language;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A session as it stands. Immutable: {@link SessionCore#evolve} makes a new one per event.
 *
 * @param focus the point of interest everyone was brought to, or {@code null} when exploring freely
 * @param pupils in the order they joined
 * @param objects the school-yard plan, by object id
 */
public record SessionState(
    Status status,
    String sessionId,
    String code,
    String teacherId,
    SceneRules scene,
    String preset,
    Language language,
    boolean joiningLocked,
    boolean paused,
    String focus,
    Map<String, Pupil> pupils,
    Map<String, PlacedObject> objects,
    List<Note> notes,
    List<Snapshot> snapshots) {

  public SessionState {
    pupils = Collections.unmodifiableMap(new LinkedHashMap<>(pupils));
    objects = Collections.unmodifiableMap(new LinkedHashMap<>(objects));
    notes = List.copyOf(notes);
    snapshots = List.copyOf(snapshots);
  }

  /** Before {@code SessionOpened}: nothing but the id. */
  public static SessionState empty() {
    return new SessionState(Status.NEW, null, null, null, null, null, null, false, false, null, Map.of(), Map.of(),
        List.of(), List.of());
  }

  public enum Status { NEW, OPEN, ENDED }

  /**
   * A pupil in the roster. {@code progress} is the loading progress, 0 to 1; {@code resumeToken}
   * is the value given at {@link Command.Join} (on the Retki server, the hash of the pupil's token).
   */
  public record Pupil(String id, String nickname, String resumeToken, boolean connected, double progress) {}

  /** An object of the school-yard plan; {@code owner} is the pupil id or the teacher's id. */
  public record PlacedObject(String id, String kind, double x, double z, double yaw, String owner) {}

  public record Note(String pupilId, String noteId, String text, java.time.Instant at) {}

  public record Snapshot(String pupilId, String snapshotId, long bytes, java.time.Instant at) {}
}
