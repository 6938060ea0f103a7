package fi.retki.server.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.hazelcast.core.EntryView;
import com.hazelcast.core.HazelcastInstance;
import fi.retki.server.config.ClusterConfig;
import fi.retki.server.live.JoinGuard;
import fi.retki.server.live.JoinLimits;
import fi.retki.server.live.SignInLimiter;
import fi.retki.server.live.SignInLimits;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Two clustered nodes in one JVM: sign-in strikes and wrong join codes counted through one node
 * hold on the other, attempts in flight on one take the budget on the other, and the counts
 * outlive a node that dies while it owns them.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class SharedLimitsIT {
  private static final SignInLimiter.Policy NAME = new SignInLimiter.Policy(5, 30_000, 900_000, 600_000, false, true);
  private static final SignInLimiter.Policy ADDRESS = new SignInLimiter.Policy(10, 1_000, 900_000, 60_000, true, false);
  private static final long NOW = 1_760_000_000_000L;

  private Vertx a;
  private Vertx b;

  @BeforeEach
  void startTwoNodes() throws Exception {
    int portA = ClusteringIT.freePort();
    int portB = ClusteringIT.freePort();
    List<String> members = List.of("127.0.0.1:" + portA, "127.0.0.1:" + portB);
    Future<Vertx> one = Clustering.start(new VertxOptions(), ClusterConfig.of(members, "127.0.0.1", portA));
    Future<Vertx> two = Clustering.start(new VertxOptions(), ClusterConfig.of(members, "127.0.0.1", portB));
    // Started together, so neither waits out the other's absence; closed in afterwards if either fails.
    Future.join(one, two).await(90, TimeUnit.SECONDS);
    a = one.result();
    b = two.result();
    await().atMost(Duration.ofSeconds(30)).until(() -> hazelcast(a).getCluster().getMembers().size() == 2);
  }

  @AfterEach
  void closeBoth() throws Exception {
    try {
      if (b != null) {
        b.close().await(30, TimeUnit.SECONDS);
      }
    } finally {
      if (a != null) {
        a.close().await(30, TimeUnit.SECONDS);
      }
    }
  }

  @Test
  void strikesThroughOneNodeLockTheSameKeyOnTheOther() throws Exception {
    SignInLimits onA = SignInLimits.forVertx(a);
    SignInLimits onB = SignInLimits.forVertx(b);
    SignInLimiter.Key aino = new SignInLimiter.Key("name:aino", NAME);
    for (int i = 0; i < 5; i++) {
      SignInLimits.Attempt attempt = get(onA.begin(NOW, List.of(aino)));
      assertThat(attempt.allowed()).isTrue();
      get(attempt.failed(NOW));
    }

    SignInLimits.Attempt onOther = get(onB.begin(NOW + 10_000, List.of(aino)));
    assertThat(onOther.allowed()).as("locked on the node that saw none of the failures").isFalse();
    assertThat(onOther.waitSeconds()).isEqualTo(20);
    assertThat(get(onB.begin(NOW, List.of(new SignInLimiter.Key("name:bertta", NAME)))).allowed()).as("another name")
        .isTrue();
    EntryView<Object, Object> view = hazelcast(b).getMap("retki.signin").getEntryView("name:aino");
    assertThat(view.getTtl()).as("kept until its five strikes have leaked away (50 minutes after the first), no longer")
        .isBetween(50 * 60_000L - 10_000, 50 * 60_000L - 10_000 + 2_000);

    SignInLimits.Attempt afterLock = get(onB.begin(NOW + 30_000, List.of(aino)));
    assertThat(afterLock.allowed()).isTrue();
    get(afterLock.succeeded(NOW + 30_000));
    assertThat(hazelcast(a).getMap("retki.signin").containsKey("name:aino")).as("forgiven, so forgotten").isFalse();
  }

  @Test
  void anAddressKnockingOnBothNodesWaitsLongerOnBoth() throws Exception {
    SignInLimits onA = SignInLimits.forVertx(a);
    SignInLimits onB = SignInLimits.forVertx(b);
    SignInLimiter.Key school = new SignInLimiter.Key("ip:10.0.0.7", ADDRESS);
    for (int i = 0; i < 10; i++) {
      SignInLimits on = i % 2 == 0 ? onA : onB;
      get(get(on.begin(NOW, List.of(school))).failed(NOW));
    }
    List<Long> waits = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      waits.add(get((i % 2 == 0 ? onB : onA).begin(NOW + 100, List.of(school))).waitSeconds());
    }
    assertThat(waits).as("the single server's doubling, over two nodes").containsExactly(2L, 4L, 8L, 16L, 32L, 64L);
  }

  @Test
  void wrongJoinCodesThroughOneNodeMakeTheNetworkWaitOnTheOther() throws Exception {
    JoinLimits onA = JoinLimits.forVertx(a);
    JoinLimits onB = JoinLimits.forVertx(b);
    AtomicInteger lookups = new AtomicInteger();
    for (int i = 0; i < 30; i++) {
      assertThat(get(onA.attempt("10.0.0.1", NOW, () -> Future.<String>succeededFuture(null))))
          .isInstanceOf(JoinGuard.Wrong.class);
    }
    JoinGuard.Attempt<String> right = get(onB.attempt("10.0.0.1", NOW, () -> {
      lookups.incrementAndGet();
      return Future.succeededFuture("session");
    }));
    assertThat(right).as("the burst of 30 spent on the other node").isEqualTo(new JoinGuard.Wait<String>(2));
    assertThat(lookups).as("a waiting network learns nothing about its code").hasValue(0);
    assertThat(get(onB.attempt("10.0.0.2", NOW, () -> Future.<String>succeededFuture(null))))
        .as("another network").isInstanceOf(JoinGuard.Wrong.class);
    assertThat(get(onB.attempt("10.0.0.1", NOW + 2_000, () -> Future.<String>succeededFuture(null))))
        .as("one more after two seconds").isInstanceOf(JoinGuard.Wrong.class);

    for (int i = 0; i < 100; i++) {
      assertThat(get((i % 2 == 0 ? onA : onB).attempt("10.0.0.3", NOW, () -> Future.succeededFuture("session"))))
          .isEqualTo(new JoinGuard.Found<>("session"));
    }
    assertThat(hazelcast(a).getMap("retki.joins").containsKey("10.0.0.3")).as("right codes leave a full bucket, forgotten")
        .isFalse();
  }

  @Test
  void reservationsInFlightOnOneNodeTakeTheBudgetOnTheOther() throws Exception {
    SignInLimits onA = SignInLimits.forVertx(a);
    SignInLimits onB = SignInLimits.forVertx(b);
    SignInLimiter.Key aino = new SignInLimiter.Key("name:aino", NAME);
    List<SignInLimits.Attempt> checking = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      checking.add(get(onA.begin(NOW, List.of(aino))));
    }
    assertThat(checking).allMatch(SignInLimits.Attempt::allowed);
    assertThat(get(onB.begin(NOW, List.of(aino))).allowed()).as("five passwords still being checked on A").isFalse();
    get(checking.get(0).abandoned(NOW));
    assertThat(get(onB.begin(NOW, List.of(aino))).allowed()).as("one given back").isTrue();

    JoinLimits joinsA = JoinLimits.forVertx(a);
    JoinLimits joinsB = JoinLimits.forVertx(b);
    Promise<String> slowLookup = Promise.promise();
    AtomicInteger lookingUp = new AtomicInteger();
    List<Future<JoinGuard.Attempt<String>>> pending = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      pending.add(joinsA.attempt("10.0.0.9", NOW, () -> {
        lookingUp.incrementAndGet();
        return slowLookup.future();
      }));
    }
    await().atMost(Duration.ofSeconds(10)).until(() -> lookingUp.get() == 30);
    assertThat(get(joinsB.attempt("10.0.0.9", NOW, () -> Future.succeededFuture("session"))))
        .as("codes still being looked up on A keep nobody out: a whole school joins at once")
        .isEqualTo(new JoinGuard.Found<>("session"));
    slowLookup.complete(null); // all 30 were wrong
    for (Future<JoinGuard.Attempt<String>> one : pending) {
      assertThat(get(one)).isEqualTo(new JoinGuard.Wrong<String>());
    }
    assertThat(get(joinsB.attempt("10.0.0.9", NOW, () -> Future.succeededFuture("session"))))
        .as("every wrong code was paid for, though they were looked up at once").isEqualTo(new JoinGuard.Wait<String>(2));
  }

  @Test
  void countsOutliveTheNodeThatOwnedThem() throws Exception {
    SignInLimits onB = SignInLimits.forVertx(b);
    JoinLimits joinsB = JoinLimits.forVertx(b);
    JoinLimits.forVertx(a);
    SignInLimits.forVertx(a);
    hazelcast(a).getMap("retki.joins").size(); // assigns the partitions
    await().atMost(Duration.ofSeconds(60)).until(() -> hazelcast(a).getPartitionService().isClusterSafe());
    String name = ownedBy(a, "name:");
    String network = ownedBy(a, "10.0.1.");
    SignInLimiter.Key key = new SignInLimiter.Key(name, NAME);
    for (int i = 0; i < 5; i++) {
      get(get(onB.begin(NOW, List.of(key))).failed(NOW));
    }
    for (int i = 0; i < 30; i++) {
      get(joinsB.attempt(network, NOW, () -> Future.<String>succeededFuture(null)));
    }
    assertThat(hazelcast(b).getMap("retki.signin").getLocalMapStats().getOwnedEntryCount()).as("A owns them")
        .isZero();

    // A dies without leaving: what it owned is only in B's backups now.
    hazelcast(a).getLifecycleService().terminate();
    a.close().await(30, TimeUnit.SECONDS);
    a = null;
    await().atMost(Duration.ofSeconds(30)).until(() -> hazelcast(b).getCluster().getMembers().size() == 1);

    SignInLimits.Attempt after = get(onB.begin(NOW + 1_000, List.of(key)));
    assertThat(after.allowed()).as("the strikes A owned").isFalse();
    assertThat(after.waitSeconds()).isEqualTo(29);
    assertThat(get(joinsB.attempt(network, NOW, () -> Future.<String>succeededFuture(null))))
        .as("the wrong codes A owned").isEqualTo(new JoinGuard.Wait<String>(2));
  }

  /** A key of the form prefix + number whose partition {@code node} owns. */
  private static String ownedBy(Vertx node, String prefix) {
    HazelcastInstance hazelcast = hazelcast(node);
    for (int i = 0; ; i++) {
      String key = prefix + i;
      if (hazelcast.getPartitionService().getPartition(key).getOwner().localMember()) {
        return key;
      }
    }
  }

  private static HazelcastInstance hazelcast(Vertx node) {
    return Clustering.hazelcastOf(node);
  }

  private static <T> T get(Future<T> future) throws Exception {
    return future.await(20, TimeUnit.SECONDS);
  }
}
