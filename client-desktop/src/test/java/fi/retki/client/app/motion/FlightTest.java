package fi.retki.client.app.motion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fi.retki.scenes.Pose;
import fi.retki.scenes.Vec3;
import org.junit.jupiter.api.Test;

class FlightTest {
  private final Pose a = new Pose(new Vec3(0, 2, 0), 170, 0);
  private final Pose b = new Pose(new Vec3(10, 2, 0), -170, 20);

  @Test
  void endsExactlyAtTheTarget() {
    Flight flight = new Flight(a, b, 2);
    Pose end = null;
    for (int i = 0; i < 100; i++) {
      end = flight.advance(0.05);
    }
    assertThat(flight.done()).isTrue();
    assertThat(end.position()).isEqualTo(b.position());
    assertThat(end.pitch()).isEqualTo(20);
  }

  @Test
  void turnsTheShortWayRound() {
    Pose half = new Flight(a, b, 2).at(0.5);
    assertThat(Math.abs(half.yaw())).isCloseTo(180, within(1e-9));
  }

  @Test
  void easesInAndOut() {
    Flight flight = new Flight(a, b, 2);
    assertThat(flight.at(0.1).position().x()).isLessThan(1.0);
    assertThat(flight.at(0.5).position().x()).isCloseTo(5, within(1e-9));
  }

  @Test
  void gentle_takesLongerForLongerWays_withinLimits() {
    assertThat(Flight.gentle(a, b, 10, 1.5).seconds()).isEqualTo(1.5);
    Pose far = new Pose(new Vec3(1000, 2, 0), 0, 0);
    assertThat(Flight.gentle(a, far, 10, 1.5).seconds()).isEqualTo(12);
  }
}
