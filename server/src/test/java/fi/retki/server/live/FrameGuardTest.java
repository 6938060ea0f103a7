package fi.retki.server.live;

import static org.assertj.core.api.Assertions.assertThat;

import fi.retki.server.live.FrameGuard.Verdict;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FrameGuardTest {
  private static final long MS = 1_000_000;

  private static FrameGuard guard() {
    return new FrameGuard(50, 100, 16 * 1024, 20, 1, 20, 0);
  }

  @Test
  void aBurstPassesThenTheFirstDropSaysSlowDownAndAFloodCloses() {
    FrameGuard guard = guard();
    List<Verdict> verdicts = new ArrayList<>();
    for (int i = 0; i < 125; i++) {
      verdicts.add(guard.frame(0, 1));
    }
    assertThat(verdicts.subList(0, 100)).containsOnly(Verdict.ALLOW);
    assertThat(verdicts.get(100)).isEqualTo(Verdict.SLOW_DOWN);
    assertThat(verdicts.subList(101, 119)).containsOnly(Verdict.DROP);
    assertThat(verdicts.get(119)).isEqualTo(Verdict.CLOSE);
  }

  @Test
  void aSteadyFiftyASecondIsNeverDropped() {
    FrameGuard guard = guard();
    for (int i = 0; i < 10_000; i++) {
      assertThat(guard.frame(i * 20 * MS, 200)).isEqualTo(Verdict.ALLOW);
    }
  }

  @Test
  void aClientThatSlowsDownIsForgiven() {
    FrameGuard guard = guard();
    for (int i = 0; i < 110; i++) {
      guard.frame(0, 0);
    }
    assertThat(guard.frame(2_000 * MS, 0)).isEqualTo(Verdict.ALLOW);
    for (int i = 0; i < 99; i++) {
      guard.frame(2_000 * MS, 0);
    }
    assertThat(guard.frame(2_000 * MS, 0)).as("a fresh burst starts a fresh count").isEqualTo(Verdict.SLOW_DOWN);
  }

  @Test
  void bigFramesCostTheirSize_soAStreamOfThemIsSlowedLikeManySmallOnes() {
    FrameGuard guard = guard();
    int allowed = 0;
    for (int i = 0; i < 50; i++) {
      if (guard.frame(0, 128 * 1024) == Verdict.ALLOW) {
        allowed++;
      }
    }
    assertThat(allowed).as("128 KiB frames cost 9 tokens each out of 100").isEqualTo(12);
    assertThat(guard.frame(1_000 * MS, 128 * 1024)).as("a second later the bucket has refilled enough").isEqualTo(Verdict.ALLOW);
  }

  @Test
  void twentyErrorsAreAnswered_thenOneASecond() {
    FrameGuard guard = guard();
    for (int i = 0; i < 20; i++) {
      assertThat(guard.error(0)).isTrue();
    }
    assertThat(guard.error(0)).as("the 21st error at once").isFalse();
    assertThat(guard.error(1_000 * MS)).as("a second later").isTrue();
    assertThat(guard.error(1_000 * MS)).isFalse();
  }
}
