package fi.retki.client.app.scene;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LoopsTest {
  @Test
  void phase_isTheSameEveryTime_andSpreadsNeighbouringIds() {
    assertThat(Loops.phase("kelp-1")).isEqualTo(Loops.phase("kelp-1"));
    List<Double> phases = new ArrayList<>();
    for (int i = 1; i <= 40; i++) {
      double phase = Loops.phase("kelp-" + i);
      assertThat(phase).isGreaterThanOrEqualTo(0).isLessThan(1);
      phases.add(phase);
    }
    // Forty neighbouring ids fall into at least 7 of 10 tenths of the loop.
    long tenths = phases.stream().map(p -> (int) (p * 10)).distinct().count();
    assertThat(tenths).isGreaterThanOrEqualTo(7);
  }
}
