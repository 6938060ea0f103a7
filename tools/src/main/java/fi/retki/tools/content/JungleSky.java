package fi.retki.tools.content;

/**
 * The rainforest's sky panorama: a humid, hazy sky over a wall of forest that rises well above the
 * horizon all the way round, two rows of crowns (the far one paler in the mist), so that whatever
 * lies past the ground's edge reads as more forest.
 */
final class JungleSky {
  private JungleSky() {}

  static byte[] sky(Noise noise) {
    return Kit.sky((u, e) -> {
      double far = treeline(noise, u, 0.2, 90, 3);
      double near = treeline(noise, u, 0.12, 55, 7);
      double mist = noise.fbm(u * 30, e * 12, 3);
      if (e < near) {
        double leaf = noise.fbm(u * 300, e * 60, 4);
        int green = Paint.mix(0x1d3319, 0x2f4c27, leaf);
        return Paint.mix(green, 0x5f7560, Paint.smoothstep(-0.05, near, e) * 0.35 + mist * 0.1);
      }
      if (e < far) {
        double leaf = noise.fbm(u * 200 + 9, e * 40, 4);
        return Paint.mix(Paint.mix(0x4d6448, 0x5f7658, leaf), 0x9aa898, Paint.smoothstep(near, far, e) * 0.3);
      }
      int sky = Paint.mix(0xc4cfc0, 0x9db4c2, Math.pow(Math.max(0, (e - far) / (1 - far)), 0.7));
      double cloud = noise.fbm(u * 18, e * 5, 4);
      return Paint.mix(sky, 0xe2e6dc, Paint.smoothstep(0.5, 0.75, cloud) * 0.6);
    });
  }

  /** The height (elevation, 0..1 is up to the zenith) of a row of rounded crowns at azimuth {@code u}. */
  private static double treeline(Noise noise, double u, double base, int crowns, long seed) {
    double x = u * crowns;
    double cell = x - Math.floor(x);
    double size = 0.4 + 0.6 * noise.lattice((long) Math.floor(x), seed);
    double bump = Math.sqrt(Math.max(0, 1 - Math.pow(2 * cell - 1, 2))) * 0.05 * size;
    return base + bump + (noise.fbm(u * 12, seed, 3) - 0.5) * 0.08;
  }
}
