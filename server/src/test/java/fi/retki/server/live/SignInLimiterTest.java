package fi.retki.server.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SignInLimiterTest {
  private static final SignInLimiter.Policy NAME = new SignInLimiter.Policy(5, 30_000, 900_000, 600_000, false, true);
  private static final SignInLimiter.Policy ADDRESS = new SignInLimiter.Policy(10, 1_000, 900_000, 60_000, true, false);
  private static final SignInLimiter.Key AINO = new SignInLimiter.Key("name:aino", NAME);
  private static final SignInLimiter.Key SCHOOL = new SignInLimiter.Key("ip:10.0.0.7", ADDRESS);

  private final SignInLimiter limiter = new SignInLimiter(1000);

  @Test
  void attemptsInFlightTakeTheBudgetBeforeTheirPasswordsAreChecked() {
    List<SignInLimiter.Attempt> allowed = new ArrayList<>();
    int refused = 0;
    for (int i = 0; i < 100; i++) {
      SignInLimiter.Attempt attempt = limiter.begin(0, List.of(AINO));
      if (attempt.allowed()) {
        allowed.add(attempt);
      } else {
        refused++;
        assertThat(attempt.waitSeconds()).isEqualTo(30);
      }
    }
    assertThat(allowed).as("none has failed yet, and still only the budget passes").hasSize(5);
    assertThat(refused).isEqualTo(95);
  }

  @Test
  void fiveFailuresLockTheNameFor30SecondsAndEachFurtherFailureDoublesIt() {
    for (int i = 0; i < 5; i++) {
      limiter.begin(i * 1000, List.of(AINO)).failed(i * 1000);
    }
    assertThat(limiter.begin(10_000, List.of(AINO)).waitSeconds()).isEqualTo(24);
    assertThat(limiter.begin(10_000, List.of(new SignInLimiter.Key("name:bertta", NAME))).allowed())
        .as("another name").isTrue();
    SignInLimiter.Attempt sixth = limiter.begin(34_000, List.of(AINO));
    assertThat(sixth.allowed()).as("the lock has ended").isTrue();
    sixth.failed(34_000);
    assertThat(limiter.begin(34_000, List.of(AINO)).waitSeconds()).isEqualTo(60);
  }

  @Test
  void anAbandonedAttemptGivesItsBudgetBackAndASuccessForgivesTheName() {
    List<SignInLimiter.Attempt> five = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      five.add(limiter.begin(0, List.of(AINO)));
    }
    assertThat(limiter.begin(0, List.of(AINO)).allowed()).isFalse();
    five.get(0).abandoned(0);
    five.get(0).failed(0);
    SignInLimiter.Attempt sixth = limiter.begin(0, List.of(AINO));
    assertThat(sixth.allowed()).as("ending twice counts once").isTrue();
    five.subList(1, 5).forEach(attempt -> attempt.failed(0));
    sixth.succeeded(0);
    for (int i = 0; i < 5; i++) {
      assertThat(limiter.begin(1, List.of(AINO)).allowed()).as("4 failures, then a right password").isTrue();
    }
  }

  @Test
  void anAddressThatKeepsKnockingWhileLockedWaitsLongerEachTime() {
    for (int i = 0; i < 10; i++) {
      limiter.begin(0, List.of(SCHOOL)).failed(0);
    }
    List<Long> waits = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      waits.add(limiter.begin(100, List.of(SCHOOL)).waitSeconds());
    }
    assertThat(waits).containsExactly(2L, 4L, 8L, 16L, 32L, 64L, 128L, 256L, 512L, 900L, 900L, 900L);
  }

  @Test
  void anAttemptRefusedByTheNamePunishesTheAddressButNotTheName() {
    for (int i = 0; i < 5; i++) {
      limiter.begin(0, List.of(SCHOOL, AINO)).failed(0);
    }
    for (int i = 0; i < 20; i++) {
      assertThat(limiter.begin(0, List.of(SCHOOL, AINO)).allowed()).isFalse();
    }
    assertThat(limiter.begin(0, List.of(AINO)).waitSeconds()).as("the name's lock is still its first").isEqualTo(30);
    assertThat(limiter.begin(0, List.of(SCHOOL)).waitSeconds()).as("the address knocked 20 more times")
        .isGreaterThan(30);
  }

  @Test
  void strikesLeakAwaySoOccasionalTyposNeverLock() {
    for (int minute = 0; minute < 120; minute++) {
      SignInLimiter.Attempt attempt = limiter.begin(minute * 60_000L, List.of(SCHOOL));
      assertThat(attempt.allowed()).as("minute " + minute).isTrue();
      attempt.failed(minute * 60_000L);
    }
  }

  @Test
  void aKeyWithNothingToRememberIsDroppedAndTheNumberOfKeysIsBounded() {
    limiter.begin(0, List.of(AINO)).succeeded(0);
    assertThat(limiter.size()).isZero();
    SignInLimiter small = new SignInLimiter(3);
    for (int i = 0; i < 10; i++) {
      small.begin(0, List.of(new SignInLimiter.Key("name:" + i, NAME))).failed(0);
    }
    assertThat(small.size()).isEqualTo(3);
  }

  @Test
  void anIpv6AddressCountsByItsNetwork() {
    assertThat(SignInLimiter.addressKey("2001:db8:1:2:aaaa::1")).isEqualTo(SignInLimiter.addressKey("2001:db8:1:2::ffff"))
        .isEqualTo("ip6:20010db800010002/64");
    assertThat(SignInLimiter.addressKey("2001:db8:1:3::1")).isNotEqualTo(SignInLimiter.addressKey("2001:db8:1:2::1"));
    assertThat(SignInLimiter.addressKey("10.0.0.7")).isEqualTo("ip:10.0.0.7");
  }
}
