package fi.retki.server.live;

import fi.retki.assets.store.ContentStore;
import fi.retki.server.catalogue.Catalogue;
import fi.retki.server.config.Limits;
import fi.retki.server.store.Database;
import fi.retki.server.store.Logins;
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
import java.util.function.Supplier;

/**
 * Everything live sessions need, put together: the database under the data directory, the
 * sessions restored from it, teachers' sign-in, and the routes. Database work runs on its own
 * small worker pool so it never queues behind asset reads.
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
  private final LiveSessions sessions;
  private final TeacherAuth auth;
  private final SessionRoutes routes;
  private final Vertx vertx;
  private final String firstPassword;
  private final java.util.concurrent.atomic.AtomicInteger connections = new java.util.concurrent.atomic.AtomicInteger();

  private Live(Vertx vertx, Database database, WorkerExecutor db, LiveSessions sessions, TeacherAuth auth,
      SessionRoutes routes, String firstPassword) {
    this.vertx = vertx;
    this.database = database;
    this.db = db;
    this.sessions = sessions;
    this.auth = auth;
    this.routes = routes;
    this.firstPassword = firstPassword;
  }

  /**
   * Opens (and migrates) the database in {@code dataDir}, creates the first teacher if there is
   * none, and restores the open sessions, which keep to {@code limits}. Blocking: call it on a
   * worker thread.
   */
  public static Live open(Vertx vertx, Path dataDir, ContentStore blobs, Supplier<Catalogue> catalogue, boolean tls,
      Limits limits) {
    Clock clock = Clock.systemUTC();
    Database database = Database.open(dataDir);
    try {
      WorkerExecutor db = vertx.createSharedWorkerExecutor("retki-db", 4);
      Teachers teachers = new Teachers(database);
      String firstPassword = teachers.addFirst();
      SessionStore store = new SessionStore(database);
      Snapshots snapshots = new Snapshots(database);
      LiveSessions sessions = LiveSessions.restore(vertx, db, store, clock, limits.maxPupils());
      TeacherAuth auth = new TeacherAuth(db, teachers, new Logins(database), clock, tls);
      SessionRoutes routes = new SessionRoutes(sessions, db, store, snapshots, blobs, catalogue, clock);
      return new Live(vertx, database, db, sessions, auth, routes, firstPassword);
    } catch (RuntimeException e) {
      database.close();
      throw e;
    }
  }

  /** The password of the teacher made on the first start, to print once; null on later starts. */
  public String firstTeacherPassword() {
    return firstPassword;
  }

  /** The number of open sessions. */
  public int openSessions() {
    return sessions.size();
  }

  /** The number of open {@code /live} connections. */
  public int connections() {
    return connections.get();
  }

  /** Adds sign-in and session routes. */
  public void mount(Router router) {
    auth.mount(router);
    routes.mount(router, auth);
  }

  /** Serves a {@code /live} WebSocket on the current event loop. */
  public void serve(ServerWebSocket socket) {
    connections.incrementAndGet();
    LiveSocket.serve(vertx, socket, sessions, auth::teacherOf, connections::decrementAndGet);
  }

  /**
   * Lets every session write what it has decided (the disconnections of the sockets just closed,
   * at most {@code graceMillis}), then closes the database.
   */
  public Future<Void> stop(long graceMillis) {
    io.vertx.core.Promise<Void> stopped = io.vertx.core.Promise.promise();
    long timer = vertx.setTimer(graceMillis, t -> stopped.tryComplete());
    sessions.idle().onComplete(done -> {
      vertx.cancelTimer(timer);
      stopped.tryComplete();
    });
    return stopped.future().compose(v -> vertx.executeBlocking(() -> {
      close();
      return null;
    }, false));
  }

  @Override
  public void close() {
    db.close();
    database.close();
  }
}
