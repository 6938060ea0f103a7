package fi.retki.scenes;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * A rectangle on the ground plane where planned objects may stand. Written in JSON as
 * {@code {"min": [x, z], "max": [x, z]}}.
 */
public record Area(double[] min, double[] max) {
  public Area {
    if (min == null || max == null || min.length != 2 || max.length != 2) {
      throw new IllegalArgumentException("an area needs min [x, z] and max [x, z]");
    }
    if (!(min[0] < max[0] && min[1] < max[1])) {
      throw new IllegalArgumentException("an area's min must be below its max on both axes");
    }
    min = min.clone();
    max = max.clone();
  }

  /** An area from its corners. */
  public static Area of(double minX, double minZ, double maxX, double maxZ) {
    return new Area(new double[] {minX, minZ}, new double[] {maxX, maxZ});
  }

  @JsonIgnore
  public double minX() {
    return min[0];
  }

  @JsonIgnore
  public double minZ() {
    return min[1];
  }

  @JsonIgnore
  public double maxX() {
    return max[0];
  }

  @JsonIgnore
  public double maxZ() {
    return max[1];
  }

  /** True if the ground point (x, z) is inside the area or on its edge. */
  public boolean contains(double x, double z) {
    return x >= min[0] && x <= max[0] && z >= min[1] && z <= max[1];
  }

  @Override
  public double[] min() {
    return min.clone();
  }

  @Override
  public double[] max() {
    return max.clone();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Area
        && java.util.Arrays.equals(min, ((Area) other).min)
        && java.util.Arrays.equals(max, ((Area) other).max);
  }

  @Override
  public int hashCode() {
    return 31 * java.util.Arrays.hashCode(min) + java.util.Arrays.hashCode(max);
  }

  @Override
  public String toString() {
    return "Area[min=" + java.util.Arrays.toString(min) + ", max=" + java.util.Arrays.toString(max) + "]";
  }
}
