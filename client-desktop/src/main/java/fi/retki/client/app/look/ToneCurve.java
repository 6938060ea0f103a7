package fi.retki.client.app.look;

import fi.retki.scenes.Rgb;

/**
 * The picture's way from scene light to screen: exposure, then a filmic shoulder curve
 * ({@link #curve}), then the display's encoding. The same numbers run in {@code Look.frag}; here
 * they turn the author's colours into what the shaders need.
 *
 * <p>The client draws without jME's gamma correction (textures are not linearized, the frame buffer
 * is not sRGB), so what the lit shaders write is display-encoded. {@link Encoding#GAMMA_SPACE}
 * treats it so: the filter decodes with a 2.2 power, works in linear light and encodes again.
 * Because a power distributes over a product, a light colour given as
 * {@code encode(linear(colour) × intensity)} lights an encoded albedo exactly as
 * {@code linear(colour) × intensity} lights a linear one. With gamma correction on
 * ({@link Encoding#LINEAR}) the shaders already work in linear light and the GPU encodes.
 */
public final class ToneCurve {
  /** Up to this linear light (display 0.79 in sRGB) the curve leaves the picture as it is. */
  static final double KNEE = 0.6;
  /** The brightest fog colour's scene light: the curve gives 0.996 there (shown as 255). */
  static final double WHITE = 40;

  private ToneCurve() {}

  /** What the lit shaders write and the frame buffer holds. */
  public enum Encoding {
    /** Display-encoded values, decoded by a 2.2 power (the client today: gamma correction off). */
    GAMMA_SPACE,
    /** Linear light; the GPU encodes to sRGB (gamma correction on). */
    LINEAR;

    /** An author's sRGB component (0..255) as linear light. */
    double linear(Rgb colour, int component) {
      int value = component == 0 ? colour.red() : component == 1 ? colour.green() : colour.blue();
      return this == GAMMA_SPACE ? Math.pow(value / 255.0, 2.2) : colour.linear(component);
    }

    /** Linear light as what the shaders hold in this encoding. */
    double stored(double linear) {
      return this == GAMMA_SPACE ? Math.pow(Math.max(0, linear), 1 / 2.2) : linear;
    }
  }

  /**
   * The tone curve: scene light (0..∞) to display light (0..1). Light up to {@link #KNEE} stays as
   * it is (the scene's darks and middle tones look as they were drawn); above it a filmic shoulder
   * {@code t / (1 + t)} rolls off towards 1 without ever reaching it, with the same slope at the
   * knee (no visible seam): light 1 shows as 0.8, 4 as 0.96, and only beyond about 37 (sixty
   * times the knee) does a pixel round to pure white. ACES (Narkowicz's fit) was tried first: its toe darkens light below 0.05 by a third and
   * more, which turned shaded sides (an understory, a goal's net) near black.
   */
  public static double curve(double x) {
    if (x <= KNEE) {
      return Math.max(0, x);
    }
    double t = (x - KNEE) / (1 - KNEE);
    return KNEE + (1 - KNEE) * t / (1 + t);
  }

  /** The scene light that {@link #curve} turns into {@code y}; display light 1 (and above) gives {@link #WHITE}. */
  public static double inverseCurve(double y) {
    if (y <= KNEE) {
      return Math.max(0, y);
    }
    if (y >= curve(WHITE)) {
      return WHITE;
    }
    double u = (y - KNEE) / (1 - KNEE);
    return KNEE + (1 - KNEE) * u / (1 - u);
  }

  /** Stops as a multiplier: +1 twice as bright. */
  public static double gain(double exposureStops) {
    return Math.pow(2, exposureStops);
  }

  /**
   * A light's colour for jME (red, green, blue), as the shaders must get it so that it lights with
   * {@code linear(colour) × intensity}.
   */
  public static float[] light(Rgb colour, double intensity, Encoding encoding) {
    float[] rgb = new float[3];
    for (int i = 0; i < 3; i++) {
      rgb[i] = (float) encoding.stored(encoding.linear(colour, i) * intensity);
    }
    return rgb;
  }

  /**
   * The linear scene light that comes out on screen as exactly {@code colour} after exposure and
   * the curve: what fog fades into, so that the far distance shows the author's fog colour.
   */
  public static float[] sceneLightShownAs(Rgb colour, double exposureStops, Encoding encoding) {
    float[] rgb = new float[3];
    for (int i = 0; i < 3; i++) {
      rgb[i] = (float) (inverseCurve(encoding.linear(colour, i)) / gain(exposureStops));
    }
    return rgb;
  }
}
