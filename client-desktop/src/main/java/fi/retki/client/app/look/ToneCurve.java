package fi.retki.client.app.look;

import fi.retki.scenes.Rgb;

/**
 * The picture's way from scene light to screen: exposure, then the ACES filmic curve (Krzysztof
 * Narkowicz's fit), then the display's encoding. The same numbers run in {@code Look.frag}; here
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
  /** Where ACES reaches 1 (pure white): about 7.24 times the scene's white. */
  static final double WHITE = 7.24;

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

  /** The ACES filmic curve: scene light (0..∞) to display light (0..1). */
  public static double aces(double x) {
    double y = x * (2.51 * x + 0.03) / (x * (2.43 * x + 0.59) + 0.14);
    return Math.min(1, Math.max(0, y));
  }

  /**
   * The scene light that {@link #aces} turns into {@code y}: the positive root of
   * {@code (2.43y − 2.51)x² + (0.59y − 0.03)x + 0.14y = 0}. Display light 1 (and above) gives
   * {@link #WHITE}.
   */
  public static double inverseAces(double y) {
    if (y <= 0) {
      return 0;
    }
    double a = 2.43 * y - 2.51;
    double b = 0.59 * y - 0.03;
    double c = 0.14 * y;
    if (a >= -1e-9) {
      return WHITE;
    }
    double x = (-b - Math.sqrt(b * b - 4 * a * c)) / (2 * a);
    return Math.min(WHITE, x);
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
      rgb[i] = (float) (inverseAces(encoding.linear(colour, i)) / gain(exposureStops));
    }
    return rgb;
  }
}
