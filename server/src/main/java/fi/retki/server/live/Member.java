package fi.retki.server.live;

import io.vertx.core.http.ServerWebSocket;

/**
 * A connection that belongs to a session: the teacher's console or a pupil's client. Written to
 * only by its session's host context, so frames leave in the order the host decided them.
 */
final class Member {
  private final ServerWebSocket socket;
  private final String teacherId;
  private volatile String pupilId;

  private Member(ServerWebSocket socket, String teacherId, String pupilId) {
    this.socket = socket;
    this.teacherId = teacherId;
    this.pupilId = pupilId;
  }

  static Member teacher(ServerWebSocket socket, String teacherId) {
    return new Member(socket, teacherId, null);
  }

  static Member pupil(ServerWebSocket socket) {
    return new Member(socket, null, null);
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
    if (!socket.isClosed()) {
      socket.writeTextMessage(frame);
    }
  }

  void close(short status, String reason) {
    if (!socket.isClosed()) {
      socket.close(status, reason);
    }
  }
}
