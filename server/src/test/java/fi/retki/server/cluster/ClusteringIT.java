package fi.retki.server.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import fi.retki.server.config.ClusterConfig;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import java.net.ServerSocket;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ClusteringIT {
  @Test
  void twoNodesJoinOverTcpIpAndReachEachOtherOverTheEventBus() throws Exception {
    int a = freePort();
    int b = freePort();
    List<String> members = List.of("127.0.0.1:" + a, "127.0.0.1:" + b);
    Vertx one = Clustering.start(new VertxOptions(), ClusterConfig.of(members, "127.0.0.1", a)).await(60, TimeUnit.SECONDS);
    Vertx two = Clustering.start(new VertxOptions(), ClusterConfig.of(members, "127.0.0.1", b)).await(60, TimeUnit.SECONDS);
    try {
      assertThat(Clustering.hazelcastOf(one).getCluster().getMembers()).hasSize(2);
      assertThat(Clustering.hazelcastOf(one).getConfig().getProperty("hazelcast.phone.home.enabled")).isEqualTo("false");
      assertThat(Clustering.hazelcastOf(one).getConfig().getNetworkConfig().getJoin().getMulticastConfig().isEnabled())
          .isFalse();
      String address = "node." + Clustering.nodeIdOf(two);
      two.eventBus().<String>consumer(address, m -> m.reply("hello " + m.body())).completion().await(10, TimeUnit.SECONDS);
      String answer = one.eventBus().<String>request(address, "one").await(10, TimeUnit.SECONDS).body();
      assertThat(answer).isEqualTo("hello one");
      assertThat(Clustering.nodeIdOf(one)).isNotEqualTo(Clustering.nodeIdOf(two));
      assertThat(Clustering.membersOf(one)).containsExactlyInAnyOrder(Clustering.nodeIdOf(one), Clustering.nodeIdOf(two));
    } finally {
      two.close().await(30, TimeUnit.SECONDS);
      one.close().await(30, TimeUnit.SECONDS);
    }
  }

  static int freePort() throws Exception {
    try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
