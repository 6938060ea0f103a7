package fi.retki.scenes.live;

import fi.retki.scenes.Language;

/**
 * What a teacher or a pupil asks of a session. Names are imperatives; ids, codes and tokens are
 * made by the caller and passed in, so deciding stays pure.
 */
public sealed interface Command {
  /** The teacher starts a session of a scene, with a preset and a language, under a join code. */
  record OpenSession(String sessionId, String code, SceneRules scene, String preset, Language language)
      implements Command {}

  /**
   * Someone joins with a nickname; the server has made the pupil's id and resume token. {@code
   * resumeToken} is what the session keeps and stores to recognise the pupil again: the Retki
   * server passes the token's hash, never the token it gives the pupil.
   */
  record Join(String pupilId, String nickname, String resumeToken) implements Command {}

  /**
   * A pupil whose connection dropped comes back with their resume token: same pupil, same work.
   * {@code resumeToken} is compared with the one given at {@link Join} (the server's hash of what
   * the pupil sent).
   */
  record Rejoin(String resumeToken) implements Command {}

  /** A pupil's connection dropped (said by the server, not by the pupil). */
  record Disconnect(String pupilId) implements Command {}

  /** A pupil leaves for good. */
  record Leave() implements Command {}

  /** A pupil's loading progress, from 0 to 1. */
  record ReportProgress(double fraction) implements Command {}

  /** The teacher brings everyone to a point of interest. */
  record GoTo(String poi) implements Command {}

  /** The teacher lets everyone explore freely again. */
  record Release() implements Command {}

  /** "Eyes on me": clients lock input and show an overlay. */
  record Pause() implements Command {}

  record Resume() implements Command {}

  record LockJoining() implements Command {}

  record UnlockJoining() implements Command {}

  record RenamePupil(String pupilId, String nickname) implements Command {}

  record RemovePupil(String pupilId) implements Command {}

  /** Place a palette object in the school-yard plan, at (x, z) turned by yaw degrees. */
  record PlaceObject(String objectId, String kind, double x, double z, double yaw) implements Command {}

  record MoveObject(String objectId, double x, double z) implements Command {}

  record RotateObject(String objectId, double yaw) implements Command {}

  record RemoveObject(String objectId) implements Command {}

  /** A pupil saves a note (1 to 2000 characters). */
  record SaveNote(String noteId, String text) implements Command {}

  /** A pupil attaches a snapshot already stored by the server (PNG, at most 5 MB). */
  record AttachSnapshot(String snapshotId, long bytes) implements Command {}

  record EndSession() implements Command {}
}
