package fi.retki.server;

import fi.retki.server.live.Live;
import fi.retki.server.assets.UnreadableBlobs;
import fi.retki.server.cache.BlobCache;
import fi.retki.server.catalogue.Catalogue;
import fi.retki.server.config.ServerConfig;
import fi.retki.server.http.HttpMetrics;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
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
    Gauge.builder("retki_live_sessions", live, Live::openSessions).description("open class sessions")
        .register(metrics.registry());
    Gauge.builder("retki_live_connections", live, Live::connections).description("open /live WebSockets")
        .register(metrics.registry());
    Gauge.builder("retki_cache_bytes_limit", config, ServerConfig::cacheBytes).baseUnit("bytes")
        .register(metrics.registry());
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
