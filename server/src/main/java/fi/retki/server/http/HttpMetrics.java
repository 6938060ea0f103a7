package fi.retki.server.http;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Request metrics in Prometheus format: requests and bytes by route and status, and a latency
 * histogram by route. Meters are looked up once per route and status and then reused, so a
 * request costs a map lookup and two atomic adds.
 */
public final class HttpMetrics {
  private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final ConcurrentHashMap<String, Meters> meters = new ConcurrentHashMap<>();

  private static final class Meters {
    final Counter requests;
    final Counter bytes;
    final Timer latency;

    Meters(PrometheusMeterRegistry registry, String route, int status) {
      String code = Integer.toString(status);
      requests = Counter.builder("retki_http_requests").description("HTTP requests answered")
          .tags("route", route, "status", code).register(registry);
      bytes = Counter.builder("retki_http_response_bytes").description("bytes of response bodies")
          .baseUnit("bytes").tags("route", route, "status", code).register(registry);
      latency = Timer.builder("retki_http_request_duration").description("time from request to response end")
          .tags("route", route)
          .serviceLevelObjectives(
              Duration.ofMillis(1), Duration.ofMillis(5), Duration.ofMillis(25), Duration.ofMillis(100),
              Duration.ofMillis(500), Duration.ofSeconds(2), Duration.ofSeconds(10))
          .register(registry);
    }
  }

  /** Records one answered request. */
  public void record(String route, int status, long bodyBytes, long nanos) {
    Meters m = route == ASSETS && status == 200 ? assetsOk : meters(route, status);
    m.requests.increment();
    m.bytes.increment(bodyBytes);
    m.latency.record(nanos, TimeUnit.NANOSECONDS);
  }

  /** The route name of asset requests; its 200s, by far the most frequent, skip the lookup. */
  public static final String ASSETS = "/assets";

  private final Meters assetsOk = new Meters(registry, ASSETS, 200);

  private Meters meters(String route, int status) {
    return meters.computeIfAbsent(route + ' ' + status, k -> new Meters(registry, route, status));
  }

  /** The registry, for gauges of other parts (the cache). */
  public PrometheusMeterRegistry registry() {
    return registry;
  }

  /** Everything in Prometheus text format. */
  public String scrape() {
    return registry.scrape();
  }
}
