package fi.retki.server.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A single server's join guard behind the futures of {@link JoinLimits}, in milliseconds. */
class JoinGuardLocalLimitsTest {
  private final JoinLimits limits = JoinLimits.local(new JoinGuard(0.5, 3));
  private final AtomicInteger lookups = new AtomicInteger();

  private Future<String> wrong() {
    lookups.incrementAndGet();
    return Future.succeededFuture(null);
  }

  private Future<String> right() {
    lookups.incrementAndGet();
    return Future.succeededFuture("session");
  }

  @Test
  void wrongCodesCostATokenEach_thenTheAddressWaitsWithoutTheCodeBeingLookedUp() {
    for (int i = 0; i < 3; i++) {
      assertThat(limits.attempt("10.0.0.1", 0, this::wrong).result()).isInstanceOf(JoinGuard.Wrong.class);
    }
    assertThat(limits.attempt("10.0.0.1", 0, this::right).result()).isEqualTo(new JoinGuard.Wait<String>(2));
    assertThat(lookups).as("a waiting address learns nothing about its code").hasValue(3);
  }

  @Test
  void rightCodesGiveTheirTokenBack_soTheyCostNothing() {
    for (int i = 0; i < 1000; i++) {
      assertThat(limits.attempt("10.0.0.1", 0, this::right).result()).isEqualTo(new JoinGuard.Found<>("session"));
    }
    for (int i = 0; i < 3; i++) {
      assertThat(limits.attempt("10.0.0.1", 0, this::wrong).result()).as("the whole burst is left")
          .isInstanceOf(JoinGuard.Wrong.class);
    }
  }

  @Test
  void aCodeBeingLookedUpHoldsItsToken_soParallelGuessesCannotOverdraw() {
    Promise<String> slow = Promise.promise();
    Future<JoinGuard.Attempt<String>> pending = null;
    for (int i = 0; i < 3; i++) {
      pending = limits.attempt("10.0.0.1", 0, slow::future);
    }
    assertThat(limits.attempt("10.0.0.1", 0, this::wrong).result()).isInstanceOf(JoinGuard.Wait.class);
    slow.complete("session");
    assertThat(pending.result()).isEqualTo(new JoinGuard.Found<>("session"));
    assertThat(limits.attempt("10.0.0.1", 0, this::wrong).result()).as("right codes, tokens back")
        .isInstanceOf(JoinGuard.Wrong.class);
  }

  @Test
  void aFailedLookupFails_andCostsNoToken() {
    Future<JoinGuard.Attempt<String>> failed = limits.attempt("10.0.0.1", 0,
        () -> Future.failedFuture(new IllegalStateException("no sessions")));
    assertThat(failed.cause()).hasMessage("no sessions");
    for (int i = 0; i < 3; i++) {
      assertThat(limits.attempt("10.0.0.1", 0, this::wrong).result()).isInstanceOf(JoinGuard.Wrong.class);
    }
  }

  @Test
  void theBucketRefillsInMilliseconds() {
    for (int i = 0; i < 3; i++) {
      limits.attempt("10.0.0.1", 0, this::wrong);
    }
    assertThat(limits.attempt("10.0.0.1", 1_000, this::wrong).result()).isEqualTo(new JoinGuard.Wait<>(1));
    assertThat(limits.attempt("10.0.0.1", 2_000, this::wrong).result()).isInstanceOf(JoinGuard.Wrong.class);
  }
}
