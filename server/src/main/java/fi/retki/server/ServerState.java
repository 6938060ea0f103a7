package fi.retki.server;

import com.sun.management.UnixOperatingSystemMXBean;
import fi.retki.server.live.Live;
import fi.retki.server.assets.UnreadableBlobs;
import fi.retki.server.cache.BlobCache;
import fi.retki.server.catalogue.Catalogue;
import fi.retki.server.config.ServerConfig;
import fi.retki.server.config.Limits;
import fi.retki.server.http.ConnectionGuard;
import fi.retki.server.http.HttpMetrics;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import java.lang.management.ManagementFactory;
import java.util.concurrent.atomic.AtomicReference;

/**
 * What every event loop's server shares: the configuration, the catalogue, the cache, the
 * metrics, and the live sessions.
 */
final class ServerState {
  private final Vertx vertx;
  private final ServerConfig config;
  private final BlobCache cache;
  private final HttpMetrics metrics = new HttpMetrics();
  private final AtomicReference<Catalogue> catalogue;
  private final UnreadableBlobs unreadable = new UnreadableBlobs();
  private final Live live;
  private final ConnectionGuard connections;
  private volatile int port;

  ServerState(Vertx vertx, ServerConfig config, AtomicReference<Catalogue> catalogue, Live live) {
    this.vertx = vertx;
    this.config = config;
    this.live = live;
    this.catalogue = catalogue;
    this.cache = new BlobCache(config.cacheBytes(), new BlobLoader(vertx, this::catalogue), Runnable::run);
    FunctionCounter.builder("retki_cache_hits", cache, BlobCache::hits).register(metrics.registry());
    FunctionCounter.builder("retki_cache_misses", cache, BlobCache::misses).register(metrics.registry());
    FunctionCounter.builder("retki_cache_evictions", cache, BlobCache::evictions).register(metrics.registry());
    Gauge.builder("retki_cache_bytes_held", cache, BlobCache::bytesHeld).baseUnit("bytes")
        .register(metrics.registry());
    FunctionCounter.builder("retki_assets_unreadable", unreadable, UnreadableBlobs::count)
        .description("blobs that could not be read or failed their hash check").register(metrics.registry());
    Gauge.builder("retki_live_sessions", live, Live::openSessions)
        .description("open class sessions this node runs (owns)").register(metrics.registry());
    FunctionCounter.builder("retki_cluster_bus_messages_sent", live, Live::busHopsOut)
        .description("messages sent to other nodes over the clustered event bus").register(metrics.registry());
    FunctionCounter.builder("retki_cluster_bus_messages_received", live, Live::busHopsIn)
        .description("messages received from other nodes over the clustered event bus").register(metrics.registry());
    Gauge.builder("retki_cluster_remote_members", live, Live::remoteMembers)
        .description("this node's /live WebSockets whose session another node runs").register(metrics.registry());
    Gauge.builder("retki_live_connections", live, Live::connections).description("open /live WebSockets")
        .register(metrics.registry());
    Gauge.builder("retki_cache_bytes_limit", config, ServerConfig::cacheBytes).baseUnit("bytes")
        .register(metrics.registry());
    Limits limits = config.limits();
    connections = new ConnectionGuard(limits.maxConnections(), limits.headerTimeout(), limits.requestTimeout());
    Gauge.builder("retki_http_connections", connections, ConnectionGuard::open).description("open TCP connections")
        .register(metrics.registry());
    FunctionCounter.builder("retki_http_connections_refused", connections, ConnectionGuard::refused)
        .description("connections closed on arrival: maxConnections were open").register(metrics.registry());
    FunctionCounter.builder("retki_http_connections_evicted", connections, ConnectionGuard::evicted)
        .description("sockets without a request closed to make room at maxConnections").register(metrics.registry());
    FunctionCounter.builder("retki_http_requests_timed_out", connections, ConnectionGuard::timedOut)
        .description("connections closed: request headers or body too slow").register(metrics.registry());
    warnIfFewFileDescriptors(limits.maxConnections());
  }

  /**
   * Every connection takes a file descriptor, and so do the database, the served files and the
   * jars; a process limit below the connection cap would refuse everyone once it is reached.
   */
  private static void warnIfFewFileDescriptors(int maxConnections) {
    if (ManagementFactory.getOperatingSystemMXBean() instanceof UnixOperatingSystemMXBean) {
      long limit = ((UnixOperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getMaxFileDescriptorCount();
      if (limit < maxConnections + FILES_BESIDES_CONNECTIONS) {
        EventLog.info("event=warning openFileLimit=" + limit + " maxConnections=" + maxConnections
            + " note=\"raise the open-file limit (ulimit -n, LimitNOFILE) to at least maxConnections + "
            + FILES_BESIDES_CONNECTIONS + ", or lower maxConnections\"");
      }
    }
  }

  /** File descriptors the server needs besides its connections: jars, database, served files, epoll. */
  static final int FILES_BESIDES_CONNECTIONS = 1024;

  ConnectionGuard connections() {
    return connections;
  }

  Vertx vertx() {
    return vertx;
  }

  ServerConfig config() {
    return config;
  }

  BlobCache cache() {
    return cache;
  }

  HttpMetrics metrics() {
    return metrics;
  }

  UnreadableBlobs unreadable() {
    return unreadable;
  }

  Live live() {
    return live;
  }

  Catalogue catalogue() {
    return catalogue.get();
  }

  void serving(HttpServer server) {
    port = server.actualPort();
  }

  int port() {
    return port;
  }
}
