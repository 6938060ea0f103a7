package fi.retki.server.config;

import java.util.Locale;

/** One server setting, with the names it has in each source. */
enum Setting {
  PORT("port", "8080", "the TCP port to listen on, 0 to 65535"),
  BIND("bind", "0.0.0.0", "the address to listen on"),
  DATA_DIR("dataDir", "data", "the folder for the content store and the database"),
  CACHE_BYTES("cacheBytes", "512MiB", "the asset cache size, e.g. 536870912, 512MiB or 2GiB"),
  ZERO_COPY_ABOVE("zeroCopyAbove", "8MiB", "blob size above which files are sent without the cache"),
  TLS_KEY("tlsKey", null, "a PEM private key file; HTTPS needs tlsCert too"),
  TLS_CERT("tlsCert", null, "a PEM certificate file; HTTPS needs tlsKey too"),
  MAX_CONNECTIONS("maxConnections", "10000", "the most connections held at once"),
  IDLE_TIMEOUT("idleTimeout", "60s", "a connection silent both ways this long is closed, e.g. 60s"),
  HEADER_TIMEOUT("headerTimeout", "10s", "a request's headers must arrive within this time, e.g. 10s"),
  REQUEST_TIMEOUT("requestTimeout", "60s", "a request's body must arrive within this time, e.g. 60s"),
  MAX_PUPILS("maxPupils", "60", "the most pupils in one class session"),
  RETENTION_DAYS("retentionDays", "365", "days after a session's end that it and its saved work are deleted"),
  SESSION_IDLE_LIMIT("sessionIdleLimit", "24h", "an open session with nothing happening this long ends, e.g. 24h"),
  // A secret: from the configuration file or the environment, never a flag (flags show in ps).
  METRICS_TOKEN("metricsToken", null, "the bearer token /metrics asks for; without it /metrics is off", true),
  DATABASE_URL("databaseUrl", null, "a PostgreSQL JDBC URL, e.g. jdbc:postgresql://127.0.0.1:5432/retki; "
      + "without it the embedded database in the data directory"),
  DATABASE_USER("databaseUser", "retki", "the PostgreSQL user"),
  // Secret: the environment (RETKI_DATABASE_PASSWORD) or the configuration file, never a flag.
  DATABASE_PASSWORD("databasePassword", null, "the PostgreSQL user's password", true),
  DATABASE_PASSWORD_FILE("databasePasswordFile", null, "a file holding the PostgreSQL user's password"),
  CLUSTER("cluster", "false", "true to run as a node of a cluster (needs databaseUrl)"),
  CLUSTER_MEMBERS("clusterMembers", null, "the cluster's members, host:port separated by commas, "
      + "e.g. 127.0.0.1:5701,127.0.0.1:5702"),
  CLUSTER_HOST("clusterHost", "127.0.0.1", "the address this node's cluster traffic binds to"),
  CLUSTER_PORT("clusterPort", "5701", "this node's cluster port"),
  PROXY_PROTOCOL("proxyProtocol", "false", "true behind a load balancer that sends the PROXY protocol "
      + "(HAProxy's send-proxy-v2): clients' addresses come from it, and a connection without it is refused");

  final String key;
  final String fallback;
  final String meaning;
  final boolean secret;

  Setting(String key, String fallback, String meaning) {
    this(key, fallback, meaning, false);
  }

  Setting(String key, String fallback, String meaning, boolean secret) {
    this.key = key;
    this.fallback = fallback;
    this.meaning = meaning;
    this.secret = secret;
  }

  /** The environment variable, e.g. {@code RETKI_DATA_DIR}. */
  String env() {
    return "RETKI_" + key.replaceAll("([A-Z])", "_$1").toUpperCase(Locale.ROOT);
  }

  /** The flag, e.g. {@code --data-dir}. */
  String flag() {
    return "--" + key.replaceAll("([A-Z])", "-$1").toLowerCase(Locale.ROOT);
  }

  static Setting ofKey(String key) {
    for (Setting setting : values()) {
      if (setting.key.equals(key)) {
        return setting;
      }
    }
    return null;
  }

  /** True for a switch: its flag alone (--cluster) means true. */
  boolean isSwitch() {
    return "false".equals(fallback);
  }

  static Setting ofFlag(String flag) {
    for (Setting setting : values()) {
      if (!setting.secret && setting.flag().equals(flag)) {
        return setting;
      }
    }
    return null;
  }
}
