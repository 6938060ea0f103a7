package fi.retki.server;

import fi.retki.server.assets.AssetHandler;
import fi.retki.server.catalogue.CatalogueRoutes;
import fi.retki.server.console.ConsoleRoutes;
import fi.retki.server.config.Limits;
import fi.retki.server.http.FailureHandler;
import fi.retki.server.http.HttpProblem;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.net.PemKeyCertOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.concurrent.TimeUnit;

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
        .connectionHandler(state.connections()::accept)
        .requestHandler(request -> {
          if (request.path().startsWith("/assets/")) {
            assets.handle(request);
          } else if (request.path().equals("/live") && request.canUpgradeToWebSocket()) {
            request.toWebSocket().onSuccess(state.live()::serve);
          } else {
            router.handle(request);
          }
        });
    return server.listen(port, state.config().bind()).onSuccess(listening -> {
      if (!state.connections().watch(listening)) {
        EventLog.info("event=warning note=\"the listening channel was not found: maxConnections and the first request's"
            + " header timeout do not hold\"");
      }
      state.serving(listening);
    });
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
    router.get("/metrics").handler(ctx -> metrics(state, ctx));
    router.route().failureHandler(new FailureHandler());
    return router;
  }

  /**
   * The metrics, only for the bearer of the configured metrics token: they show how many classes
   * and pupils are online, which is nobody else's business. Without a token they are off.
   */
  private static void metrics(ServerState state, RoutingContext ctx) {
    String token = state.config().limits().metricsToken();
    if (token == null) {
      ctx.fail(HttpProblem.notFound("metrics are off; set metricsToken (RETKI_METRICS_TOKEN) to turn them on"));
      return;
    }
    String authorization = ctx.request().getHeader(HttpHeaders.AUTHORIZATION);
    String given = authorization != null && authorization.startsWith("Bearer ") ? authorization.substring(7).strip() : "";
    if (!sameSecret(token, given)) {
      ctx.response().putHeader("WWW-Authenticate", "Bearer");
      ctx.fail(HttpProblem.unauthorized("send the metrics token as \"Authorization: Bearer ...\""));
      return;
    }
    ctx.response().putHeader("Content-Type", "text/plain; version=0.0.4; charset=utf-8").putHeader("Cache-Control", "no-store")
        .end(state.metrics().scrape());
  }

  /** Compares in time that depends on neither the secret nor its length (both are hashed first). */
  private static boolean sameSecret(String expected, String given) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      byte[] a = sha.digest(expected.getBytes(StandardCharsets.UTF_8));
      byte[] b = sha.digest(given.getBytes(StandardCharsets.UTF_8));
      return MessageDigest.isEqual(a, b);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
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
    Limits limits = state.config().limits();
    HttpServerOptions options = new HttpServerOptions()
        // A connection with no byte either way for this long is closed; live sockets are pinged
        // every 15 s, so only dead or idle ones reach it. Header and body timeouts and the
        // connection cap are the ConnectionGuard's.
        .setIdleTimeout((int) limits.idleTimeout().toMillis()).setIdleTimeoutUnit(TimeUnit.MILLISECONDS)
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
    if (state.config().proxyProtocol()) {
      // Behind HAProxy (send-proxy-v2): each connection opens with a PROXY header naming the
      // client, so remoteAddress() is the pupil's, which JoinGuard and the sign-in limiter count
      // by. Netty's decoder comes before HTTP: a connection without a header is closed unanswered.
      // The ConnectionGuard's clock for a new socket runs from accept to the first request's
      // headers, so it times the PROXY header too, within the header timeout.
      options.setUseProxyProtocol(true)
          .setProxyProtocolTimeout(limits.headerTimeout().toMillis()).setProxyProtocolTimeoutUnit(TimeUnit.MILLISECONDS);
    }
    if (state.config().tls()) {
      options.setSsl(true).setUseAlpn(true).setKeyCertOptions(new PemKeyCertOptions()
          .setKeyPath(state.config().tlsKey().toString())
          .setCertPath(state.config().tlsCert().toString()));
    }
    return options;
  }

  /** Stops taking connections and lets the answers in flight finish, up to the grace time. */
  Future<Void> shutdown(long graceMillis) {
    return server == null ? Future.succeededFuture() : server.shutdown(graceMillis, TimeUnit.MILLISECONDS);
  }
}
