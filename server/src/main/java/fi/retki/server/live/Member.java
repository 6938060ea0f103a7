package fi.retki.server.live;

/**
 * A connection that belongs to a session: the teacher's console or a pupil's client. Written to
 * only by its session's host context, so frames leave in the order the host decided them; its
 * {@link Outbox} closes it rather than let it fall too far behind, so the host never waits on it.
 */
final class Member {
  private final Outbox outbox;
  private final String teacherId;
  private volatile String pupilId;

  private Member(Outbox outbox, String teacherId, String pupilId) {
    this.outbox = outbox;
    this.teacherId = teacherId;
    this.pupilId = pupilId;
  }

  static Member teacher(Outbox outbox, String teacherId) {
    return new Member(outbox, teacherId, null);
  }

  static Member pupil(Outbox outbox) {
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
