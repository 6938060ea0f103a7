package fi.retki.server.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class JoinGuardTest {
  private static final long S = 1_000_000_000L;

  @Test
  void wrongCodesCostATokenEach_thenTheAddressWaitsWithoutTheCodeBeingLookedUp() {
    JoinGuard guard = new JoinGuard(0.5, 3);
    for (int i = 0; i < 3; i++) {
      assertThat(guard.attempt("10.0.0.1", 0, () -> null)).isInstanceOf(JoinGuard.Wrong.class);
    }
    AtomicInteger lookups = new AtomicInteger();
    JoinGuard.Attempt<String> right = guard.attempt("10.0.0.1", 0, () -> {
      lookups.incrementAndGet();
      return "session";
    });

    assertThat(right).isEqualTo(new JoinGuard.Wait<String>(2));
    assertThat(lookups).as("a waiting address learns nothing about its code").hasValue(0);
  }

  @Test
  void rightCodesAreFree_soAClassOnOneAddressJoinsWhateverItsSize() {
    JoinGuard guard = new JoinGuard(0.5, 3);
    for (int i = 0; i < 1000; i++) {
      assertThat(guard.attempt("10.0.0.1", 0, () -> "session")).isEqualTo(new JoinGuard.Found<>("session"));
    }
  }

  @Test
  void theBucketRefills_atTheRateGiven() {
    JoinGuard guard = new JoinGuard(0.5, 3);
    for (int i = 0; i < 3; i++) {
      guard.attempt("10.0.0.1", 0, () -> null);
    }
    assertThat(guard.attempt("10.0.0.1", 1 * S, () -> null)).isEqualTo(new JoinGuard.Wait<>(1));
    assertThat(guard.attempt("10.0.0.1", 2 * S, () -> null)).isInstanceOf(JoinGuard.Wrong.class);
    assertThat(guard.attempt("10.0.0.1", 2 * S, () -> null)).isInstanceOf(JoinGuard.Wait.class);
  }

  @Test
  void addressesCountApart_andIpv6CountsByItsSlash64() {
    JoinGuard guard = new JoinGuard(0.5, 1);
    guard.attempt("10.0.0.1", 0, () -> null);
    assertThat(guard.attempt("10.0.0.2", 0, () -> null)).isInstanceOf(JoinGuard.Wrong.class);

    guard.attempt("2001:db8:1:2::1", 0, () -> null);
    assertThat(guard.attempt("2001:db8:1:2:ffff::9", 0, () -> null)).as("the same /64").isInstanceOf(JoinGuard.Wait.class);
    assertThat(guard.attempt("2001:db8:1:3::1", 0, () -> null)).as("another /64").isInstanceOf(JoinGuard.Wrong.class);
    assertThat(JoinGuard.networkOf("::ffff:10.0.0.7")).isEqualTo("10.0.0.7");
  }

  @Test
  void fullBucketsAreForgotten_soAddressesDoNotPileUp() {
    JoinGuard guard = new JoinGuard(0.5, 1);
    for (int i = 0; i < 5000; i++) {
      guard.attempt("10.1." + i / 256 + "." + i % 256, i * 10 * S, () -> null);
    }
    assertThat(guard.addresses()).isLessThanOrEqualTo(4097);
  }
}
