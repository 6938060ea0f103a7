package fi.retki.tools.content;

/** Seeded value noise and fractal sums of it: the same seed and point always give the same value. */
final class Noise {
  private final long seed;

  Noise(long seed) {
    this.seed = seed;
  }

  /** A pseudo-random value in [0, 1) for a lattice point. */
  double lattice(long x, long y) {
    long h = seed * 0x9E3779B97F4A7C15L + x * 0xC2B2AE3D27D4EB4FL + y * 0x165667B19E3779F9L;
    h ^= h >>> 33;
    h *= 0xFF51AFD7ED558CCDL;
    h ^= h >>> 33;
    h *= 0xC4CEB9FE1A85EC53L;
    h ^= h >>> 33;
    return (h >>> 11) * 0x1.0p-53;
  }

  /** Smooth noise in [0, 1), one feature per unit. */
  double value(double x, double y) {
    long x0 = (long) Math.floor(x);
    long y0 = (long) Math.floor(y);
    double fx = smooth(x - x0);
    double fy = smooth(y - y0);
    double a = lattice(x0, y0), b = lattice(x0 + 1, y0), c = lattice(x0, y0 + 1), d = lattice(x0 + 1, y0 + 1);
    return lerp(lerp(a, b, fx), lerp(c, d, fx), fy);
  }

  /** Fractal noise of {@code octaves} layers, in [0, 1). */
  double fbm(double x, double y, int octaves) {
    double sum = 0, amplitude = 0.5, total = 0;
    for (int i = 0; i < octaves; i++) {
      sum += amplitude * value(x, y);
      total += amplitude;
      x *= 2.03;
      y *= 2.03;
      amplitude *= 0.5;
    }
    return sum / total;
  }

  private static double smooth(double t) {
    return t * t * (3 - 2 * t);
  }

  static double lerp(double a, double b, double t) {
    return a + (b - a) * t;
  }
}
