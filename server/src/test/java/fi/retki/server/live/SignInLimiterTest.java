package fi.retki.server.live;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SignInLimiterTest {
  @Test
  void fiveFailuresInAMinuteMakeTheSixthTryWaitUntilTheFirstFailureIsAMinuteOld() {
    SignInLimiter limiter = new SignInLimiter(5, 60_000);
    for (int i = 0; i < 5; i++) {
      assertThat(limiter.waitSeconds("ip:10.0.0.7", i * 1000)).isZero();
      limiter.failed("ip:10.0.0.7", i * 1000);
    }
    assertThat(limiter.waitSeconds("ip:10.0.0.7", 10_000)).isEqualTo(50);
    assertThat(limiter.waitSeconds("ip:10.0.0.8", 10_000)).as("another address").isZero();
    assertThat(limiter.waitSeconds("ip:10.0.0.7", 60_000)).as("the first failure has left the window").isZero();
  }

  @Test
  void aSuccessClearsTheCount() {
    SignInLimiter limiter = new SignInLimiter(5, 60_000);
    for (int i = 0; i < 5; i++) {
      limiter.failed("name:aino", 0);
    }
    limiter.succeeded("name:aino");
    assertThat(limiter.waitSeconds("name:aino", 1)).isZero();
  }
}
