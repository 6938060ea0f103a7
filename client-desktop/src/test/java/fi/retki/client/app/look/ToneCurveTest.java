package fi.retki.client.app.look;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fi.retki.scenes.Rgb;
import org.junit.jupiter.api.Test;

class ToneCurveTest {
  @Test
  void aces_rollsOffBrightLight_insteadOfClipping() {
    assertThat(ToneCurve.aces(0)).isZero();
    assertThat(ToneCurve.aces(1)).isCloseTo(0.80, within(0.01));
    assertThat(ToneCurve.aces(4)).isBetween(0.95, 0.99);
    assertThat(ToneCurve.aces(2)).isGreaterThan(ToneCurve.aces(1.5));
  }

  @Test
  void inverseAces_undoesAces() {
    for (double x = 0.01; x < 6; x *= 1.7) {
      assertThat(ToneCurve.inverseAces(ToneCurve.aces(x))).isCloseTo(x, within(x * 1e-6 + 1e-9));
    }
    assertThat(ToneCurve.inverseAces(1)).isEqualTo(ToneCurve.WHITE);
    assertThat(ToneCurve.aces(ToneCurve.WHITE)).isCloseTo(1, within(1e-3));
  }

  @Test
  void fogColour_comesOutOnScreenAsTheAuthorWroteIt_atAnyExposure() {
    Rgb fog = Rgb.parse("#3a6f8f");
    for (double stops : new double[] {-2, 0, 1.5}) {
      float[] scene = ToneCurve.sceneLightShownAs(fog, stops, ToneCurve.Encoding.GAMMA_SPACE);
      double green = Math.pow(ToneCurve.aces(scene[1] * ToneCurve.gain(stops)), 1 / 2.2) * 255;
      assertThat(green).isCloseTo(0x6f, within(0.5));
    }
  }

  @Test
  void light_inGammaSpace_decodesToLinearColourTimesIntensity() {
    Rgb sun = Rgb.parse("#fff0d8");
    float[] stored = ToneCurve.light(sun, 3, ToneCurve.Encoding.GAMMA_SPACE);
    assertThat(Math.pow(stored[2], 2.2)).isCloseTo(Math.pow(0xd8 / 255.0, 2.2) * 3, within(1e-4));
    float[] linear = ToneCurve.light(sun, 3, ToneCurve.Encoding.LINEAR);
    assertThat(linear[2]).isCloseTo((float) (sun.linear(2) * 3), within(1e-5f));
  }
}
