package fi.retki.scenes;

import java.util.Objects;

/** The ground: the model everything stands on, and that the camera walks on. */
public record Ground(PackPath model) {
  public Ground {
    Objects.requireNonNull(model, "model");
  }
}
