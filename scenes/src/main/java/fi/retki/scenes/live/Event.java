package fi.retki.scenes.live;

import fi.retki.scenes.Language;
import java.time.Instant;

/** What happened in a session, in the past tense; the only input of {@link SessionCore#evolve}. */
public sealed interface Event {
  record SessionOpened(String sessionId, String code, String teacherId, SceneRules scene, String preset,
      Language language, Instant at) implements Event {}

  record PupilJoined(String pupilId, String nickname, String resumeToken, Instant at) implements Event {}

  record PupilRejoined(String pupilId, Instant at) implements Event {}

  record PupilDisconnected(String pupilId) implements Event {}

  record PupilLeft(String pupilId) implements Event {}

  record ProgressReported(String pupilId, double fraction) implements Event {}

  record WentTo(String poi) implements Event {}

  record Released() implements Event {}

  record Paused() implements Event {}

  record Resumed() implements Event {}

  record JoiningLocked() implements Event {}

  record JoiningUnlocked() implements Event {}

  record PupilRenamed(String pupilId, String nickname) implements Event {}

  record PupilRemoved(String pupilId) implements Event {}

  record ObjectPlaced(String objectId, String kind, double x, double z, double yaw, String owner) implements Event {}

  record ObjectMoved(String objectId, double x, double z) implements Event {}

  record ObjectRotated(String objectId, double yaw) implements Event {}

  record ObjectRemoved(String objectId) implements Event {}

  record NoteSaved(String pupilId, String noteId, String text, Instant at) implements Event {}

  record SnapshotAttached(String pupilId, String snapshotId, long bytes, Instant at) implements Event {}

  record SessionEnded(Instant at) implements Event {}
}
