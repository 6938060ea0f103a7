package fi.retki.tools.content;

/**
 * The Moon's sky panorama: pure black with sparse, sharp stars (single texels, none near the sun),
 * a small white sun low in the east-south-east, and Earth as a disc of several degrees lit from
 * the sun's side (so it shows its phase), with a crisp, anti-aliased edge. Below the horizon the
 * panorama is dark regolith, so the edge of the 200 m ground meets the sky in a hard horizon.
 */
final class LunarSky {
  /** Where Earth hangs: yaw (as in a pose) and elevation, degrees. */
  static final double EARTH_YAW = 45;
  static final double EARTH_ELEVATION = 31;
  /** Earth spans about 2 degrees from the Moon; drawn at 7 so that a pupil notices it. */
  static final double EARTH_DIAMETER = 7;
  /** Where the sun is: yaw and elevation, degrees. Low, so that everything casts a long shadow. */
  static final double SUN_YAW = 254;
  static final double SUN_ELEVATION = 15;

  private static final double DU = 1.0 / 2048, DE = 2.0 / 1024;

  private final Noise noise = new Noise(29);
  private final double[] earth = direction(EARTH_YAW, EARTH_ELEVATION);
  private final double[] sun = direction(SUN_YAW, SUN_ELEVATION);
  private final double[] right;
  private final double[] up;

  LunarSky() {
    right = normalize(cross(earth, new double[] {0, 1, 0}));
    up = cross(right, earth);
  }

  /** A unit vector towards yaw and elevation (yaw 0 towards -z, 90 towards -x). */
  static double[] direction(double yawDegrees, double elevationDegrees) {
    double yaw = Math.toRadians(yawDegrees), el = Math.toRadians(elevationDegrees);
    return new double[] {-Math.sin(yaw) * Math.cos(el), Math.sin(el), -Math.cos(yaw) * Math.cos(el)};
  }

  /** The direction the sunlight travels, for the scene's lighting. */
  static double[] sunlight() {
    double[] s = direction(SUN_YAW, SUN_ELEVATION);
    return new double[] {-s[0], -s[1], -s[2]};
  }

  int rgb(double u, double e) {
    if (e < 0) {
      return Paint.mix(0x5c5c5a, 0x3a3a39, Math.min(1, -e * 6));
    }
    double[] d = direction(u * 360, e * 90);
    double toEarth = Math.toDegrees(Math.acos(Math.min(1, dot(d, earth))));
    if (toEarth < EARTH_DIAMETER / 2 + 0.5) {
      return earthPixel(u, e);
    }
    double toSun = Math.toDegrees(Math.acos(Math.min(1, dot(d, sun))));
    if (toSun < 3) {
      double glow = toSun < 0.9 ? 1 : Math.pow(1 - (toSun - 0.9) / 2.1, 3) * 0.5;
      return Paint.mix(0x000000, 0xffffff, glow);
    }
    return star(u, e, toSun);
  }

  /** One star in a few thousand texels, thinned towards the poles (texels there are smaller) and near the sun. */
  private int star(double u, double e, double toSun) {
    long x = (long) (u * 2048), y = (long) ((1 - e) * 512);
    double chance = 0.0011 * Math.cos(e * Math.PI / 2) * Paint.smoothstep(20, 45, toSun);
    double roll = noise.lattice(x, y);
    if (roll >= chance) {
      return 0x000000;
    }
    double bright = 0.45 + 0.55 * Math.pow(noise.lattice(x + 7919, y), 3);
    double tint = noise.lattice(x, y + 104729);
    int colour = tint < 0.2 ? 0xffd8b0 : tint > 0.85 ? 0xc8d8ff : 0xffffff;
    return Paint.shade(colour, bright);
  }

  /** Earth, 3x3 supersampled so that its edge is sharp but not jagged. */
  private int earthPixel(double u, double e) {
    double r = 0, g = 0, b = 0;
    for (int i = -1; i <= 1; i++) {
      for (int j = -1; j <= 1; j++) {
        int c = earthSample(direction((u + i * DU / 3) * 360, (e + j * DE / 3) * 90));
        r += (c >> 16) & 0xff;
        g += (c >> 8) & 0xff;
        b += c & 0xff;
      }
    }
    return Paint.rgb(r / 9, g / 9, b / 9);
  }

  private int earthSample(double[] d) {
    double radius = Math.sin(Math.toRadians(EARTH_DIAMETER / 2));
    double a = dot(d, right) / radius, c = dot(d, up) / radius;
    double rr = a * a + c * c;
    if (rr >= 1 || dot(d, earth) < 0) {
      return 0x000000;
    }
    double depth = Math.sqrt(1 - rr);
    double[] normal = {a * right[0] + c * up[0] - depth * earth[0], a * right[1] + c * up[1] - depth * earth[1],
        a * right[2] + c * up[2] - depth * earth[2]};
    double lit = Math.max(0, dot(normal, sun));
    // Surface features fixed on the globe: latitude and longitude on the side facing us.
    double lat = Math.asin(Math.max(-1, Math.min(1, c)));
    double lon = Math.atan2(a, depth);
    double land = noise.fbm(lon * 2.2 + 11, lat * 2.2 + 5, 5);
    double cloud = noise.fbm(lon * 3 + 40, lat * 6 + 17, 5);
    int surface = land > 0.56 ? Paint.mix(0x5b7b3c, 0xb49a64, Paint.smoothstep(0.56, 0.7, land)) : 0x1d4fa6;
    if (Math.abs(lat) > 1.2) {
      surface = 0xf0f4f8; // the polar ice
    }
    surface = Paint.mix(surface, 0xf6f6f6, Paint.smoothstep(0.5, 0.64, cloud));
    double shade = 0.03 + 0.97 * Math.min(1, lit * 1.6);
    return Paint.shade(surface, shade);
  }

  private static double dot(double[] a, double[] b) {
    return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
  }

  private static double[] cross(double[] a, double[] b) {
    return new double[] {a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]};
  }

  private static double[] normalize(double[] v) {
    double l = Math.sqrt(dot(v, v));
    return new double[] {v[0] / l, v[1] / l, v[2] / l};
  }
}
