package fi.retki.scenes;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonFormat;

/** A point in a scene, in metres; {@code y} is up. Written in JSON as {@code [x, y, z]}. */
@JsonFormat(shape = JsonFormat.Shape.ARRAY)
public record Vec3(double x, double y, double z) {
  @JsonCreator
  public Vec3 {
  }

  /** The straight-line distance to another point. */
  public double distanceTo(Vec3 other) {
    double dx = x - other.x;
    double dy = y - other.y;
    double dz = z - other.z;
    return Math.sqrt(dx * dx + dy * dy + dz * dz);
  }

  /** The distance to another point on the ground plane, ignoring height. */
  public double groundDistanceTo(Vec3 other) {
    double dx = x - other.x;
    double dz = z - other.z;
    return Math.sqrt(dx * dx + dz * dz);
  }
}
