package fi.retki.server.live;

/**
 * A connection that belongs to a session: the teacher's console or a pupil's client, on this
 * server or another. Written to only by its session's host context, so frames leave in the order
 * the host decided them; its {@link Sink} (an {@link Outbox} closes a connection rather than let it
 * fall too far behind) never makes the host wait.
 */
final class Member {
  private final Sink outbox;
  private final String teacherId;
  private volatile String pupilId;

  private Member(Sink outbox, String teacherId, String pupilId) {
    this.outbox = outbox;
    this.teacherId = teacherId;
    this.pupilId = pupilId;
  }

  static Member teacher(Sink outbox, String teacherId) {
    return new Member(outbox, teacherId, null);
  }

  static Member pupil(Sink outbox) {
    return new Member(outbox, null, null);
  }

  boolean isTeacher() {
    return teacherId != null;
  }

  /** The pupil's id once the session has accepted them; null for a teacher. */
  String pupilId() {
    return pupilId;
  }

  void becomes(String pupilId) {
    this.pupilId = pupilId;
  }

  void send(String frame) {
    outbox.send(frame);
  }

  void close(short status, String reason) {
    outbox.close(status, reason);
  }
}
