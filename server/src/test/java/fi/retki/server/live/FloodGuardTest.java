package fi.retki.server.live;

import static org.assertj.core.api.Assertions.assertThat;

import fi.retki.server.live.FloodGuard.Verdict;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FloodGuardTest {
  private static final long MS = 1_000_000;

  @Test
  void aBurstPassesThenTheFirstDropSaysSlowDownAndAFloodCloses() {
    FloodGuard guard = new FloodGuard(50, 100, 20, 0);
    List<Verdict> verdicts = new ArrayList<>();
    for (int i = 0; i < 125; i++) {
      verdicts.add(guard.frame(0));
    }
    assertThat(verdicts.subList(0, 100)).containsOnly(Verdict.ALLOW);
    assertThat(verdicts.get(100)).isEqualTo(Verdict.SLOW_DOWN);
    assertThat(verdicts.subList(101, 119)).containsOnly(Verdict.DROP);
    assertThat(verdicts.get(119)).isEqualTo(Verdict.CLOSE);
  }

  @Test
  void aSteadyFiftyASecondIsNeverDropped() {
    FloodGuard guard = new FloodGuard(50, 100, 20, 0);
    for (int i = 0; i < 10_000; i++) {
      assertThat(guard.frame(i * 20 * MS)).isEqualTo(Verdict.ALLOW);
    }
  }

  @Test
  void aClientThatSlowsDownIsForgiven() {
    FloodGuard guard = new FloodGuard(50, 100, 20, 0);
    for (int i = 0; i < 110; i++) {
      guard.frame(0);
    }
    assertThat(guard.frame(2_000 * MS)).isEqualTo(Verdict.ALLOW);
    for (int i = 0; i < 99; i++) {
      guard.frame(2_000 * MS);
    }
    assertThat(guard.frame(2_000 * MS)).as("a fresh burst starts a fresh count").isEqualTo(Verdict.SLOW_DOWN);
  }
}
