package fi.retki.server.config;

import java.util.List;
import java.util.Objects;

/**
 * Whether this server is a node of a cluster, and how it finds the others: Hazelcast's TCP-IP
 * join over a fixed member list (never multicast), bound to one host.
 *
 * @param enabled true for a clustered node; a clustered node needs a shared database
 * @param members the members to join, {@code host:port} each (this node may be among them)
 * @param host the address Hazelcast and the clustered event bus bind to and announce
 * @param port Hazelcast's port on {@code host}
 */
public record ClusterConfig(boolean enabled, List<String> members, String host, int port) {
  /** A single server, not clustered. */
  public static final ClusterConfig OFF = new ClusterConfig(false, List.of(), "127.0.0.1", 5701);

  public ClusterConfig {
    members = List.copyOf(members);
    Objects.requireNonNull(host, "host");
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("cluster port must be from 1 to 65535, not " + port);
    }
  }

  /** A clustered node on {@code host:port} joining {@code members}. */
  public static ClusterConfig of(List<String> members, String host, int port) {
    return new ClusterConfig(true, members, host, port);
  }
}
