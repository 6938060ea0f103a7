package fi.retki.scenes;

import java.util.Objects;

/**
 * Where a camera stands and where it looks. {@code yaw} turns about the up axis in degrees
 * (0 looks towards -z, 90 towards -x); {@code pitch} tilts up (+) or down (-).
 */
public record Pose(Vec3 position, double yaw, double pitch) {
  public Pose {
    Objects.requireNonNull(position, "position");
  }
}
