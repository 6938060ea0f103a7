package fi.retki.scenes;

import java.util.Objects;

/**
 * How a scene is lit: one sun (a directional light) and the soft light of the sky around
 * (ambient). Scenes without it get the client's default daylight.
 *
 * @param sun the sun, or the one strong light of the place (a diver's lamp-lit sea has a weak one)
 * @param ambient light from every direction: the sky's blue, the water's green, space's nothing
 */
public record Lighting(Sun sun, Ambient ambient) {
  public Lighting {
    Objects.requireNonNull(sun, "sun");
    Objects.requireNonNull(ambient, "ambient");
  }

  /**
   * A directional light.
   *
   * @param direction where the light travels (towards the ground: {@code y} below 0); any length
   * @param intensity a multiplier of the colour, 0 … 10 (about 3 is a clear day)
   */
  public record Sun(Vec3 direction, Rgb color, double intensity) {
    public Sun {
      Objects.requireNonNull(direction, "direction");
      Objects.requireNonNull(color, "color");
      if (!(direction.y() < 0)) {
        throw new IllegalArgumentException("the sun must shine downwards");
      }
    }
  }

  /** Light from every direction, {@code intensity} 0 … 10. */
  public record Ambient(Rgb color, double intensity) {
    public Ambient {
      Objects.requireNonNull(color, "color");
    }
  }
}
