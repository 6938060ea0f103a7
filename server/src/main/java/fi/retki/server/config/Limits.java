package fi.retki.server.config;

import java.time.Duration;
import java.util.Objects;

/**
 * What the server allows any one client, connection or session, and how long it keeps things.
 * The defaults fit a city's 9:00: 1,200 pupils with seven connections each.
 *
 * @param maxConnections the most TCP connections the server holds at once; more are closed on arrival
 * @param idleTimeout a connection with no bytes either way for this long is closed
 * @param headerTimeout a request's headers must have arrived within this time of its first byte
 * @param requestTimeout a request's body must have arrived within this time of its headers
 * @param maxPupils the most pupils in one class session
 * @param retentionDays ended sessions and their saved work are deleted this many days after they ended
 * @param sessionIdleLimit an open session with no event for this long ends by itself
 * @param metricsToken the bearer token {@code /metrics} asks for; {@code null} turns {@code /metrics} off
 */
public record Limits(int maxConnections, Duration idleTimeout, Duration headerTimeout, Duration requestTimeout,
    int maxPupils, int retentionDays, Duration sessionIdleLimit, String metricsToken) {
  /** The defaults, as documented in the README. */
  public static final Limits DEFAULTS = new Limits(10_000, Duration.ofSeconds(60), Duration.ofSeconds(10),
      Duration.ofSeconds(60), 60, 365, Duration.ofHours(24), null);

  public Limits {
    Objects.requireNonNull(idleTimeout, "idleTimeout");
    Objects.requireNonNull(headerTimeout, "headerTimeout");
    Objects.requireNonNull(requestTimeout, "requestTimeout");
    Objects.requireNonNull(sessionIdleLimit, "sessionIdleLimit");
    if (maxConnections < 1) {
      throw new IllegalArgumentException("maxConnections must be at least 1, not " + maxConnections);
    }
    if (maxPupils < 1) {
      throw new IllegalArgumentException("maxPupils must be at least 1, not " + maxPupils);
    }
    if (retentionDays < 1) {
      throw new IllegalArgumentException("retentionDays must be at least 1, not " + retentionDays);
    }
  }

  public Limits withMaxConnections(int n) {
    return new Limits(n, idleTimeout, headerTimeout, requestTimeout, maxPupils, retentionDays, sessionIdleLimit, metricsToken);
  }

  public Limits withTimeouts(Duration idle, Duration header, Duration request) {
    return new Limits(maxConnections, idle, header, request, maxPupils, retentionDays, sessionIdleLimit, metricsToken);
  }

  public Limits withMaxPupils(int n) {
    return new Limits(maxConnections, idleTimeout, headerTimeout, requestTimeout, n, retentionDays, sessionIdleLimit, metricsToken);
  }

  public Limits withRetention(int days, Duration sessionIdle) {
    return new Limits(maxConnections, idleTimeout, headerTimeout, requestTimeout, maxPupils, days, sessionIdle, metricsToken);
  }

  public Limits withMetricsToken(String token) {
    return new Limits(maxConnections, idleTimeout, headerTimeout, requestTimeout, maxPupils, retentionDays, sessionIdleLimit, token);
  }
}
