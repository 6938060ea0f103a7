package fi.retki.server.config;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What the server runs with.
 *
 * @param port the TCP port; 0 picks a free one
 * @param bind the address to listen on
 * @param dataDir where the content store and the database live
 * @param cacheBytes the most bytes the asset cache holds
 * @param zeroCopyAbove blobs larger than this are sent from the file, not through the cache
 * @param tlsKey PEM private key, or {@code null} for plain HTTP
 * @param tlsCert PEM certificate chain, or {@code null} for plain HTTP
 * @param limits what one client, connection or session may have, and how long things are kept
 * @param database the embedded database or a database server
 * @param cluster whether this server is a node of a cluster
 * @param proxyProtocol every connection starts with a PROXY protocol header (v1 or v2) from the load
 *     balancer in front, which tells the client's address; connections without one are refused
 */
public record ServerConfig(
    int port, String bind, Path dataDir, long cacheBytes, long zeroCopyAbove, Path tlsKey, Path tlsCert,
    Limits limits, DatabaseConfig database, ClusterConfig cluster, boolean proxyProtocol) {
  public ServerConfig {
    Objects.requireNonNull(bind, "bind");
    Objects.requireNonNull(dataDir, "dataDir");
    Objects.requireNonNull(limits, "limits");
    Objects.requireNonNull(database, "database");
    Objects.requireNonNull(cluster, "cluster");
    if ((tlsKey == null) != (tlsCert == null)) {
      throw new IllegalArgumentException("TLS needs both a key and a certificate");
    }
    if (cluster.enabled() && database.embedded()) {
      throw new IllegalArgumentException("a clustered node needs a shared database (databaseUrl)");
    }
  }

  /** A server reached directly, without a load balancer's PROXY header. */
  public ServerConfig(int port, String bind, Path dataDir, long cacheBytes, long zeroCopyAbove, Path tlsKey, Path tlsCert,
      Limits limits, DatabaseConfig database, ClusterConfig cluster) {
    this(port, bind, dataDir, cacheBytes, zeroCopyAbove, tlsKey, tlsCert, limits, database, cluster, false);
  }

  /** A single server on the embedded database. */
  public ServerConfig(int port, String bind, Path dataDir, long cacheBytes, long zeroCopyAbove, Path tlsKey, Path tlsCert,
      Limits limits) {
    this(port, bind, dataDir, cacheBytes, zeroCopyAbove, tlsKey, tlsCert, limits, DatabaseConfig.EMBEDDED,
        ClusterConfig.OFF);
  }

  /** A configuration with the default limits. */
  public ServerConfig(int port, String bind, Path dataDir, long cacheBytes, long zeroCopyAbove, Path tlsKey, Path tlsCert) {
    this(port, bind, dataDir, cacheBytes, zeroCopyAbove, tlsKey, tlsCert, Limits.DEFAULTS);
  }

  /** The same configuration with other limits. */
  public ServerConfig withLimits(Limits limits) {
    return new ServerConfig(port, bind, dataDir, cacheBytes, zeroCopyAbove, tlsKey, tlsCert, limits, database, cluster,
        proxyProtocol);
  }

  /** The same configuration on another database. */
  public ServerConfig withDatabase(DatabaseConfig database) {
    return new ServerConfig(port, bind, dataDir, cacheBytes, zeroCopyAbove, tlsKey, tlsCert, limits, database, cluster,
        proxyProtocol);
  }

  /** The same configuration as a node of a cluster (or not). */
  public ServerConfig withCluster(ClusterConfig cluster) {
    return new ServerConfig(port, bind, dataDir, cacheBytes, zeroCopyAbove, tlsKey, tlsCert, limits, database, cluster,
        proxyProtocol);
  }

  /** The same configuration behind a load balancer that sends the PROXY protocol (or not). */
  public ServerConfig withProxyProtocol(boolean proxyProtocol) {
    return new ServerConfig(port, bind, dataDir, cacheBytes, zeroCopyAbove, tlsKey, tlsCert, limits, database, cluster,
        proxyProtocol);
  }

  /** True if the server speaks HTTPS. */
  public boolean tls() {
    return tlsKey != null;
  }
}
