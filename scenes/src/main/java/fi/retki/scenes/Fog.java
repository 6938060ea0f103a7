package fi.retki.scenes;

import java.util.Objects;

/**
 * Air or water that things fade into with distance: the sea's blue depth, the rainforest's humid
 * understory. Near things keep their colours; at {@code distance} metres they have faded into
 * {@code color} completely (the sky too, if it is farther).
 */
public record Fog(Rgb color, double distance) {
  public Fog {
    Objects.requireNonNull(color, "color");
    if (!(distance > 0)) {
      throw new IllegalArgumentException("fog distance must be positive");
    }
  }
}
