package fi.retki.tools.content;

import java.util.Random;
import java.util.function.DoubleBinaryOperator;

/**
 * Shapes of the lunar surface pack that sit on its terrain: angular rocks, the bootprints laid
 * along a walk, the blocks thrown out around a crater's rim and the sample scoop. Shapes placed on
 * the ground take the terrain's height function and an origin, so that the model's local y
 * follows the ground wherever the object stands.
 */
final class LunarKit {
  private LunarKit() {}

  /**
   * An angular rock: a coarse sphere with every corner pushed in or out, its bottom sunk flat;
   * {@code tall} is its height over its width (about 0.5 for a slab, 0.9 for a block).
   */
  static Model rock(long seed, double size, double tall, int color) {
    Random random = new Random(seed);
    int rings = 5, segments = 8;
    double[][][] corner = new double[rings + 1][segments][];
    for (int r = 0; r <= rings; r++) {
      double polar = Math.PI * r / rings;
      for (int s = 0; s < segments; s++) {
        double azimuth = 2 * Math.PI * (s + (r % 2) * 0.5) / segments;
        double k = 0.78 + random.nextDouble() * 0.44;
        double y = Math.max(-0.2, Math.cos(polar) * tall + (random.nextDouble() - 0.5) * 0.15);
        corner[r][s] = new double[] {Math.sin(polar) * Math.sin(azimuth) * k * size, y * size,
            Math.sin(polar) * Math.cos(azimuth) * k * size * 0.85};
      }
    }
    Model model = new Model();
    Mesh mesh = model.part(Material.color("rock", color));
    Mat4 at = Mat4.rotateY(random.nextDouble() * 360).then(Mat4.translate(0, 0.2 * size, 0));
    for (int r = 0; r < rings; r++) {
      for (int s = 0; s < segments; s++) {
        int n = (s + 1) % segments;
        mesh.triangle(at, corner[r][s], corner[r + 1][s], corner[r + 1][n]);
        mesh.triangle(at, corner[r][s], corner[r + 1][n], corner[r][n]);
      }
    }
    return model;
  }

  /**
   * Bootprints at {@code (x, z, yaw)} (yaw as an object's: the toe points along local +z turned
   * by it), each a darker sole pressed into the dust with the ridges of its tread, placed on the
   * ground relative to the origin {@code (ox, oy, oz)}.
   */
  static Model bootprints(double[][] prints, DoubleBinaryOperator height, double ox, double oy, double oz) {
    Model model = new Model();
    Mesh sole = model.part(Material.color("bootprint", 0x5a5a58));
    Mesh tread = model.part(Material.color("tread", 0x6e6e6c));
    for (double[] p : prints) {
      double y = height.applyAsDouble(p[0], p[1]) - oy;
      Mat4 foot = Mat4.rotateY(p[2]).then(Mat4.translate(p[0] - ox, y, p[1] - oz));
      sole.sphere(Mat4.scale(0.08, 0.014, 0.17).then(foot), 3, 10);
      for (int i = 0; i < 7; i++) {
        double across = 0.11 * Math.sqrt(1 - Math.pow((i - 3) / 3.6, 2));
        tread.box(Mat4.translate(0, 0.008, -0.13 + i * 0.043).then(foot), across, 0.008, 0.012);
      }
    }
    return model;
  }

  /** Blocks of rock thrown out around a crater of {@code radius} at the origin, on the ground. */
  static Model rimBlocks(long seed, double radius, DoubleBinaryOperator height, double ox, double oy, double oz) {
    Random random = new Random(seed);
    Model model = new Model();
    Mesh light = model.part(Material.color("ejecta", 0x8c8c88));
    Mesh dark = model.part(Material.color("ejecta-dark", 0x6c6c6a));
    for (int i = 0; i < 26; i++) {
      double angle = random.nextDouble() * 2 * Math.PI;
      double at = i < 4 ? random.nextDouble() * 0.4 : 0.9 + random.nextDouble() * 0.45;
      double x = Math.sin(angle) * radius * at, z = Math.cos(angle) * radius * at;
      double size = 0.25 + random.nextDouble() * (i < 8 ? 0.9 : 0.45);
      double y = height.applyAsDouble(ox + x, oz + z) - oy;
      Mat4 place = Mat4.scale(size, size * (0.45 + random.nextDouble() * 0.3), size * (0.7 + random.nextDouble() * 0.5))
          .then(Mat4.rotateY(random.nextDouble() * 360)).then(Mat4.translate(x, y, z));
      (i % 3 == 0 ? dark : light).sphere(place, 3, 5);
    }
    return model;
  }

  /** A sample scoop pushed into the dust beside the little trench it dug and a fist-sized rock. */
  static Model scoop() {
    Model model = new Model();
    Mat4 tilt = Mat4.rotateX(35).then(Mat4.translate(0, -0.05, 0));
    model.part(Material.painted("scoop-handle", 0xc4c6c8)).cylinder(tilt, 0.018, 0.018, 0.95, 6);
    model.part(Material.painted("handle-grip", 0x2a2a2a)).cylinder(Mat4.translate(0, 0.8, 0).then(tilt), 0.026, 0.026,
        0.15, 6);
    model.part(Material.painted("scoop-head", 0xa8aaac)).box(Mat4.rotateX(20).then(Mat4.translate(0, -0.02, 0)),
        0.14, 0.05, 0.16);
    model.part(Material.color("trench", 0x4c4c4a)).box(Mat4.translate(0, -0.005, -0.3), 0.35, 0.012, 0.45);
    model.part(Material.color("spoil", 0x86868a)).sphere(Mat4.scale(0.2, 0.035, 0.12).then(Mat4.translate(0.28, 0, -0.3)),
        3, 6);
    model.part(Material.color("sample-rock", 0x5a5856)).sphere(Mat4.scale(0.08, 0.06, 0.07)
        .then(Mat4.translate(-0.25, 0.03, 0.1)), 3, 5);
    return model;
  }

  /**
   * Plains beyond the 200 m ground, out to {@code outer} metres: a flat square ring just below the
   * ground's edge, so that no panorama shows between the ground and the horizon. The east side,
   * towards the mare, is darker.
   */
  static Model farPlains(double inner, double outer, double y, int light, int dark) {
    Model model = new Model();
    Mesh lighter = model.part(Material.color("far-plains", light));
    Mesh darker = model.part(Material.color("far-mare", dark));
    for (int side = 0; side < 4; side++) {
      Mat4 turn = Mat4.rotateY(side * 90);
      Mesh mesh = side == 3 ? darker : lighter; // side 3 turns -z towards +x: the east
      mesh.quad(turn, new double[] {-inner, y, -inner}, new double[] {inner, y, -inner},
          new double[] {outer, y - 2, -outer}, new double[] {-outer, y - 2, -outer});
    }
    return model;
  }
}
