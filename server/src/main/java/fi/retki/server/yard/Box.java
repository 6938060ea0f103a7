package fi.retki.server.yard;

/** A rectangle on the ground, in metres: x to the east, z to the south (down on the map). */
record Box(double minX, double minZ, double maxX, double maxZ) {
  Box {
    if (!(minX <= maxX && minZ <= maxZ)) {
      throw new IllegalArgumentException("a box's min must not be above its max: " + minX + ", " + minZ
          + " .. " + maxX + ", " + maxZ);
    }
  }

  /** The box of the given points, given as x, z, x, z, ... */
  static Box around(double... xz) {
    double minX = Double.POSITIVE_INFINITY;
    double minZ = Double.POSITIVE_INFINITY;
    double maxX = Double.NEGATIVE_INFINITY;
    double maxZ = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < xz.length; i += 2) {
      minX = Math.min(minX, xz[i]);
      maxX = Math.max(maxX, xz[i]);
      minZ = Math.min(minZ, xz[i + 1]);
      maxZ = Math.max(maxZ, xz[i + 1]);
    }
    return new Box(minX, minZ, maxX, maxZ);
  }

  double width() {
    return maxX - minX;
  }

  double depth() {
    return maxZ - minZ;
  }

  double centerX() {
    return (minX + maxX) / 2;
  }

  double centerZ() {
    return (minZ + maxZ) / 2;
  }

  Box union(Box other) {
    return new Box(Math.min(minX, other.minX), Math.min(minZ, other.minZ),
        Math.max(maxX, other.maxX), Math.max(maxZ, other.maxZ));
  }

  Box grow(double by) {
    return new Box(minX - by, minZ - by, maxX + by, maxZ + by);
  }

  /** True if the two boxes share some area (touching edges do not count). */
  boolean overlaps(Box other) {
    return minX < other.maxX && other.minX < maxX && minZ < other.maxZ && other.minZ < maxZ;
  }

  /** The area the two boxes share, in square metres. */
  double overlap(Box other) {
    double w = Math.min(maxX, other.maxX) - Math.max(minX, other.minX);
    double d = Math.min(maxZ, other.maxZ) - Math.max(minZ, other.minZ);
    return w > 0 && d > 0 ? w * d : 0;
  }

  boolean contains(Box other) {
    return other.minX >= minX && other.maxX <= maxX && other.minZ >= minZ && other.maxZ <= maxZ;
  }

  boolean contains(double x, double z) {
    return x >= minX && x <= maxX && z >= minZ && z <= maxZ;
  }
}
