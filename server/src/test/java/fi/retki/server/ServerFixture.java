package fi.retki.server;

import fi.retki.server.config.Limits;
import fi.retki.server.config.ServerConfig;
import io.vertx.core.Vertx;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A real server on a free port, over a data directory holding the baked built-in scenes. Public
 * for the integration tests of other packages (the console's browser test).
 */
public final class ServerFixture implements AutoCloseable {
  final Vertx vertx = Vertx.vertx();
  final Path dataDir;
  public final RetkiServer server;

  /** The metrics token of fixtures made with the default limits. */
  public static final String METRICS_TOKEN = "test-metrics-token-0123456789";

  public ServerFixture(Path dataDir, long cacheBytes, long zeroCopyAbove) throws Exception {
    this(dataDir, cacheBytes, zeroCopyAbove, Limits.DEFAULTS.withMetricsToken(METRICS_TOKEN));
  }

  /** A server with these limits (retention, idle sessions, caps, the metrics token). */
  public ServerFixture(Path dataDir, long cacheBytes, long zeroCopyAbove, Limits limits) throws Exception {
    this.dataDir = dataDir;
    BuiltInScenes.prepare(dataDir);
    ServerConfig config = new ServerConfig(0, "127.0.0.1", dataDir, cacheBytes, zeroCopyAbove, null, null, limits);
    server = RetkiServer.start(vertx, config, 2).await(30, TimeUnit.SECONDS);
  }

  /** The header pair that lets a request see {@code /metrics}. */
  public static String[] metricsAuthorization() {
    return new String[] {"Authorization", "Bearer " + METRICS_TOKEN};
  }

  public URI uri(String path) {
    return URI.create("http://127.0.0.1:" + server.port() + path);
  }

  HttpResponse<byte[]> get(HttpClient client, String path, String... headers) throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(path));
    if (headers.length > 0) {
      request.headers(headers);
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  @Override
  public void close() throws Exception {
    server.stop(1000).await(10, TimeUnit.SECONDS);
    vertx.close().await(10, TimeUnit.SECONDS);
  }
}
