package fi.retki.server.live;

import fi.retki.scenes.live.Actor;
import fi.retki.scenes.live.Command;
import fi.retki.scenes.live.Decision;
import fi.retki.scenes.live.Event;
import fi.retki.scenes.wire.Reply;
import fi.retki.scenes.wire.WireCodec;
import fi.retki.server.store.TokenHash;

/**
 * The session's side of one connection, on the server that runs the session: a pupil's join or
 * rejoin, a teacher's watch, then their commands, answered through the connection's {@link Link}
 * (its socket here, or the event bus to the server that holds the socket). The same code serves
 * both, so a lesson behaves alike whichever server a pupil's connection reached.
 */
final class Conversation {
  private final SessionHost host;
  private final Link link;
  private volatile Member member;

  private Conversation(SessionHost host, Link link) {
    this.host = host;
    this.link = link;
  }

  SessionHost host() {
    return host;
  }

  /**
   * The conversation a join, join-pictures, rejoin or watch starts with {@code host}, the session
   * the caller has already found for it; {@code teacherId} is the signed-in teacher of a watch.
   */
  static Conversation open(LiveSessions sessions, SessionHost host, fi.retki.scenes.wire.Request request,
      String teacherId, String ref, Link link) {
    if (request instanceof fi.retki.scenes.wire.Request.Rejoin rejoin) {
      return rejoin(host, rejoin.token(), ref, link);
    }
    if (request instanceof fi.retki.scenes.wire.Request.Watch) {
      return watch(host, teacherId, ref, link);
    }
    String nickname = request instanceof fi.retki.scenes.wire.Request.Join join ? join.nickname()
        : ((fi.retki.scenes.wire.Request.JoinByPictures) request).nickname();
    return join(sessions, host, nickname, ref, link);
  }

  /** A pupil joining with a code the caller has already matched to {@code host}. */
  static Conversation join(LiveSessions sessions, SessionHost host, String nickname, String ref, Link link) {
    Conversation conversation = new Conversation(host, link);
    String pupilId = sessions.newPupilId();
    String token = sessions.newToken();
    host.submit(new Actor.Pupil(pupilId), new Command.Join(pupilId, nickname, TokenHash.of(token)),
        decision -> conversation.admitted(pupilId, token, ref, decision));
    return conversation;
  }

  /** A pupil coming back with their resume token (as they sent it). */
  static Conversation rejoin(SessionHost host, String token, String ref, Link link) {
    Conversation conversation = new Conversation(host, link);
    host.submit(new Actor.Pupil("?"), new Command.Rejoin(TokenHash.of(token)), decision -> {
      String pupilId = decision.accepted() && !decision.events().isEmpty()
          ? ((Event.PupilRejoined) decision.events().get(0)).pupilId() : null;
      conversation.admitted(pupilId, token, ref, decision);
    });
    return conversation;
  }

  /** A signed-in teacher ({@code teacherId}, null if not signed in) watching the session. */
  static Conversation watch(SessionHost host, String teacherId, String ref, Link link) {
    Conversation conversation = new Conversation(host, link);
    if (teacherId == null) {
      link.fail(ref, "not-signed-in", "sign in to the teacher console first");
      link.refused();
    } else if (!teacherId.equals(host.state().teacherId())) {
      link.fail(ref, "not-your-session", "this session belongs to another teacher");
      link.refused();
    } else {
      Member teacher = Member.teacher(link, teacherId);
      conversation.member = teacher;
      link.admitted(conversation);
      host.attach(teacher, null, ref);
    }
    return conversation;
  }

  /** Runs on the session's context once a join or rejoin is decided. */
  private void admitted(String pupilId, String token, String ref, Decision decision) {
    if (!decision.accepted()) {
      link.fail(ref, decision.rejection().code(), decision.rejection().message());
      link.refused();
      return;
    }
    Member joining = Member.pupil(link);
    joining.becomes(pupilId);
    member = joining;
    link.admitted(this);
    host.attach(joining, token, ref);
  }

  /** A command from the connection; acknowledged (if it has a ref) after its events are sent. */
  void act(String ref, Command command) {
    Member self = member;
    if (self == null) {
      link.fail(ref, "not-joined", "join a session first: send join, rejoin or watch");
      return;
    }
    Actor actor = self.isTeacher() ? new Actor.Teacher(host.state().teacherId()) : new Actor.Pupil(self.pupilId());
    host.submit(actor, command, decision -> {
      if (!decision.accepted()) {
        link.fail(ref, decision.rejection().code(), decision.rejection().message());
      } else if (ref != null) {
        self.send(WireCodec.encodeReply(new Reply.Ack(ref)));
      }
    });
  }

  /** The connection closed. */
  void gone() {
    Member self = member;
    if (self != null) {
      host.detach(self);
    }
  }
}
