package fi.retki.client.app.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** How the eye comes down to walking height: never under the ground, never in a jump. */
class EyeHeightTest {
  static final float FRAME = 1 / 30f;

  @Test
  void risingGround_liftsTheEyeAtOnce() {
    assertThat(ExploreState.eyeHeight(1.0f, 1.6f, FRAME)).isEqualTo(1.6f);
  }

  @Test
  void fromAPointOfView20mUp_comesDownAtMost8mPerSecond_andArrivesWithinAFewSeconds() {
    float y = 21.6f;
    float seconds = 0;
    while (y > 1.6f) {
      float next = ExploreState.eyeHeight(y, 1.6f, FRAME);
      assertThat(y - next).as("metres down in one frame at %.1f m", y).isLessThanOrEqualTo(8 * FRAME + 1e-4f);
      y = next;
      seconds += FRAME;
    }
    assertThat(seconds).as("seconds to come down 20 m").isBetween(2f, 6f);
    assertThat(y).isEqualTo(1.6f);
  }

  @Test
  void walkingDownASlope_followsTheGround() {
    // 3.5 m/s down a 1:3 slope drops about 1.2 m/s, well under the slowest descent.
    assertThat(ExploreState.eyeHeight(1.6f + 0.04f, 1.6f, FRAME)).isCloseTo(1.6f, within(1e-4f));
  }
}
