package fi.retki.scenes;

import java.util.Objects;

/** A model placed in a scene: a tree, a lander, a house. */
public record SceneObject(String id, PackPath model, Vec3 position, double yaw, double scale) {
  public SceneObject {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(position, "position");
    if (!(scale > 0)) {
      throw new IllegalArgumentException("scale must be positive");
    }
  }
}
