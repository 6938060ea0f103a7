package fi.retki.tools.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Where things stand on the lunar surface and where each point of interest is seen from. Every
 * point names the object it is about; its view stands a few of that object's sizes away and looks
 * at its middle.
 */
final class LunarSite {
  private final LunarSurfacePack pack;
  private final PackWriter out;

  LunarSite(LunarSurfacePack pack, PackWriter out) {
    this.pack = pack;
    this.out = out;
  }

  private double h(double x, double z) {
    return pack.height(x, z);
  }

  void place() {
    out.object("lander", out.model("lander", LunarCraft.lander()), 0, h(0, 0) - 0.1, 0, 270, 1);
    point("lander", "lander", 0, 2.8, 0, 10, 2.2, 7.5);

    // The first steps lead west from the ladder; the subject is the first few, the trail goes on.
    double[][] walk = walk(-3.9, 0.35, -0.95, -0.3, 22, 0.78, 23);
    double[][] first = java.util.Arrays.copyOfRange(walk, 0, 5);
    double[][] later = java.util.Arrays.copyOfRange(walk, 5, walk.length);
    placePrints("bootprints", first);
    placePrints("bootprint-trail", later);
    placePrints("bootprints-to-flag", walk(-3.2, -1.6, 0.05, -1, 9, 0.8, 24));
    double mx = (first[0][0] + first[first.length - 1][0]) / 2, mz = (first[0][1] + first[first.length - 1][1]) / 2;
    point("footprints", "bootprints", mx, h(mx, mz) + 0.3, mz, mx - 1.1, 1.6, mz + 1.1);

    double[] c = LunarSurfacePack.BIG_CRATER;
    out.object("crater", out.model("crater-rim", LunarKit.rimBlocks(25, c[2], pack::height, c[0], h(c[0], c[1]), c[1])),
        c[0], h(c[0], c[1]), c[1], 0, 1);
    point("crater", "crater", c[0], h(c[0], c[1]), c[1], c[0] + 20, 9, c[1] + 5);

    double fx = -3, fz = -9;
    out.object("flag", out.model("flag", LunarCraft.flag()), fx, h(fx, fz) - 0.15, fz, 45, 1);
    // The view looks north-west at the flag with Earth above it; its marker floats left of the pole.
    point("earth-in-sky", "flag", fx - 0.6, h(fx, fz) + 1.6, fz + 0.6, fx + 3.2, 0.9, fz + 3.2);

    double sx = 8, sz = -13;
    out.object("sample-scoop", out.model("sample-scoop", LunarKit.scoop()), sx, h(sx, sz), sz, 200, 1);
    point("regolith", "sample-scoop", sx, h(sx, sz) + 0.8, sz, sx + 0.6, 1.3, sz + 1.6);

    double rx = 20, rz = -24;
    out.object("rover", out.model("rover", LunarCraft.rover()), rx, h(rx, rz), rz, 120, 1);
    point("rover", "rover", rx, h(rx, rz) + 0.9, rz, rx + 5, 2, rz + 3.5);

    double bx = 46, bz = -20;
    out.object("mare-boulder", out.model("mare-boulder", LunarKit.rock(31, 1.5, 0.75, 0x55554f)), bx, h(bx, bz) - 0.1, bz, 0, 1);
    point("mare", "mare-boulder", bx, h(bx, bz) + 0.8, bz, bx - 4.3, 2, bz + 4.3);

    out.object("seismometer", out.model("seismometer", LunarCraft.seismometer()), -4, h(-4, 7), 7, 30, 1);
    out.object("far-plains", out.model("far-plains", LunarKit.farPlains(99, 450, -1.2, 0x767672, 0x5a5a58)), 0, 0, 0, 0, 1);
    rocks();
  }

  /** A point seen from an eye {@code eyeHeight} above the ground at {@code (ex, ez)}. */
  private void point(String id, String subject, double x, double y, double z, double ex, double eyeHeight, double ez) {
    out.poi(id, x, y, z, ex, h(ex, ez) + eyeHeight, ez);
    out.subject(id, subject);
  }

  /** Bootprints of a hopping walk: left and right, {@code step} apart, wandering a little. */
  private static double[][] walk(double x, double z, double dx, double dz, int steps, double step, long seed) {
    Random random = new Random(seed);
    double heading = Math.atan2(dx, dz);
    double[][] prints = new double[steps][];
    for (int i = 0; i < steps; i++) {
      double side = i % 2 == 0 ? 0.14 : -0.14;
      prints[i] = new double[] {x + Math.cos(heading) * side, z - Math.sin(heading) * side,
          Math.toDegrees(heading) + (random.nextDouble() - 0.5) * 12};
      heading += (random.nextDouble() - 0.5) * 0.12;
      x += Math.sin(heading) * step;
      z += Math.cos(heading) * step;
    }
    return prints;
  }

  private void placePrints(String id, double[][] prints) {
    double ox = prints[0][0], oz = prints[0][1], oy = h(ox, oz) + 0.005;
    out.object(id, out.model(id, LunarKit.bootprints(prints, pack::height, ox, oy, oz)), ox, oy, oz, 0, 1);
  }

  /** Stones, rocks and a few boulders, none on the paths and views of the points. */
  private void rocks() {
    Random random = new Random(24);
    int[] colours = {0x6e6e6b, 0x7c7c78, 0x5e5e5c};
    List<String> models = new ArrayList<>();
    for (int i = 0; i < 9; i++) {
      double size = i < 3 ? 0.25 : i < 6 ? 0.6 : 1.3;
      models.add(out.model("rock-" + (char) ('a' + i), LunarKit.rock(40 + i, size, 0.5 + (i % 4) * 0.12, colours[i % 3])));
    }
    double[][] clear = {{0, 0, 8}, {-6, 0, 5}, {-3, -7, 5}, {8, -12, 4}, {23, -22, 7}, {43, -18, 6}, {0, 20, 6}, {0, 30, 3}};
    int placed = 0;
    while (placed < 70) {
      double x = -90 + random.nextDouble() * 180, z = -90 + random.nextDouble() * 180;
      int kind = placed < 45 ? random.nextInt(3) : placed < 64 ? 3 + random.nextInt(3) : 6 + random.nextInt(3);
      boolean ok = true;
      for (double[] k : clear) {
        ok &= Math.hypot(x - k[0], z - k[1]) > k[2];
      }
      if (!ok) {
        continue;
      }
      double scale = 0.7 + random.nextDouble() * 0.6;
      out.object("rock-" + (++placed), models.get(kind), x, h(x, z) - 0.05 * scale, z, random.nextInt(360), scale);
    }
  }
}
