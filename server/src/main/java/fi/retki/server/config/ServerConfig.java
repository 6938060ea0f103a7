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
 */
public record ServerConfig(
    int port, String bind, Path dataDir, long cacheBytes, long zeroCopyAbove, Path tlsKey, Path tlsCert) {
  public ServerConfig {
    Objects.requireNonNull(bind, "bind");
    Objects.requireNonNull(dataDir, "dataDir");
    if ((tlsKey == null) != (tlsCert == null)) {
      throw new IllegalArgumentException("TLS needs both a key and a certificate");
    }
  }

  /** True if the server speaks HTTPS. */
  public boolean tls() {
    return tlsKey != null;
  }
}
