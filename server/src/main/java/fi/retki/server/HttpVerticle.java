package fi.retki.server;

import fi.retki.server.assets.AssetHandler;
import fi.retki.server.catalogue.CatalogueRoutes;
import fi.retki.server.console.ConsoleRoutes;
import fi.retki.server.http.FailureHandler;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.net.PemKeyCertOptions;
import io.vertx.ext.web.Router;

/**
 * One event loop's HTTP server. Several instances share the port; all share the same {@link
 * ServerState}. Asset requests skip the router (they are most of the traffic); everything else
 * goes through it and its one failure handler.
 */
final class HttpVerticle extends VerticleBase {
  private final ServerState state;
  private final int port;
  private HttpServer server;

  HttpVerticle(ServerState state, int port) {
    this.state = state;
    this.port = port;
  }

  @Override
  public Future<?> start() {
    Router router = routes(state);
    AssetHandler assets = new AssetHandler(
        vertx, sha -> state.catalogue().blob(sha), state.cache(), state.config().zeroCopyAbove(), state.metrics(),
        state.unreadable());
    server = vertx.createHttpServer(options(state))
        .requestHandler(request -> {
          if (request.path().startsWith("/assets/")) {
            assets.handle(request);
          } else if (request.path().equals("/live") && request.canUpgradeToWebSocket()) {
            request.toWebSocket().onSuccess(state.live()::serve);
          } else {
            router.handle(request);
          }
        });
    return server.listen(port, state.config().bind()).onSuccess(state::serving);
  }

  /** Every route but the assets: the same function the tests mount. */
  static Router routes(ServerState state) {
    Router router = Router.router(state.vertx());
    router.route().handler(ctx -> {
      long started = System.nanoTime();
      ctx.addEndHandler(done -> state.metrics().record(routeOf(ctx.request().path()),
          ctx.response().getStatusCode(), ctx.response().bytesWritten(), System.nanoTime() - started));
      ctx.next();
    });
    CatalogueRoutes.mount(router, state::catalogue);
    ConsoleRoutes.mount(router);
    state.live().mount(router);
    router.get("/health").handler(ctx -> ctx.response()
        .putHeader("Content-Type", "application/json").putHeader("Cache-Control", "no-store")
        .end("{\"status\":\"up\",\"scenes\":" + state.catalogue().size() + "}"));
    router.get("/metrics").handler(ctx -> ctx.response()
        .putHeader("Content-Type", "text/plain; version=0.0.4; charset=utf-8")
        .end(state.metrics().scrape()));
    router.route().failureHandler(new FailureHandler());
    return router;
  }

  private static String routeOf(String path) {
    if (path.startsWith("/api/scenes")) {
      return path.endsWith("/manifest") ? "/api/scenes/{id}/manifest" : "/api/scenes";
    }
    if (path.equals("/health") || path.equals("/metrics")) {
      return path;
    }
    return "other";
  }

  private static HttpServerOptions options(ServerState state) {
    HttpServerOptions options = new HttpServerOptions()
        .setCompressionSupported(false)
        .setTcpNoDelay(true)
        // HTTP/2 with Vert.x's default settings: the server's own windows only limit what clients
        // send to it, and enlarging them made about one h2c upgrade in fifty hang (the JDK client
        // against Vert.x 5.0.10). The storm's client, which receives, does enlarge its windows.
        .setHttp2ClearTextEnabled(true)
        // Messages up to 128 KiB, whole or in fragments, reach the live protocol, which answers
        // anything over 64 KiB with an error frame; a longer one closes the connection (1009).
        // No compression: it would let a small frame inflate into a large one, and without a
        // negotiated extension a frame with reserved bits set is a protocol error (1002).
        .setMaxWebSocketFrameSize(fi.retki.server.live.Live.MAX_MESSAGE_BYTES)
        .setMaxWebSocketMessageSize(fi.retki.server.live.Live.MAX_MESSAGE_BYTES)
        .setPerMessageWebSocketCompressionSupported(false)
        .setPerFrameWebSocketCompressionSupported(false);
    if (state.config().tls()) {
      options.setSsl(true).setUseAlpn(true).setKeyCertOptions(new PemKeyCertOptions()
          .setKeyPath(state.config().tlsKey().toString())
          .setCertPath(state.config().tlsCert().toString()));
    }
    return options;
  }

  /** Stops taking connections and lets the answers in flight finish, up to the grace time. */
  Future<Void> shutdown(long graceMillis) {
    return server == null ? Future.succeededFuture() : server.shutdown(graceMillis, java.util.concurrent.TimeUnit.MILLISECONDS);
  }
}
