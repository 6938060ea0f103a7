package fi.retki.client.app.motion;

import static org.assertj.core.api.Assertions.assertThat;

import fi.retki.scenes.TourStop;
import java.util.List;
import org.junit.jupiter.api.Test;

class TourTest {
  private final Tour tour = new Tour(List.of(new TourStop("a", 10), new TourStop("b", 20)), 5, 100);

  @Test
  void fliesThenStaysAtEachStop_inOrder() {
    assertThat(tour.at(2)).isEqualTo(new Tour.Moment(0, true, 0, false));
    assertThat(tour.at(10).stop()).isEqualTo(0);
    assertThat(tour.at(10).flying()).isFalse();
    assertThat(tour.at(16)).isEqualTo(new Tour.Moment(1, true, 0, false));
    assertThat(tour.at(30).stop()).isEqualTo(1);
  }

  @Test
  void goesRoundAgain_untilTheTimerEnds() {
    assertThat(tour.roundSeconds()).isEqualTo(40);
    assertThat(tour.at(42).stop()).isEqualTo(0);
    assertThat(tour.at(99).over()).isFalse();
    assertThat(tour.at(100).over()).isTrue();
    assertThat(tour.timerFraction(50)).isEqualTo(0.5);
  }

  @Test
  void withoutATimer_oneRound() {
    Tour once = new Tour(List.of(new TourStop("a", 10)), 5, 0);
    assertThat(once.timerSeconds()).isEqualTo(15);
  }
}
