package fi.retki.server.live;

import fi.retki.scenes.live.Command;
import fi.retki.scenes.wire.Inbound;
import fi.retki.scenes.wire.Reply;
import fi.retki.scenes.wire.Request;
import fi.retki.scenes.wire.WireCodec;
import fi.retki.scenes.wire.WireException;
import io.netty.handler.codec.http.websocketx.CorruptedWebSocketFrameException;
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
  private final NodeBus bus;
  private final Function<ServerWebSocket, Future<String>> teacherOf;
  private final FrameGuard guard = FrameGuard.forLive(System.nanoTime());
  private final Vertx vertx;
  private final Fragments fragments = new Fragments(Live.MAX_MESSAGE_BYTES);
  /** Where the connection's commands go once a session has let it in; null before. */
  private volatile Route route;
  private volatile boolean identifying;
  private long lastHeard = System.nanoTime();
  private long pinger;

  /** Where an admitted connection's commands go: its conversation here, or the node that runs its session. */
  interface Route {
    void act(String ref, Command command, String frame);

    void gone();

    /** The node that runs the session, or null for this one. */
    String node();
  }

  private LiveSocket(Vertx vertx, ServerWebSocket socket, LiveSessions sessions, NodeBus bus,
      Function<ServerWebSocket, Future<String>> teacherOf) {
    this.vertx = vertx;
    this.socket = socket;
    this.outbox = new Outbox(socket, vertx.getOrCreateContext(), Outbox.MAX_BEHIND);
    this.sessions = sessions;
    this.bus = bus;
    this.teacherOf = teacherOf;
  }

  /**
   * Serves a WebSocket on the current event loop. {@code teacherOf} gives the signed-in teacher's
   * id for the connection's cookie (null when there is none, or the origin is foreign);
   * {@code onClose} runs when the connection has closed.
   */
  static void serve(Vertx vertx, ServerWebSocket socket, LiveSessions sessions, NodeBus bus,
      Function<ServerWebSocket, Future<String>> teacherOf, Runnable onClose) {
    LiveSocket live = new LiveSocket(vertx, socket, sessions, bus, teacherOf);
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
    String ref = inbound.ref();
    if (request instanceof Request.Act act) {
      Route to = route;
      if (to == null) {
        fail(ref, "not-joined", "join a session first: send join, rejoin or watch");
      } else {
        to.act(ref, act.command(), frame);
      }
    } else if (route != null || identifying) {
      fail(ref, "already-identified", "this connection already belongs to a session; open a new one");
    } else if (request instanceof Request.Join join) {
      identifying = true;
      join(ref, frame, request, () -> sessions.findByCode(join.code()),
          "there is no open class with the code \"" + join.code() + "\"; check the code on the board");
    } else if (request instanceof Request.JoinByPictures join) {
      identifying = true;
      join(ref, frame, request, () -> sessions.findByPictures(join.pictures()),
          "there is no open class with the pictures " + String.join(", ", join.pictures())
              + "; check the pictures on the board, in order");
    } else if (request instanceof Request.Rejoin rejoin) {
      identifying = true;
      sessions.findByToken(rejoin.token()).onComplete(found -> {
        LiveSessions.Place place = found.succeeded() ? found.result() : null;
        if (place == null) {
          refused();
          fail(ref, "unknown-resume-token", "this device's place in the class is gone; join again with the code");
        } else {
          enter(place, ref, frame, null, request);
        }
      });
    } else {
      identifying = true;
      Request.Watch watch = (Request.Watch) request;
      teacherOf.apply(socket).onComplete(teacher -> {
        String teacherId = teacher.succeeded() ? teacher.result() : null;
        if (teacherId == null) {
          refused();
          fail(ref, "not-signed-in", "sign in to the teacher console first");
          return;
        }
        sessions.findById(watch.session()).onComplete(found -> {
          LiveSessions.Place place = found.succeeded() ? found.result() : null;
          if (place == null) {
            refused();
            fail(ref, "unknown-session", "there is no open session \"" + watch.session() + "\"; it may have ended");
          } else {
            enter(place, ref, frame, teacherId, request);
          }
        });
      });
    }
  }

  /** A join by letter code or picture code: the same guard counts the wrong ones of both. */
  private void join(String ref, String frame, Request request,
      java.util.function.Supplier<Future<LiveSessions.Place>> lookup, String unknown) {
    sessions.joins().attempt(socket.remoteAddress().hostAddress(), System.currentTimeMillis(), lookup)
        .onComplete(tried -> {
          if (tried.failed()) {
            refused();
            fail(ref, "unavailable", "the server cannot check codes just now; try again in a moment");
            return;
          }
          JoinGuard.Attempt<LiveSessions.Place> attempt = tried.result();
          if (attempt instanceof JoinGuard.Wait<LiveSessions.Place> wait) {
            refused();
            fail(ref, "too-many-tries", "too many wrong codes were typed on this network just now; wait "
                + (wait.seconds() == 1 ? "a second" : wait.seconds() + " seconds") + " and try again");
          } else if (!(attempt instanceof JoinGuard.Found<LiveSessions.Place> hit)) {
            refused();
            fail(ref, "unknown-code", unknown);
          } else {
            enter(hit.value(), ref, frame, null, request);
          }
        });
  }

  /**
   * Hands a join, rejoin or watch to the session it names: here, to its conversation; on another
   * node, over the event bus (retried while the session is between nodes).
   */
  void enter(LiveSessions.Place place, String ref, String frame, String teacherId, Request request) {
    if (outbox.closing() || socket.isClosed()) {
      return;
    }
    if (place.host() != null) {
      Conversation.open(sessions, place.host(), request, teacherId, ref, new SocketLink());
    } else {
      bus.enter(this, place, ref, frame, teacherId, request);
    }
  }

  /** The connection as a session sees it when both are on this server. */
  private final class SocketLink implements Link {
    @Override
    public void send(String frame) {
      outbox.send(frame);
    }

    @Override
    public void close(short status, String reason) {
      outbox.close(status, reason);
    }

    @Override
    public void fail(String ref, String code, String message) {
      LiveSocket.this.fail(ref, code, message);
    }

    @Override
    public void admitted(Conversation conversation) {
      LiveSocket.this.admitted(new Route() {
        @Override
        public void act(String ref, Command command, String frame) {
          conversation.act(ref, command);
        }

        @Override
        public void gone() {
          conversation.gone();
        }

        @Override
        public String node() {
          return null;
        }
      });
    }

    @Override
    public void refused() {
      LiveSocket.this.refused();
    }
  }

  /** A session let this connection in: its commands go to {@code to} from now on. */
  void admitted(Route to) {
    route = to;
    identifying = false;
    if (outbox.closing() || socket.isClosed()) {
      to.gone(); // closed while being let in: the session must not keep a member nobody reads
    }
  }

  /** The session refused this connection's join, rejoin or watch (or none was found): it may ask again. */
  void refused() {
    identifying = false;
  }

  Outbox outbox() {
    return outbox;
  }

  /** The node running this connection's session, or null if it runs here or there is none. */
  String routedTo() {
    Route to = route;
    return to == null ? null : to.node();
  }

  /** An error reply, unless the connection has earned too many: then it is closed (1008). */
  void fail(String ref, String code, String message) {
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
    Route to = route;
    if (to != null) {
      to.gone();
    }
    bus.closed(this);
  }
}
