package fi.retki.server.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Future;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A single server's limits behind the futures of {@link SignInLimits}: the same limiter, answered at once. */
class SignInLimiterLocalLimitsTest {
  private static final SignInLimiter.Policy NAME = new SignInLimiter.Policy(5, 30_000, 900_000, 600_000, false, true);
  private static final SignInLimiter.Key AINO = new SignInLimiter.Key("name:aino", NAME);

  private final SignInLimiter limiter = new SignInLimiter(1000);
  private final SignInLimits limits = SignInLimits.local(limiter);

  @Test
  void everyFutureIsAlreadyComplete_soASingleServerNeverWaitsForItsLimits() {
    Future<SignInLimits.Attempt> begun = limits.begin(0, List.of(AINO));
    assertThat(begun.isComplete()).isTrue();
    assertThat(begun.result().allowed()).isTrue();
    assertThat(begun.result().failed(0).isComplete()).isTrue();
  }

  @Test
  void attemptsInFlightTakeTheBudget_andFailuresLockTheName() {
    List<SignInLimits.Attempt> five = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      five.add(limits.begin(0, List.of(AINO)).result());
    }
    assertThat(five).allMatch(SignInLimits.Attempt::allowed);
    SignInLimits.Attempt sixth = limits.begin(0, List.of(AINO)).result();
    assertThat(sixth.allowed()).isFalse();
    assertThat(sixth.waitSeconds()).isEqualTo(30);

    five.forEach(attempt -> attempt.failed(1000));
    five.get(0).failed(1000);
    assertThat(limits.begin(11_000, List.of(AINO)).result().waitSeconds()).as("locked at 1 s for 30 s, once")
        .isEqualTo(20);
    assertThat(limiter.begin(11_000, List.of(AINO)).waitSeconds()).as("the very limiter underneath").isEqualTo(20);
  }

  @Test
  void aSuccessThroughTheFuturesForgivesTheNameAndForgetsIt() {
    for (int i = 0; i < 4; i++) {
      limits.begin(0, List.of(AINO)).result().failed(0);
    }
    limits.begin(0, List.of(AINO)).result().succeeded(0);
    assertThat(limiter.size()).isZero();
  }

  @Test
  void anAbandonedAttemptGivesItsPlaceBack() {
    List<SignInLimits.Attempt> five = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      five.add(limits.begin(0, List.of(AINO)).result());
    }
    five.get(2).abandoned(0);
    assertThat(limits.begin(0, List.of(AINO)).result().allowed()).isTrue();
  }
}
