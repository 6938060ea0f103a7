package fi.retki.tools.content;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The Apollo 11 landing site in the Sea of Tranquility: the Eagle lander, a flag, bootprints, a
 * lunar rover (from the later missions), craters, a dark mare and Earth in a black sky.
 */
final class LunarSurfacePack implements PackDesign {
  /*
   * The ground is grey regolith (about #7a7a78, darker on the mare to the east), never white: the
   * sun is low (15 degrees) and strong, with almost no ambient light (there is no air to scatter
   * it), so rocks and crater rims cast long, hard shadows. Craters of 2.5 m and more are in the
   * height field (1.6 m cells); smaller ones are painted into the ground texture, their sun-side
   * wall dark. The tour runs lander, bootprints (west), crater (west), flag under Earth (north),
   * sample scoop, rover and the mare boulder (east): the order of the texts file.
   */
  static final int GROUND_CELLS = 128;
  /** The big crater of the crater point: centre x, z, radius, depth. */
  static final double[] BIG_CRATER = {-32, -14, 11, 2.8};

  private final Noise noise = new Noise(21);
  private final LunarSky sky = new LunarSky();
  private final double[][] craters;
  private final double[] sunX;

  LunarSurfacePack() {
    Random random = new Random(22);
    List<double[]> list = new ArrayList<>();
    list.add(BIG_CRATER);
    list.add(new double[] {35, 32, 9, 2.2});
    list.add(new double[] {-8, -52, 7, 1.8});
    list.add(new double[] {60, 30, 6, 1.5});
    double[][] keepClear = {{0, 0, 9}, {-5, 2.5, 5}, {-3, -9, 6}, {10, -14, 5}, {22, -24, 6}, {46, -20, 6}, {0, 30, 6},
        {BIG_CRATER[0], BIG_CRATER[1], 22}};
    while (list.size() < 44) {
      double x = -95 + random.nextDouble() * 190, z = -95 + random.nextDouble() * 190;
      double r = 2.5 + Math.pow(random.nextDouble(), 2) * 5;
      boolean clear = true;
      for (double[] k : keepClear) {
        clear &= Math.hypot(x - k[0], z - k[1]) > k[2] + r * 1.3;
      }
      if (clear) {
        list.add(new double[] {x, z, r, r * 0.32});
      }
    }
    craters = list.toArray(new double[0][]);
    double[] toSun = LunarSky.direction(LunarSky.SUN_YAW, 0);
    sunX = new double[] {toSun[0], toSun[2]};
  }

  @Override
  public String id() {
    return "lunar-surface";
  }

  double height(double x, double z) {
    double h = (noise.fbm(x / 40, z / 40, 4) - 0.5) * 1.6;
    for (double[] c : craters) {
      double d = Math.hypot(x - c[0], z - c[1]) / c[2];
      if (d < 1) {
        h -= c[3] * (1 - d * d);
      }
      h += c[3] * 0.3 * Math.exp(-Math.pow((d - 1) / 0.2, 2));
    }
    return h;
  }

  /** 0 on the lighter ground of the landing site, 1 on the dark mare (to the east). */
  private double mare(double x, double z) {
    return Paint.smoothstep(36, 50, x + (noise.fbm(x / 30, z / 30, 3) - 0.5) * 24);
  }

  private int regolith(double x, double z) {
    double grain = noise.fbm(x * 1.3, z * 1.3, 5);
    double speck = noise.lattice(Math.round(x * 10), Math.round(z * 10));
    int site = Paint.mix(0x74746f, 0x8a8a86, grain);
    int mare = Paint.mix(0x50504e, 0x60605c, grain);
    int base = Paint.mix(site, mare, mare(x, z));
    double shade = 0.96 + speck * 0.08;
    for (double[] c : craters) {
      double dx = x - c[0], dz = z - c[1], reach = 1.8 * c[2];
      if (Math.abs(dx) > reach || Math.abs(dz) > reach) {
        continue; // most craters are far from most texels: skip the square root
      }
      double d = Math.sqrt(dx * dx + dz * dz) / c[2];
      if (d > 1 && d < 1.8) {
        shade += 0.06 * (1.8 - d) / 0.8; // fresher, brighter dust thrown out around the rim
      }
    }
    shade *= smallCraters(x, z);
    return Paint.shade(base, Math.max(0.55, Math.min(1.12, shade)));
  }

  /** Craters too small for the height field: at most one per 3 m cell, its sun-side inner wall in shadow. */
  private double smallCraters(double x, double z) {
    double shade = 1;
    long cx = (long) Math.floor(x / 3), cz = (long) Math.floor(z / 3);
    for (long i = cx - 1; i <= cx + 1; i++) {
      for (long j = cz - 1; j <= cz + 1; j++) {
        if (noise.lattice(i, j) > 0.22) {
          continue;
        }
        double r = 0.25 + Math.pow(noise.lattice(i + 31, j), 2) * 1.1;
        double px = (i + 0.2 + 0.6 * noise.lattice(i, j + 57)) * 3, pz = (j + 0.2 + 0.6 * noise.lattice(i + 91, j)) * 3;
        double dx = (x - px) / r, dz = (z - pz) / r, d = Math.sqrt(dx * dx + dz * dz);
        if (d < 1) {
          double towardsSun = dx * sunX[0] + dz * sunX[1];
          shade *= 0.9 - 0.25 * Math.max(0, towardsSun) + 0.12 * Math.max(0, -towardsSun);
        } else if (d < 1.25) {
          shade *= 1.06;
        }
      }
    }
    return shade;
  }

  @Override
  public void build(PackWriter out) {
    out.start(0, 1.6, 30, 0, -3);
    double[] light = LunarSky.sunlight();
    out.lighting(light[0], light[1], light[2], "#ffffff", 4.5, "#b0b4c0", 0.05);
    out.exposure(-0.5);
    out.sky(Kit.sky(sky::rgb));
    byte[] ground = Paint.jpeg(Kit.GROUND_TEXTURE, Kit.GROUND_TEXTURE,
        (u, v) -> regolith(u * Kit.GROUND_SIZE - Kit.GROUND_SIZE / 2, v * Kit.GROUND_SIZE - Kit.GROUND_SIZE / 2));
    Model groundModel = new Model();
    groundModel.part(Material.textured("regolith", ground, "image/jpeg"))
        .heightField(Kit.GROUND_SIZE, GROUND_CELLS, this::height);
    out.ground(groundModel);
    out.thumbnail(thumbnail());
    new LunarSite(this, out).place();
  }

  private static byte[] thumbnail() {
    return Kit.thumbnail(0x000000, 0x000000, g -> {
      g.setColor(Color.WHITE);
      Random stars = new Random(23);
      for (int i = 0; i < 90; i++) {
        g.fillRect(stars.nextInt(512), stars.nextInt(170), 1, 1);
      }
      g.setColor(new Color(0x1d4fa6));
      g.fillOval(370, 30, 64, 64);
      g.setColor(new Color(0xf2f2f2));
      g.fillOval(384, 42, 26, 14);
      g.setColor(new Color(0x5b7b3c));
      g.fillOval(396, 62, 20, 16);
      g.setColor(new Color(0x7c7c78));
      g.fillRect(0, 190, 512, 98);
      g.setColor(new Color(0x5c5c59));
      g.fillOval(50, 222, 160, 36);
      g.setColor(new Color(0x2a2a28));
      g.fillPolygon(new int[] {300, 380, 420, 320}, new int[] {196, 196, 212, 212}, 4);
      g.setColor(new Color(0xd4a017));
      g.fillRect(236, 150, 60, 40);
      g.setColor(new Color(0xbdbdbd));
      g.fillPolygon(new int[] {246, 286, 292, 240}, new int[] {150, 150, 118, 118}, 4);
      g.setColor(new Color(0x555555));
      g.drawLine(236, 190, 220, 214);
      g.drawLine(296, 190, 312, 214);
    });
  }
}
