package fi.retki.server;

import fi.retki.server.config.ServerConfig;
import io.vertx.core.Future;
import io.vertx.core.Vertx;

/** Bakes the built-in scene packs into the server's store if they are not there yet. */
final class BuiltInScenes {
  private BuiltInScenes() {}

  static Future<Void> prepare(Vertx vertx, ServerConfig config) {
    // Filled in when the bake lands: extract the packs from the jar, bake them (idempotent) on a worker.
    return Future.succeededFuture();
  }
}
