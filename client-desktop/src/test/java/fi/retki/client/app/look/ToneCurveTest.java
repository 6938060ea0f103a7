package fi.retki.client.app.look;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fi.retki.scenes.Rgb;
import org.junit.jupiter.api.Test;

class ToneCurveTest {
  @Test
  void curve_keepsDarksAsTheyAre_andRollsOffBrightLightInsteadOfClipping() {
    assertThat(ToneCurve.curve(0)).isZero();
    assertThat(ToneCurve.curve(0.03)).isEqualTo(0.03);
    assertThat(ToneCurve.curve(0.5)).isEqualTo(0.5);
    assertThat(ToneCurve.curve(1)).isBetween(0.8, 0.9);
    assertThat(ToneCurve.curve(4)).isBetween(0.95, 0.97);
    assertThat(Math.pow(ToneCurve.curve(20), 1 / 2.2) * 255).as("light 20 is not yet pure white").isLessThan(254.5);
    assertThat(ToneCurve.curve(2)).isGreaterThan(ToneCurve.curve(1.5));
    // no seam at the knee: the same slope on both sides
    double below = (ToneCurve.curve(0.6) - ToneCurve.curve(0.599)) / 0.001;
    double above = (ToneCurve.curve(0.601) - ToneCurve.curve(0.6)) / 0.001;
    assertThat(above).isCloseTo(below, within(0.01));
  }

  @Test
  void inverseCurve_undoesTheCurve() {
    for (double x = 0.01; x < 4; x *= 1.7) {
      assertThat(ToneCurve.inverseCurve(ToneCurve.curve(x))).isCloseTo(x, within(x * 1e-6 + 1e-9));
    }
    assertThat(ToneCurve.inverseCurve(1)).isEqualTo(ToneCurve.WHITE);
    assertThat(Math.pow(ToneCurve.curve(ToneCurve.WHITE), 1 / 2.2) * 255).as("shown").isGreaterThan(254.5);
  }

  @Test
  void fogColour_comesOutOnScreenAsTheAuthorWroteIt_atAnyExposure() {
    Rgb fog = Rgb.parse("#3a6f8f");
    for (double stops : new double[] {-2, 0, 1.5}) {
      float[] scene = ToneCurve.sceneLightShownAs(fog, stops, ToneCurve.Encoding.GAMMA_SPACE);
      double green = Math.pow(ToneCurve.curve(scene[1] * ToneCurve.gain(stops)), 1 / 2.2) * 255;
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
