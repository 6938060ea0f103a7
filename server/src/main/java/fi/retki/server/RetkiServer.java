package fi.retki.server;

import fi.retki.server.live.Live;
import java.util.concurrent.atomic.AtomicReference;
import fi.retki.assets.store.ContentStore;
import fi.retki.server.catalogue.Catalogue;
import fi.retki.server.config.ServerConfig;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.ThreadingModel;
import io.vertx.core.Vertx;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A running Retki server: the catalogue loaded from the store, and one HTTP verticle per event
 * loop sharing the port.
 */
public final class RetkiServer {
  private final Vertx vertx;
  private final ServerState state;
  private final List<HttpVerticle> verticles;

  private RetkiServer(Vertx vertx, ServerState state, List<HttpVerticle> verticles) {
    this.vertx = vertx;
    this.state = state;
    this.verticles = verticles;
  }

  /** The store inside a data directory. */
  public static Path storeOf(ServerConfig config) {
    return config.dataDir().resolve("store");
  }

  /**
   * Loads the catalogue (on a worker thread) and starts serving it on {@code instances} event
   * loops.
   */
  public static Future<RetkiServer> start(Vertx vertx, ServerConfig config, int instances) {
    AtomicReference<Catalogue> catalogue = new AtomicReference<>();
    return vertx.executeBlocking(() -> {
      ContentStore store = ContentStore.open(storeOf(config));
      catalogue.set(Catalogue.load(store));
      return Live.open(vertx, config.dataDir(), config.database(), store, catalogue::get, config.tls(), config.limits());
    }, false).compose(live -> {
      ServerState state = new ServerState(vertx, config, catalogue, live);
      List<HttpVerticle> verticles = new java.util.concurrent.CopyOnWriteArrayList<>();
      // Port 0 means any free port; Vert.x shares one random port between servers that ask
      // for the same negative port.
      int port = config.port() == 0 ? -1 : config.port();
      return vertx.deployVerticle(() -> {
            HttpVerticle verticle = new HttpVerticle(state, port);
            verticles.add(verticle);
            return verticle;
          }, new DeploymentOptions().setThreadingModel(ThreadingModel.EVENT_LOOP).setInstances(instances))
          .map(x -> new RetkiServer(vertx, state, List.copyOf(verticles)))
          .onFailure(e -> live.close());
    });
  }

  /** The port the server listens on. */
  public int port() {
    return state.port();
  }

  /** The first teacher's password when this start created the account, else null. */
  public String firstTeacherPassword() {
    return state.live().firstTeacherPassword();
  }

  /** The number of live sessions brought back or opened. */
  public int openSessions() {
    return state.live().openSessions();
  }

  /** The number of scenes served. */
  public int scenes() {
    return state.catalogue().size();
  }

  /** Stops taking connections, lets answers in flight finish within the grace time, then stops. */
  public Future<Void> stop(long graceMillis) {
    state.live().closeSockets();
    List<Future<Void>> stopping = new ArrayList<>();
    for (HttpVerticle verticle : verticles) {
      stopping.add(verticle.shutdown(graceMillis));
    }
    return Future.join(stopping).transform(done -> {
      state.cache().clear();
      return state.live().stop(5_000);
    });
  }

  ServerState state() {
    return state;
  }
}
