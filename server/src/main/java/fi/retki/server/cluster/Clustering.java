package fi.retki.server.cluster;

import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.config.NetworkConfig;
import com.hazelcast.core.HazelcastInstance;
import fi.retki.server.config.ClusterConfig;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.eventbus.EventBusOptions;
import io.vertx.spi.cluster.hazelcast.ConfigUtil;
import io.vertx.spi.cluster.hazelcast.HazelcastClusterManager;

/**
 * Starts Vert.x as a node of a Retki cluster. Hazelcast's configuration starts from the one
 * vertx-hazelcast ships (it holds the maps the clustered event bus needs: {@code __vertx.subs},
 * {@code __vertx.haInfo}, {@code __vertx.nodeInfo}), and then: the cluster is named {@code retki};
 * members join by TCP-IP to the listed members only (the shipped file joins by multicast, which a
 * school network must never see); Hazelcast and the event bus bind to {@code clusterHost} only;
 * phone-home is off; a member that stops answering is given up after a few seconds, so that its
 * lessons move within the 15 seconds a class waits.
 */
public final class Clustering {
  /** Heartbeats each second; a member silent for this long is removed from the cluster. */
  static final int NO_HEARTBEAT_SECONDS = 5;

  /*
   * Hazelcast reports every connection attempt, partition migration and member list at INFO: a
   * hundred lines per start in a log that has one line per event. Its warnings still show.
   */
  private static final java.util.logging.Logger QUIETED = quiet();

  private Clustering() {}

  private static java.util.logging.Logger quiet() {
    java.util.logging.Logger logger = java.util.logging.Logger.getLogger("com.hazelcast");
    if (logger.getLevel() == null) {
      logger.setLevel(java.util.logging.Level.WARNING);
    }
    return logger;
  }

  /** A Vert.x node of the cluster {@code config} describes. */
  public static Future<Vertx> start(VertxOptions options, ClusterConfig config) {
    // Hazelcast reads this before it reads its configuration, in a static initializer.
    System.setProperty("hazelcast.phone.home.enabled", "false");
    HazelcastClusterManager manager = new HazelcastClusterManager(hazelcast(config));
    EventBusOptions bus = new EventBusOptions(options.getEventBusOptions())
        .setHost(config.host()).setPort(0).setClusterPublicHost(config.host());
    return Vertx.builder().with(new VertxOptions(options).setEventBusOptions(bus)).withClusterManager(manager)
        .buildClustered();
  }

  /** Hazelcast's configuration for a node. */
  static Config hazelcast(ClusterConfig config) {
    Config hazelcast = ConfigUtil.loadConfig();
    hazelcast.setClusterName("retki");
    hazelcast.setProperty("hazelcast.phone.home.enabled", "false");
    hazelcast.setProperty("hazelcast.logging.type", "jdk");
    // Vert.x leaves the cluster in its own close; Hazelcast's hook would leave it earlier, while
    // the server is still finishing what it owns.
    hazelcast.setProperty("hazelcast.shutdownhook.enabled", "false");
    hazelcast.setProperty("hazelcast.socket.bind.any", "false");
    hazelcast.setProperty("hazelcast.heartbeat.interval.seconds", "1");
    hazelcast.setProperty("hazelcast.max.no.heartbeat.seconds", Integer.toString(NO_HEARTBEAT_SECONDS));
    NetworkConfig network = hazelcast.getNetworkConfig();
    network.setPort(config.port()).setPortAutoIncrement(false);
    network.getInterfaces().setEnabled(true).clear().addInterface(config.host());
    network.setPublicAddress(config.host() + ":" + config.port());
    JoinConfig join = network.getJoin();
    join.getMulticastConfig().setEnabled(false);
    join.getAutoDetectionConfig().setEnabled(false);
    join.getTcpIpConfig().setEnabled(true).setMembers(config.members());
    return hazelcast;
  }

  /** The Hazelcast member under a clustered Vert.x, or null if {@code vertx} is not clustered. */
  public static HazelcastInstance hazelcastOf(Vertx vertx) {
    if (vertx instanceof io.vertx.core.internal.VertxInternal internal
        && internal.clusterManager() instanceof HazelcastClusterManager manager) {
      return manager.getHazelcastInstance();
    }
    return null;
  }

  /**
   * A member's Vert.x node id. Vert.x 5 does not use Hazelcast's member UUID as its node id: it
   * draws its own and publishes it as the member attribute {@code __vertx.nodeId}.
   */
  public static String nodeIdOf(com.hazelcast.cluster.Member member) {
    String id = member.getAttribute("__vertx.nodeId");
    return id != null ? id : member.getUuid().toString();
  }

  /** The Vert.x node ids of the cluster's members as this node sees them now, itself included. */
  public static java.util.Set<String> membersOf(Vertx vertx) {
    java.util.Set<String> members = new java.util.HashSet<>();
    HazelcastInstance hazelcast = hazelcastOf(vertx);
    if (hazelcast != null && hazelcast.getLifecycleService().isRunning()) {
      for (com.hazelcast.cluster.Member member : hazelcast.getCluster().getMembers()) {
        members.add(nodeIdOf(member));
      }
    }
    return members;
  }

  /** This node's Vert.x node id in the cluster, or null if not clustered. */
  public static String nodeIdOf(Vertx vertx) {
    if (vertx instanceof io.vertx.core.internal.VertxInternal internal && internal.clusterManager() != null) {
      return internal.clusterManager().getNodeId();
    }
    return null;
  }
}
