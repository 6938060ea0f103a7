package fi.retki.server;

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
    return vertx.executeBlocking(() -> Catalogue.load(ContentStore.open(storeOf(config))), false)
        .compose(catalogue -> {
          ServerState state = new ServerState(vertx, config, catalogue);
          List<HttpVerticle> verticles = new java.util.concurrent.CopyOnWriteArrayList<>();
          // Port 0 means any free port; Vert.x shares one random port between servers that ask
          // for the same negative port.
          int port = config.port() == 0 ? -1 : config.port();
          return vertx.deployVerticle(() -> {
                HttpVerticle verticle = new HttpVerticle(state, port);
                verticles.add(verticle);
                return verticle;
              }, new DeploymentOptions().setThreadingModel(ThreadingModel.EVENT_LOOP).setInstances(instances))
              .map(x -> new RetkiServer(vertx, state, List.copyOf(verticles)));
        });
  }

  /** The port the server listens on. */
  public int port() {
    return state.port();
  }

  /** The number of scenes served. */
  public int scenes() {
    return state.catalogue().size();
  }

  /** Stops taking connections, lets answers in flight finish within the grace time, then stops. */
  public Future<Void> stop(long graceMillis) {
    List<Future<Void>> stopping = new ArrayList<>();
    for (HttpVerticle verticle : verticles) {
      stopping.add(verticle.shutdown(graceMillis));
    }
    return Future.join(stopping).transform(done -> {
      state.cache().clear();
      return Future.succeededFuture();
    });
  }

  ServerState state() {
    return state;
  }
}
