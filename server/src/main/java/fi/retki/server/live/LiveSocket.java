package fi.retki.server.live;

import fi.retki.scenes.live.Actor;
import fi.retki.scenes.live.Command;
import fi.retki.scenes.live.Decision;
import fi.retki.scenes.live.Event;
import fi.retki.scenes.wire.Inbound;
import fi.retki.scenes.wire.Reply;
import fi.retki.scenes.wire.Request;
import fi.retki.scenes.wire.WireCodec;
import fi.retki.scenes.wire.WireException;
import io.netty.handler.codec.http.websocketx.CorruptedWebSocketFrameException;
import fi.retki.server.store.TokenHash;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.core.http.WebSocketFrame;
import java.util.function.Function;

/**
 * One {@code /live} connection. Until it says who it is (join, join-pictures, rejoin or watch) it belongs to no
 * session; afterwards its commands go to its session's host, which answers on the host's context.
 *
 * <p>Every frame the client sends, of any kind, comes through {@link #frame} and its {@link
 * FrameGuard} first; this class puts fragmented messages together itself, counting their bytes,
 * so nothing reaches the server unseen or unbounded. A bad message gets an error frame and the
 * connection lives on; a connection that earns too many errors, floods, or sends a message over
 * {@link Live#MAX_MESSAGE_BYTES} is closed with a status and a reason. Everything it is sent goes
 * through its {@link Outbox}, bounded whether or not the client reads.
 */
final class LiveSocket {
  static final long PING_MILLIS = 15_000;
  static final long SILENT_MILLIS = 45_000;

  private final ServerWebSocket socket;
  private final Outbox outbox;
  private final LiveSessions sessions;
  private final Function<ServerWebSocket, Future<String>> teacherOf;
  private final FrameGuard guard = FrameGuard.forLive(System.nanoTime());
  private final Vertx vertx;
  private final Fragments fragments = new Fragments(Live.MAX_MESSAGE_BYTES);
  private volatile SessionHost host;
  private volatile Member member;
  private volatile boolean identifying;
  private long lastHeard = System.nanoTime();
  private long pinger;

  private LiveSocket(Vertx vertx, ServerWebSocket socket, LiveSessions sessions,
      Function<ServerWebSocket, Future<String>> teacherOf) {
    this.vertx = vertx;
    this.socket = socket;
    this.outbox = new Outbox(socket, vertx.getOrCreateContext(), Outbox.MAX_BEHIND);
    this.sessions = sessions;
    this.teacherOf = teacherOf;
  }

  /**
   * Serves a WebSocket on the current event loop. {@code teacherOf} gives the signed-in teacher's
   * id for the connection's cookie (null when there is none, or the origin is foreign);
   * {@code onClose} runs when the connection has closed.
   */
  static void serve(Vertx vertx, ServerWebSocket socket, LiveSessions sessions,
      Function<ServerWebSocket, Future<String>> teacherOf, Runnable onClose) {
    LiveSocket live = new LiveSocket(vertx, socket, sessions, teacherOf);
    socket.frameHandler(live::frame);
    socket.closeHandler(v -> {
      live.closed();
      onClose.run();
    });
    socket.exceptionHandler(live::broken);
    live.pinger = vertx.setPeriodic(PING_MILLIS, t -> live.ping());
  }

  /** Every frame the client sends: pings and pongs too (Vert.x has already answered a ping). */
  private void frame(WebSocketFrame frame) {
    if (outbox.closing()) {
      return;
    }
    lastHeard = System.nanoTime();
    FrameGuard.Verdict verdict = guard.frame(lastHeard, frame.binaryData().length());
    if (verdict == FrameGuard.Verdict.CLOSE) {
      outbox.cutOff((short) 1008, "flooding: more than 50 messages a second");
      return;
    }
    if (verdict == FrameGuard.Verdict.SLOW_DOWN) {
      outbox.send(WireCodec.encodeReply(new Reply.Failure(null, "slow-down",
          "too many messages: at most 50 a second; some were dropped")));
    }
    if (frame.isText() || frame.isBinary() || frame.isContinuation()) {
      fragment(frame, verdict == FrameGuard.Verdict.ALLOW);
    }
  }

  /**
   * A data frame: the whole of a message, or a part. A message with any part dropped by the guard
   * is dropped whole; one that grows over the limit closes the connection (1009).
   */
  private void fragment(WebSocketFrame frame, boolean allowed) {
    switch (fragments.add(frame, allowed)) {
      case TEXT -> text(fragments.text());
      case BINARY -> fail(null, "malformed", "frames are JSON text, not binary");
      case TOO_LARGE -> {
        fail(null, "too-large", "a message may be at most " + Live.MAX_MESSAGE_BYTES / 1024 + " KiB; this one was longer");
        outbox.cutOff((short) 1009, "message too big: at most " + Live.MAX_MESSAGE_BYTES / 1024 + " KiB");
      }
      default -> { }
    }
  }

  /**
   * A frame Netty could not read (reserved bits without an extension, a frame over the limit,
   * bad UTF-8): say why in a close frame before Vert.x drops the connection.
   */
  private void broken(Throwable failure) {
    if (failure instanceof CorruptedWebSocketFrameException corrupt) {
      outbox.unreadable((short) corrupt.closeStatus().code(), corrupt.getMessage());
    }
  }

  private void text(String frame) {
    Inbound inbound;
    try {
      inbound = WireCodec.decodeRequest(frame);
    } catch (WireException e) {
      fail(e.ref(), e.code(), e.getMessage());
      return;
    }
    Request request = inbound.request();
    if (request instanceof Request.Act act) {
      act(inbound.ref(), act.command());
    } else if (host != null || identifying) {
      fail(inbound.ref(), "already-identified", "this connection already belongs to a session; open a new one");
    } else if (request instanceof Request.Join join) {
      join(inbound.ref(), () -> sessions.byCode(join.code()), join.nickname(),
          "there is no open class with the code \"" + join.code() + "\"; check the code on the board");
    } else if (request instanceof Request.JoinByPictures join) {
      join(inbound.ref(), () -> sessions.byPictures(join.pictures()), join.nickname(),
          "there is no open class with the pictures " + String.join(", ", join.pictures())
              + "; check the pictures on the board, in order");
    } else if (request instanceof Request.Rejoin rejoin) {
      rejoin(inbound.ref(), rejoin);
    } else {
      watch(inbound.ref(), (Request.Watch) request);
    }
  }

  /** A join by letter code or picture code: the same guard counts the wrong ones of both. */
  private void join(String ref, java.util.function.Supplier<SessionHost> lookup, String nickname, String unknown) {
    JoinGuard.Attempt<SessionHost> attempt = sessions.joins().attempt(socket.remoteAddress().hostAddress(), System.nanoTime(),
        lookup);
    if (attempt instanceof JoinGuard.Wait<SessionHost> wait) {
      fail(ref, "too-many-tries", "too many wrong codes were typed on this network just now; wait "
          + (wait.seconds() == 1 ? "a second" : wait.seconds() + " seconds") + " and try again");
      return;
    }
    if (!(attempt instanceof JoinGuard.Found<SessionHost> found)) {
      fail(ref, "unknown-code", unknown);
      return;
    }
    SessionHost session = found.value();
    String pupilId = sessions.newPupilId();
    String token = sessions.newToken();
    Member joining = Member.pupil(outbox);
    identifying = true;
    session.submit(new Actor.Pupil(pupilId), new Command.Join(pupilId, nickname, TokenHash.of(token)),
        decision -> admitted(session, joining, pupilId, token, ref, decision));
  }

  private void rejoin(String ref, Request.Rejoin rejoin) {
    SessionHost session = sessions.byToken(rejoin.token());
    if (session == null) {
      fail(ref, "unknown-resume-token", "this device's place in the class is gone; join again with the code");
      return;
    }
    Member joining = Member.pupil(outbox);
    identifying = true;
    session.submit(new Actor.Pupil("?"), new Command.Rejoin(TokenHash.of(rejoin.token())), decision -> {
      String pupilId = decision.accepted() && !decision.events().isEmpty()
          ? ((Event.PupilRejoined) decision.events().get(0)).pupilId() : null;
      admitted(session, joining, pupilId, rejoin.token(), ref, decision);
    });
  }

  /** Runs on the session's context once a join or rejoin is decided. */
  private void admitted(SessionHost session, Member joining, String pupilId, String token, String ref, Decision decision) {
    if (!decision.accepted()) {
      identifying = false;
      fail(ref, decision.rejection().code(), decision.rejection().message());
      return;
    }
    joining.becomes(pupilId);
    member = joining;
    host = session;
    identifying = false;
    session.attach(joining, token, ref);
  }

  private void watch(String ref, Request.Watch watch) {
    identifying = true;
    teacherOf.apply(socket).onComplete(found -> {
      String teacherId = found.succeeded() ? found.result() : null;
      SessionHost session = sessions.byId(watch.session());
      if (teacherId == null) {
        identifying = false;
        fail(ref, "not-signed-in", "sign in to the teacher console first");
      } else if (session == null) {
        identifying = false;
        fail(ref, "unknown-session", "there is no open session \"" + watch.session() + "\"; it may have ended");
      } else if (!teacherId.equals(session.state().teacherId())) {
        identifying = false;
        fail(ref, "not-your-session", "this session belongs to another teacher");
      } else {
        Member teacher = Member.teacher(outbox, teacherId);
        member = teacher;
        host = session;
        identifying = false;
        session.attach(teacher, null, ref);
      }
    });
  }

  private void act(String ref, Command command) {
    SessionHost session = host;
    Member self = member;
    if (session == null || self == null) {
      fail(ref, "not-joined", "join a session first: send join, rejoin or watch");
      return;
    }
    Actor actor = self.isTeacher() ? new Actor.Teacher(session.state().teacherId()) : new Actor.Pupil(self.pupilId());
    session.submit(actor, command, decision -> {
      if (!decision.accepted()) {
        fail(ref, decision.rejection().code(), decision.rejection().message());
      } else if (ref != null) {
        self.send(WireCodec.encodeReply(new Reply.Ack(ref)));
      }
    });
  }

  /** An error reply, unless the connection has earned too many: then it is closed (1008). */
  private void fail(String ref, String code, String message) {
    if (guard.error(System.nanoTime())) {
      outbox.send(WireCodec.encodeReply(new Reply.Failure(ref, code, message)));
    } else {
      outbox.cutOff((short) 1008, "too many bad messages: at most " + FrameGuard.ERROR_BURST + " errors, then one a second");
    }
  }


  private void ping() {
    if ((System.nanoTime() - lastHeard) / 1_000_000 > SILENT_MILLIS) {
      outbox.cutOff((short) 1001, "no answer to pings");
    } else if (!socket.isClosed() && !outbox.closing()) {
      socket.writePing(Buffer.buffer("retki"));
    }
  }

  private void closed() {
    vertx.cancelTimer(pinger);
    SessionHost session = host;
    Member self = member;
    if (session != null && self != null) {
      session.detach(self);
    }
  }
}
