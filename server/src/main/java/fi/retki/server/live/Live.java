package fi.retki.server.live;

import fi.retki.assets.store.ContentStore;
import fi.retki.server.catalogue.Catalogue;
import fi.retki.server.config.DatabaseConfig;
import fi.retki.server.config.Limits;
import fi.retki.server.store.Database;
import fi.retki.server.store.Logins;
import fi.retki.server.store.OwnerOnly;
import fi.retki.server.store.SessionStore;
import fi.retki.server.store.Snapshots;
import fi.retki.server.store.Teachers;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.WorkerExecutor;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.ext.web.Router;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;

/**
 * Everything live sessions need, put together: the database under the data directory, the
 * sessions restored from it, teachers' sign-in, and the routes. Database work runs on its own
 * small worker pool so it never queues behind asset reads, and sign-ins' password checks on
 * theirs ({@code retki-auth}) so they never queue in front of the database's work.
 */
public final class Live implements AutoCloseable {
  /**
   * The longest WebSocket message (and frame) a client may send, in bytes: room for the live
   * protocol's largest frame ({@code WireCodec.MAX_FRAME} characters), which answers anything
   * longer with an error frame; over this the connection closes (1009).
   */
  public static final int MAX_MESSAGE_BYTES = 128 * 1024;

  private final Database database;
  private final WorkerExecutor db;
  private final List<WorkerExecutor> checkPools;
  private final PasswordChecks checks;
  private final LiveSessions sessions;
  private final TeacherAuth auth;
  private final SessionRoutes routes;
  private final Vertx vertx;
  private final String firstPassword;
  private final Retention retention;
  private final RetentionRoutes retentionRoutes;
  private final java.util.concurrent.atomic.AtomicInteger connections = new java.util.concurrent.atomic.AtomicInteger();
  private final java.util.Set<ServerWebSocket> sockets = java.util.concurrent.ConcurrentHashMap.newKeySet();

  private final NodeBus bus;
  private final Adoption adoption;
  private final Future<Void> listening;

  /** Completes once this node listens on the clustered event bus (at once for a single server). */
  public Future<Void> ready() {
    return listening;
  }

  private Live(Vertx vertx, Database database, WorkerExecutor db, List<WorkerExecutor> checkPools,
      PasswordChecks checks, LiveSessions sessions, TeacherAuth auth, SessionRoutes routes, String firstPassword,
      Retention retention, NodeBus bus, Adoption adoption, Future<Void> listening) {
    this.vertx = vertx;
    this.listening = listening;
    this.bus = bus;
    this.adoption = adoption;
    this.database = database;
    this.db = db;
    this.checkPools = checkPools;
    this.checks = checks;
    this.sessions = sessions;
    this.auth = auth;
    this.routes = routes;
    this.firstPassword = firstPassword;
    this.retention = retention;
    this.retentionRoutes = new RetentionRoutes(retention, db);
  }

  /**
   * Opens (and migrates) the configured database (embedded in {@code dataDir}, or PostgreSQL), creates the first teacher if there is
   * none, restores the open sessions (which keep to {@code limits}) and starts the retention's
   * purge and idle sweep. Blocking: call it on a worker thread.
   */
  public static Live open(Vertx vertx, Path dataDir, DatabaseConfig databaseConfig, ContentStore blobs,
      Supplier<Catalogue> catalogue, boolean tls, Limits limits) {
    Clock clock = Clock.systemUTC();
    try {
      OwnerOnly.folder(blobs.root());
    } catch (java.io.IOException e) {
      throw new IllegalStateException("cannot make " + blobs.root() + " readable only by this user", e);
    }
    Database database = Database.open(databaseConfig, dataDir);
    try {
      WorkerExecutor db = vertx.createSharedWorkerExecutor("retki-db", 4);
      // bcrypt takes a core for a quarter of a second: at most half the cores (one or two), so
      // that a burst of sign-ins leaves the event loops and the database a core of their own.
      int checkThreads = Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors() / 2));
      WorkerExecutor knownChecks = vertx.createSharedWorkerExecutor("retki-auth-known", 1);
      WorkerExecutor otherChecks = vertx.createSharedWorkerExecutor("retki-auth", checkThreads);
      PasswordChecks checks = new PasswordChecks(knownChecks, otherChecks, 32);
      Teachers teachers = new Teachers(database);
      String firstPassword = teachers.addFirst();
      SessionStore store = new SessionStore(database);
      Snapshots snapshots = new Snapshots(database, blobs, !databaseConfig.embedded());
      Logins logins = new Logins(database);
      String clusterNode = fi.retki.server.cluster.Clustering.nodeIdOf(vertx);
      boolean clustered = clusterNode != null;
      String node = clustered ? clusterNode : java.util.UUID.randomUUID().toString();
      LiveSessions sessions = LiveSessions.restore(vertx, db, store, new fi.retki.server.store.SessionOwners(database),
          node, clustered, clock, limits.maxPupils());
      NodeBus bus = new NodeBus(vertx, sessions);
      Future<Void> listening = bus.start();
      Adoption adoption = null;
      if (clustered) {
        com.hazelcast.core.HazelcastInstance hazelcast = fi.retki.server.cluster.Clustering.hazelcastOf(vertx);
        adoption = new Adoption(vertx, sessions, db, () -> fi.retki.server.cluster.Clustering.membersOf(vertx));
        Adoption adopting = adoption;
        hazelcast.getCluster().addMembershipListener(new com.hazelcast.cluster.MembershipListener() {
          @Override
          public void memberAdded(com.hazelcast.cluster.MembershipEvent event) {
          }

          @Override
          public void memberRemoved(com.hazelcast.cluster.MembershipEvent event) {
            String gone = fi.retki.server.cluster.Clustering.nodeIdOf(event.getMember());
            vertx.runOnContext(v -> bus.nodeLeft(gone));
            adopting.left(gone);
          }
        });
        adoption.start();
      }
      TeacherAuth auth = new TeacherAuth(db, checks, teachers, logins, databaseConfig.embedded() ? KnownDevices.inDataDir(dataDir)
          : KnownDevices.shared(new fi.retki.server.store.ServerSecrets(database)), clock, tls,
          SignInLimits.forVertx(vertx));
      SessionRoutes routes = new SessionRoutes(sessions, bus, db, store, snapshots, blobs, catalogue, clock);
      Retention retention = new Retention(sessions, store, snapshots, logins, clock, limits);
      retention.start(vertx, db);
      return new Live(vertx, database, db, List.of(knownChecks, otherChecks), checks, sessions, auth, routes,
          firstPassword, retention, bus, adoption, listening);
    } catch (RuntimeException e) {
      database.close();
      throw e;
    }
  }

  /** The password of the teacher made on the first start, to print once; null on later starts. */
  public String firstTeacherPassword() {
    return firstPassword;
  }

  /** The number of open sessions (on a node of a cluster: those this node runs). */
  public int openSessions() {
    return sessions.size();
  }

  /** This server's node id (the cluster's, or this run's for a single server). */
  public String node() {
    return sessions.node();
  }

  /** Messages this node has sent to other nodes over the clustered event bus since the start. */
  public long busHopsOut() {
    return bus.hopsOut();
  }

  /** Messages this node has received from other nodes over the clustered event bus since the start. */
  public long busHopsIn() {
    return bus.hopsIn();
  }

  /** This node's WebSockets whose session another node runs. */
  public int remoteMembers() {
    return bus.remoteMembers();
  }

  /** The number of teachers' password checks (bcrypt) run since the start. */
  public long passwordChecks() {
    return checks.ran();
  }

  /** The number of open {@code /live} connections. */
  public int connections() {
    return connections.get();
  }

  /** Adds sign-in and session routes. */
  public void mount(Router router) {
    auth.mount(router);
    routes.mount(router, auth);
    retentionRoutes.mount(router, auth);
  }

  /** Serves a {@code /live} WebSocket on the current event loop. */
  public void serve(ServerWebSocket socket) {
    connections.incrementAndGet();
    sockets.add(socket);
    LiveSocket.serve(vertx, socket, sessions, bus, auth::teacherOf, () -> {
      sockets.remove(socket);
      connections.decrementAndGet();
    });
  }

  /**
   * Closes every {@code /live} connection with 1001 "the server is restarting": a stopping server
   * tells its clients at once (they reconnect by themselves) instead of letting the HTTP
   * shutdown wait its whole grace time for sockets that never end on their own.
   */
  public void closeSockets() {
    for (ServerWebSocket socket : sockets) {
      socket.close((short) 1001, "the server is restarting");
    }
  }

  /**
   * Lets every session write what it has decided (the disconnections of the sockets just closed,
   * at most {@code graceMillis}), then closes the database.
   */
  public Future<Void> stop(long graceMillis) {
    retention.stop(vertx);
    if (adoption != null) {
      adoption.stop();
    }
    io.vertx.core.Promise<Void> stopped = io.vertx.core.Promise.promise();
    long timer = vertx.setTimer(graceMillis, t -> stopped.tryComplete());
    // A closing socket hands its pupil's disconnection to the session's context from its close
    // handler; only once every handler has run is "idle" sure to come after those hand-overs
    // (a context runs its tasks in order), so wait for the connections to be gone first.
    long[] poll = new long[1];
    poll[0] = vertx.setPeriodic(1, 20, t -> {
      if (stopped.future().isComplete()) {
        vertx.cancelTimer(poll[0]);
      } else if (connections.get() == 0) {
        vertx.cancelTimer(poll[0]);
        sessions.idle().onComplete(done -> {
          vertx.cancelTimer(timer);
          stopped.tryComplete();
        });
      }
    });
    return stopped.future().compose(v -> vertx.executeBlocking(() -> {
      close();
      return null;
    }, false));
  }

  @Override
  public void close() {
    retention.stop(vertx);
    checkPools.forEach(WorkerExecutor::close);
    db.close();
    database.close();
  }
}
