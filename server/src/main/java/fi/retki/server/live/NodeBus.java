package fi.retki.server.live;

import fi.retki.scenes.live.Command;
import fi.retki.scenes.wire.Inbound;
import fi.retki.scenes.wire.Request;
import fi.retki.scenes.wire.WireCodec;
import fi.retki.scenes.wire.WireException;
import fi.retki.server.EventLog;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.eventbus.EventBus;
import io.vertx.core.eventbus.Message;
import io.vertx.core.json.JsonObject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How a connection on one node reaches a session run by another: over the clustered event bus,
 * at one address per node, {@code retki.node.<id>} (three registrations for three nodes, not one
 * per session or per pupil).
 *
 * <p>The node holding the socket (the edge) keeps what protects the server: the frame guard, the
 * bounded assembly, decoding, sign-in and the join guard. It sends the session's node the
 * request it has checked ({@code enter}, then {@code act} for each command, {@code gone} when the
 * socket closes); the session's node runs the same {@link Conversation} as for a socket of its
 * own, and its {@link Link} sends back {@code frame}, {@code fail}, {@code close}, {@code
 * admitted}, {@code refused}. Vert.x delivers the messages from one sender to one address in the
 * order they were sent, and a session sends a member's frames from its one context, so a member
 * hears events and acks in the session's order, each once.
 *
 * <p>When a node leaves the cluster (it died: {@code kill -9}), each edge closes the sockets
 * whose session it ran with 1012, and the clients reconnect (through the load balancer) with their
 * resume tokens to the node that takes the session over; each session's node forgets the members
 * whose socket was on the dead node (they show as disconnected). While a session is between
 * nodes, an edge tries again each second for {@link #ENTER_MILLIS}.
 */
final class NodeBus {
  static final long ENTER_MILLIS = 20_000;
  private static final long RETRY_MILLIS = 500;
  private static final DeliveryOptions ASK = new DeliveryOptions().setSendTimeout(3_000);

  private final Vertx vertx;
  private final LiveSessions sessions;
  private final String self;
  private final boolean clustered;
  private final AtomicLong ids = new AtomicLong();
  private final AtomicLong hopsOut = new AtomicLong();
  private final AtomicLong hopsIn = new AtomicLong();
  /** Edge: this node's sockets whose session runs (or is sought) elsewhere, by connection id. */
  private final Map<String, LiveSocket> sockets = new ConcurrentHashMap<>();
  private final Map<LiveSocket, String> connOf = new ConcurrentHashMap<>();
  /** Edge: the node each connection id's session runs on. */
  private final Map<String, String> nodeOf = new ConcurrentHashMap<>();
  /** Session side: conversations of sockets on other nodes, by "edge/conn". */
  private final Map<String, Conversation> conversations = new ConcurrentHashMap<>();

  NodeBus(Vertx vertx, LiveSessions sessions) {
    this.vertx = vertx;
    this.sessions = sessions;
    this.self = sessions.node();
    this.clustered = sessions.clustered();
  }

  static String address(String node) {
    return "retki.node." + node;
  }

  /** Starts listening at this node's address; a single server has nothing to listen for. */
  io.vertx.core.Future<Void> start() {
    if (!clustered) {
      return io.vertx.core.Future.succeededFuture();
    }
    Context context = ((io.vertx.core.internal.VertxInternal) vertx).createEventLoopContext();
    io.vertx.core.Promise<Void> started = io.vertx.core.Promise.promise();
    context.runOnContext(v -> vertx.eventBus().<JsonObject>consumer(address(self), this::handle).completion()
        .onComplete(started));
    return started.future();
  }

  /** Messages sent to and received from other nodes since the start. */
  long hopsOut() {
    return hopsOut.get();
  }

  long hopsIn() {
    return hopsIn.get();
  }

  /** Sockets on this node whose session another node runs. */
  int remoteMembers() {
    return nodeOf.size();
  }

  // --- the edge: a socket here, its session elsewhere

  /** Asks the node that runs {@code place}'s session to take the socket's request. */
  void enter(LiveSocket socket, LiveSessions.Place place, String ref, String frame, String teacherId, Request request) {
    enter(socket, place, ref, frame, teacherId, request, System.nanoTime() + ENTER_MILLIS * 1_000_000);
  }

  private void enter(LiveSocket socket, LiveSessions.Place place, String ref, String frame, String teacherId,
      Request request, long deadline) {
    if (place.host() != null) {
      socket.enter(place, ref, frame, teacherId, request); // it came here (adopted) meanwhile
      return;
    }
    if (place.node() == null || !fi.retki.server.cluster.Clustering.membersOf(vertx).contains(place.node())) {
      // between nodes: its node has died and another is taking it over
      retry(socket, place.sessionId(), ref, frame, teacherId, request, deadline);
      return;
    }
    String conn = connOf.computeIfAbsent(socket, s -> self + "-" + ids.incrementAndGet());
    sockets.put(conn, socket);
    nodeOf.put(conn, place.node());
    JsonObject message = new JsonObject().put("op", "enter").put("edge", self).put("conn", conn)
        .put("session", place.sessionId()).put("frame", frame).put("teacher", teacherId);
    hopsOut.incrementAndGet();
    vertx.eventBus().<String>request(address(place.node()), message, ASK).onComplete(answer -> {
      if (answer.succeeded() && "ok".equals(answer.result().body())) {
        return; // admitted or refused comes as its own message
      }
      nodeOf.remove(conn);
      retry(socket, place.sessionId(), ref, frame, teacherId, request, deadline);
    });
  }

  private void retry(LiveSocket socket, String sessionId, String ref, String frame, String teacherId, Request request,
      long deadline) {
    if (System.nanoTime() > deadline) {
      socket.refused();
      socket.fail(ref, "unavailable", "the server running this class is not answering; try again in a minute");
      return;
    }
    vertx.setTimer(RETRY_MILLIS, t -> sessions.findById(sessionId).onComplete(found -> {
      LiveSessions.Place place = found.succeeded() ? found.result() : null;
      if (place == null) {
        socket.refused();
        socket.fail(ref, "unknown-session", "this class has ended");
      } else {
        enter(socket, place, ref, frame, teacherId, request, deadline);
      }
    }));
  }

  /** The socket closed: its session's node forgets it. */
  void closed(LiveSocket socket) {
    String conn = connOf.remove(socket);
    if (conn != null) {
      sockets.remove(conn);
      nodeOf.remove(conn);
    }
  }

  private void send(String node, JsonObject message) {
    hopsOut.incrementAndGet();
    vertx.eventBus().send(address(node), message);
  }

  /** Where an admitted socket's commands go: the node that runs its session. */
  private LiveSocket.Route remote(String node, String conn) {
    return new LiveSocket.Route() {
      @Override
      public void act(String ref, Command command, String frame) {
        send(node, new JsonObject().put("op", "act").put("edge", self).put("conn", conn).put("frame", frame));
      }

      @Override
      public void gone() {
        send(node, new JsonObject().put("op", "gone").put("edge", self).put("conn", conn));
      }

      @Override
      public String node() {
        return node;
      }
    };
  }

  // --- both sides: one handler for this node's address

  private void handle(Message<JsonObject> message) {
    hopsIn.incrementAndGet();
    JsonObject body = message.body();
    String op = body.getString("op", "");
    switch (op) {
      case "enter" -> enterHere(message, body);
      case "pupil-of" -> pupilOfHere(message, body);
      case "attach-snapshot" -> attachHere(message, body);
      case "act" -> actHere(body);
      case "gone" -> {
        Conversation conversation = conversations.remove(body.getString("edge") + "/" + body.getString("conn"));
        if (conversation != null) {
          conversation.gone();
        }
      }
      default -> toSocket(op, body);
    }
  }

  /** A frame, error, close or admission for a socket of this node, from the node running its session. */
  private void toSocket(String op, JsonObject body) {
    String conn = body.getString("conn");
    LiveSocket socket = sockets.get(conn);
    if (socket == null) {
      if (op.equals("admitted")) {
        // the socket closed before it was let in: the session must forget it
        send(body.getString("node"), new JsonObject().put("op", "gone").put("edge", self).put("conn", conn));
      }
      return;
    }
    switch (op) {
      case "frame" -> socket.outbox().send(body.getString("frame"));
      case "fail" -> socket.fail(body.getString("ref"), body.getString("code"), body.getString("message"));
      case "close" -> socket.outbox().close(body.getInteger("status").shortValue(), body.getString("reason"));
      case "admitted" -> socket.admitted(remote(body.getString("node"), conn));
      case "refused" -> {
        nodeOf.remove(conn);
        socket.refused();
      }
      default -> EventLog.info("event=bus-unknown op=" + op);
    }
  }

  // --- snapshots uploaded to one node for a session another runs

  /** The id of the pupil whose resume token this is, asked of the node that runs their session; null if none. */
  io.vertx.core.Future<String> pupilOf(LiveSessions.Place place, String token) {
    if (place.node() == null) {
      return io.vertx.core.Future.failedFuture(new IllegalStateException("the class is moving to another server"));
    }
    hopsOut.incrementAndGet();
    return vertx.eventBus().<String>request(address(place.node()), new JsonObject().put("op", "pupil-of")
        .put("session", place.sessionId()).put("token", token), ASK).map(reply -> {
          String pupil = reply.body();
          return pupil == null || pupil.isEmpty() ? null : pupil;
        });
  }

  /**
   * Records a stored snapshot in a session another node runs: completes with null once it is
   * committed there, or with the session's reason for refusing it.
   */
  io.vertx.core.Future<String> attachSnapshot(LiveSessions.Place place, String pupilId, String snapshotId, int bytes) {
    if (place.node() == null) {
      return io.vertx.core.Future.failedFuture(new IllegalStateException("the class is moving to another server"));
    }
    hopsOut.incrementAndGet();
    return vertx.eventBus().<String>request(address(place.node()), new JsonObject().put("op", "attach-snapshot")
        .put("session", place.sessionId()).put("pupil", pupilId).put("snapshot", snapshotId).put("bytes", bytes), ASK)
        .map(reply -> reply.body() == null || reply.body().isEmpty() ? null : reply.body());
  }

  private void pupilOfHere(Message<JsonObject> message, JsonObject body) {
    SessionHost host = sessions.byId(body.getString("session"));
    String hash = fi.retki.server.store.TokenHash.of(body.getString("token", ""));
    String pupil = host == null ? "" : host.state().pupils().values().stream()
        .filter(p -> p.resumeToken().equals(hash)).map(fi.retki.scenes.live.SessionState.Pupil::id).findFirst().orElse("");
    message.reply(pupil);
  }

  private void attachHere(Message<JsonObject> message, JsonObject body) {
    SessionHost host = sessions.byId(body.getString("session"));
    if (host == null) {
      message.fail(404, "this server does not run the session");
      return;
    }
    host.submit(new fi.retki.scenes.live.Actor.Pupil(body.getString("pupil")),
        new Command.AttachSnapshot(body.getString("snapshot"), body.getInteger("bytes")),
        decision -> message.reply(decision.accepted() ? "" : decision.rejection().message()));
  }

  /** A socket on another node asks to enter a session this node runs. */
  private void enterHere(Message<JsonObject> message, JsonObject body) {
    SessionHost host = sessions.byId(body.getString("session"));
    if (host == null) {
      message.reply("not-here");
      return;
    }
    Inbound inbound;
    try {
      inbound = WireCodec.decodeRequest(body.getString("frame"));
    } catch (WireException e) {
      message.reply("malformed");
      return;
    }
    message.reply("ok");
    String edge = body.getString("edge");
    String conn = body.getString("conn");
    BusLink link = new BusLink(edge, conn);
    Request request = inbound.request();
    String ref = inbound.ref();
    String key = edge + "/" + conn;
    conversations.put(key, Conversation.open(sessions, host, request, body.getString("teacher"), ref, link));
    if (link.refused) {
      conversations.remove(key); // refused before it was put (on the session's context, or at once)
    }
  }

  private void actHere(JsonObject body) {
    String edge = body.getString("edge");
    String conn = body.getString("conn");
    Conversation conversation = conversations.get(edge + "/" + conn);
    Inbound inbound;
    try {
      inbound = WireCodec.decodeRequest(body.getString("frame"));
    } catch (WireException e) {
      return; // the edge checked it; nothing else sends here
    }
    if (conversation == null || !(inbound.request() instanceof Request.Act act)) {
      new BusLink(edge, conn).fail(inbound.ref(), "moved", "this class has moved to another server; reconnect to go on");
      return;
    }
    conversation.act(inbound.ref(), act.command());
  }

  /** A socket on another node, as the session here sees it. */
  private final class BusLink implements Link {
    private final String edge;
    private final String conn;
    private volatile boolean refused;

    BusLink(String edge, String conn) {
      this.edge = edge;
      this.conn = conn;
    }

    @Override
    public void send(String frame) {
      NodeBus.this.send(edge, new JsonObject().put("op", "frame").put("conn", conn).put("frame", frame));
    }

    @Override
    public void close(short status, String reason) {
      NodeBus.this.send(edge, new JsonObject().put("op", "close").put("conn", conn).put("status", (int) status)
          .put("reason", reason));
    }

    @Override
    public void fail(String ref, String code, String message) {
      NodeBus.this.send(edge, new JsonObject().put("op", "fail").put("conn", conn).put("ref", ref).put("code", code)
          .put("message", message));
    }

    @Override
    public void admitted(Conversation conversation) {
      NodeBus.this.send(edge, new JsonObject().put("op", "admitted").put("conn", conn).put("node", self));
    }

    @Override
    public void refused() {
      refused = true;
      conversations.remove(edge + "/" + conn);
      NodeBus.this.send(edge, new JsonObject().put("op", "refused").put("conn", conn));
    }
  }

  // --- a node has left the cluster

  /**
   * Node {@code node} has left (died, or was cut off): this node's sockets whose session it ran
   * are closed with 1012 so that their clients reconnect to the session's new node, and the
   * members whose sockets were on it are let go from the sessions here.
   */
  void nodeLeft(String node) {
    int closed = 0;
    for (Map.Entry<String, String> entry : Map.copyOf(nodeOf).entrySet()) {
      if (entry.getValue().equals(node)) {
        LiveSocket socket = sockets.get(entry.getKey());
        if (socket != null) {
          socket.outbox().close((short) 1012, "the server running this class stopped; reconnecting");
          closed++;
        }
      }
    }
    int forgotten = 0;
    String prefix = node + "/";
    for (String key : java.util.List.copyOf(conversations.keySet())) {
      if (key.startsWith(prefix)) {
        Conversation conversation = conversations.remove(key);
        if (conversation != null) {
          conversation.gone();
          forgotten++;
        }
      }
    }
    EventLog.info("event=node-left node=" + node + " socketsClosed=" + closed + " membersLetGo=" + forgotten);
  }
}
