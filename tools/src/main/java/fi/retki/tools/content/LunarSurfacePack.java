package fi.retki.tools.content;

import java.awt.Color;
import java.util.Random;

/**
 * The Apollo 11 landing site in the Sea of Tranquility: the Eagle lander, a flag, bootprints, a
 * lunar rover (from the later missions), craters, a dark mare and Earth in a black sky.
 */
final class LunarSurfacePack implements PackDesign {
  /** Where Earth hangs: yaw (as in a pose) and elevation, degrees. */
  static final double EARTH_YAW = 20;
  static final double EARTH_ELEVATION = 25;
  /** Earth spans about 2 degrees from the Moon; drawn at 4 so that it reads on the low tier too. */
  static final double EARTH_DIAMETER = 4;

  private final Noise noise = new Noise(21);
  private final double[][] craters;

  LunarSurfacePack() {
    Random random = new Random(22);
    craters = new double[40][];
    craters[0] = new double[] {-30, -25, 14, 3.5};
    craters[1] = new double[] {35, 40, 9, 2.2};
    for (int i = 2; i < craters.length; i++) {
      double x = -95 + random.nextDouble() * 190, z = -95 + random.nextDouble() * 190;
      if (Math.hypot(x, z - 10) < 25) {
        x += 40;
      }
      double r = 1.5 + random.nextDouble() * 5;
      craters[i] = new double[] {x, z, r, r * 0.25};
    }
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
      h += c[3] * 0.35 * Math.exp(-Math.pow((d - 1) / 0.18, 2));
    }
    return h;
  }

  /** 0 on the bright highland, 1 on the dark mare (to the east). */
  private double mare(double x, double z) {
    return Paint.smoothstep(25, 45, x + (noise.fbm(x / 30, z / 30, 3) - 0.5) * 30);
  }

  @Override
  public void build(PackWriter out) {
    out.start(0, 1.6, 30, 0, -4);
    out.sky(Kit.sky(this::sky));
    out.ground(Kit.ground(this::height, (x, z) -> {
      double grain = noise.fbm(x * 1.3, z * 1.3, 5);
      int highland = Paint.mix(0x8e8e8a, 0xb4b3ae, grain);
      int dark = Paint.mix(0x4e4e4c, 0x6a6a66, grain);
      int base = Paint.mix(highland, dark, mare(x, z));
      double shade = 1;
      for (double[] c : craters) {
        double d = Math.hypot(x - c[0], z - c[1]) / c[2];
        if (d < 1) {
          shade -= 0.25 * (1 - d) * Math.max(0, (x - c[0]) / c[2] + 0.3);
        } else if (d < 1.3) {
          shade += 0.12 * (1.3 - d) / 0.3;
        }
      }
      return Paint.shade(base, Math.max(0.5, Math.min(1.25, shade)));
    }));
    out.thumbnail(Kit.thumbnail(0x000000, 0x101014, g -> {
      g.setColor(Color.WHITE);
      Random stars = new Random(23);
      for (int i = 0; i < 120; i++) {
        g.fillRect(stars.nextInt(512), stars.nextInt(170), 1, 1);
      }
      g.setColor(new Color(0x2b6cc4));
      g.fillOval(380, 30, 60, 60);
      g.setColor(new Color(0xf2f2f2));
      g.fillOval(392, 40, 24, 14);
      g.setColor(new Color(0x9a9a96));
      g.fillRect(0, 190, 512, 98);
      g.setColor(new Color(0x6a6a66));
      g.fillOval(60, 220, 150, 36);
      g.setColor(new Color(0xd4a017));
      g.fillRect(236, 150, 60, 40);
      g.setColor(new Color(0xbdbdbd));
      g.fillPolygon(new int[] {246, 286, 292, 240}, new int[] {150, 150, 118, 118}, 4);
      g.setColor(new Color(0x555555));
      g.drawLine(236, 190, 220, 214);
      g.drawLine(296, 190, 312, 214);
    }));

    double[] site = {0, 0};
    String lander = out.model("lander", lander());
    out.object("lander", lander, site[0], height(0, 0) - 0.1, site[1], 15, 1);
    out.poi("lander", 0, 3.5, 0, 9, 2.4, 11);
    String flag = out.model("flag", flag());
    out.object("flag", flag, 5, height(5, -4), -4, 200, 1);

    String prints = out.model("bootprint-pair", bootprints());
    double[][] trail = {{2.5, 3}, {3.6, 4.6}, {4.8, 6.1}, {6.0, 7.7}, {7.3, 9.1}, {8.7, 10.2}, {10.2, 11.0}};
    for (int i = 0; i < trail.length; i++) {
      double x = trail[i][0], z = trail[i][1];
      out.object("bootprints-" + (i + 1), prints, x, height(x, z) + 0.01, z, 215 + i * 4, 1);
    }
    out.poi("footprints", 6, height(6, 7.7), 7.7, 8, 1.7 + height(8, 12), 12);

    out.poi("crater", -30, height(-30, -25), -25, -17, 3 + height(-17, -12), -12);

    double earthYaw = Math.toRadians(EARTH_YAW), earthUp = Math.toRadians(EARTH_ELEVATION);
    double far = 500;
    out.poi("earth-in-sky", -Math.sin(earthYaw) * Math.cos(earthUp) * far, Math.sin(earthUp) * far,
        -Math.cos(earthYaw) * Math.cos(earthUp) * far, 0, 1.6, 30);

    out.poi("regolith", 2, height(2, 22), 22, 2.6, 1.5 + height(2.6, 24.5), 24.5);

    String rover = out.model("rover", rover());
    out.object("rover", rover, 16, height(16, -10), -10, 120, 1);
    out.poi("rover", 16, 1, -10, 22, 2.2 + height(22, -3), -3);

    out.poi("mare", 60, height(60, -5), -5, 32, 4 + height(32, 6), 6);

    Random random = new Random(24);
    String[] rocks = {out.model("rock-a", Kit.rock(25, 0.6, 0x8a8a86)), out.model("rock-b", Kit.rock(26, 1.1, 0x7a7a76))};
    for (int i = 0; i < 10; i++) {
      double x = -40 + random.nextDouble() * 80, z = -40 + random.nextDouble() * 70;
      out.object("rock-" + (i + 1), rocks[i % 2], x, height(x, z), z, random.nextInt(360), 0.6 + random.nextDouble());
    }
    String experiment = out.model("seismometer", seismometer());
    out.object("seismometer", experiment, -6, height(-6, 4), 4, 30, 1);
  }

  private int sky(double u, double e) {
    if (e < 0) {
      return 0x222222;
    }
    // Earth: a disc, lit from the side of the sun, with white clouds over blue oceans and land.
    double yaw = u * 360;
    double dy = (yaw - EARTH_YAW) * Math.cos(Math.toRadians(EARTH_ELEVATION));
    double de = e * 90 - EARTH_ELEVATION;
    double r = Math.hypot(dy, de) / (EARTH_DIAMETER / 2);
    if (r < 1) {
      double land = noise.fbm(dy * 2 + 40, de * 2, 4);
      double cloud = noise.fbm(dy * 3 + 90, de * 5, 4);
      int surface = land > 0.55 ? Paint.mix(0x4f7a3a, 0x9a8a5a, land) : 0x1f5fbf;
      surface = Paint.mix(surface, 0xf4f4f4, Paint.smoothstep(0.5, 0.7, cloud));
      double lit = Paint.smoothstep(-0.3, 0.3, dy / (EARTH_DIAMETER / 2) + 0.2);
      return Paint.shade(surface, 0.08 + 0.92 * lit * Math.sqrt(1 - r * r * 0.6));
    }
    double star = noise.lattice((long) (u * 4096), (long) (e * 2048));
    if (star > 0.9975) {
      return Paint.rgb(255 * (star - 0.99) * 100, 255 * (star - 0.99) * 100, 255 * (star - 0.99) * 110);
    }
    return 0x000000;
  }

  private static Model lander() {
    Noise foil = new Noise(27);
    byte[] texture = Kit.texture(1024, (u, v) -> {
      double crinkle = foil.fbm(u * 30, v * 30, 4);
      return Paint.mix(0xb8860b, 0xffd75e, Paint.smoothstep(0.3, 0.75, crinkle));
    });
    Model model = new Model();
    Material gold = Material.textured("gold-foil", texture, "image/jpeg");
    model.part(gold).cylinder(Mat4.translate(0, 1.5, 0), 2.1, 2.1, 1.6, 8);
    Mesh legs = model.part(Material.metal("legs", 0xc8c8c8));
    Mesh pads = model.part(Material.metal("footpads", 0xa0a0a0));
    for (int i = 0; i < 4; i++) {
      Mat4 around = Mat4.rotateY(i * 90 + 45);
      legs.cylinder(Mat4.rotateX(35).then(Mat4.translate(0, 0.25, 2.9)).then(around), 0.09, 0.09, 1.9, 5);
      pads.cylinder(Mat4.translate(0, 0, 3.6).then(around), 0.45, 0.4, 0.15, 8);
    }
    Mesh ascent = model.part(Material.metal("ascent-stage", 0xb4b6b8));
    ascent.box(Mat4.translate(0, 3.1, 0), 2.6, 1.5, 2.2);
    ascent.box(Mat4.rotateY(45).then(Mat4.translate(0, 4.6, 0)), 1.5, 0.7, 1.5);
    model.part(Material.color("windows", 0x202428)).box(Mat4.translate(0, 3.7, 1.1), 1.4, 0.5, 0.05);
    model.part(Material.color("dark-panels", 0x2a2a2a)).box(Mat4.translate(-1.3, 3.2, 0), 0.05, 1.1, 1.6);
    model.part(Material.metal("antenna", 0xdedede)).cylinder(Mat4.rotateX(-30).then(Mat4.translate(0.8, 5.1, -0.6)), 0.5, 0.02, 0.3, 10);
    model.part(Material.color("ladder", 0xa8a8a8)).box(Mat4.rotateX(-35).then(Mat4.translate(0, 0.3, 2.9)), 0.6, 2.2, 0.06);
    return model;
  }

  private static Model flag() {
    Model model = new Model();
    model.part(Material.metal("pole", 0xd8d8d8)).cylinder(Mat4.identity(), 0.02, 0.02, 2.4, 5);
    model.part(Material.metal("bar", 0xd8d8d8)).cylinder(Mat4.rotateZ(-90).then(Mat4.translate(0, 2.35, 0)), 0.015, 0.015, 1.5, 5);
    Mesh white = model.part(Material.color("flag-white", 0xf2f2f2).twoSided());
    Mesh red = model.part(Material.color("flag-red", 0xb22234).twoSided());
    for (int i = 0; i < 7; i++) {
      double y0 = 2.35 - i * 0.13;
      (i % 2 == 0 ? red : white).quad(Mat4.identity(), new double[] {0.03, y0 - 0.13, 0}, new double[] {1.5, y0 - 0.13, 0},
          new double[] {1.5, y0, 0}, new double[] {0.03, y0, 0});
    }
    model.part(Material.color("flag-blue", 0x3c3b6e).twoSided()).quad(Mat4.translate(0, 0, 0.002),
        new double[] {0.03, 1.87, 0}, new double[] {0.65, 1.87, 0}, new double[] {0.65, 2.35, 0}, new double[] {0.03, 2.35, 0});
    return model;
  }

  private static Model bootprints() {
    Model model = new Model();
    Mesh print = model.part(Material.color("bootprint", 0x55554f));
    Mesh treads = model.part(Material.color("tread", 0x3e3e3a));
    for (int side = -1; side <= 1; side += 2) {
      Mat4 foot = Mat4.translate(side * 0.15, 0, side * 0.2);
      print.box(foot, 0.14, 0.012, 0.32);
      for (int i = 0; i < 5; i++) {
        treads.box(Mat4.translate(0, 0.012, -0.12 + i * 0.06).then(foot), 0.12, 0.004, 0.015);
      }
    }
    return model;
  }

  private static Model rover() {
    Model model = new Model();
    Mesh frame = model.part(Material.metal("chassis", 0xb0b0b0));
    frame.box(Mat4.translate(0, 0.7, 0), 1.8, 0.15, 3.0);
    Mesh wheels = model.part(Material.color("wire-wheels", 0x6e6a60));
    Mesh fenders = model.part(Material.color("fenders", 0x8fa6b8));
    for (int i = 0; i < 4; i++) {
      double x = i < 2 ? 1.0 : -1.0, z = i % 2 == 0 ? 1.1 : -1.1;
      wheels.cylinder(Mat4.rotateZ(90).then(Mat4.translate(x + (x > 0 ? 0.12 : 0.12), 0.41, z)), 0.41, 0.41, 0.24, 10);
      fenders.box(Mat4.translate(x, 0.85, z), 0.3, 0.05, 0.95);
    }
    Mesh seats = model.part(Material.color("seats", 0x3a3a40));
    seats.box(Mat4.translate(0.4, 0.78, 0.1), 0.5, 0.1, 0.5);
    seats.box(Mat4.translate(-0.4, 0.78, 0.1), 0.5, 0.1, 0.5);
    seats.box(Mat4.translate(0.4, 0.88, -0.15), 0.5, 0.5, 0.06);
    seats.box(Mat4.translate(-0.4, 0.88, -0.15), 0.5, 0.5, 0.06);
    model.part(Material.color("console", 0x2a2a2a)).box(Mat4.translate(0, 0.78, 0.8), 0.6, 0.5, 0.2);
    model.part(Material.metal("mast", 0xd0d0d0)).cylinder(Mat4.translate(0, 0.78, 1.3), 0.03, 0.03, 1.1, 5);
    model.part(Material.metal("dish", 0xeeeeee).twoSided()).cylinder(Mat4.rotateX(-60).then(Mat4.translate(0, 1.9, 1.3)), 0.5, 0.02, 0.25, 12);
    return model;
  }

  private static Model seismometer() {
    Model model = new Model();
    model.part(Material.metal("body", 0xc9c9c9)).box(Mat4.identity(), 0.6, 0.45, 0.6);
    model.part(Material.color("solar-panels", 0x1d2a5c).twoSided()).box(Mat4.translate(0, 0.45, 0), 2.2, 0.03, 0.5);
    model.part(Material.textured("gold", Kit.texture(64, (u, v) -> 0xd4a017), "image/jpeg"))
        .cylinder(Mat4.translate(0, 0.48, 0), 0.12, 0.1, 0.2, 8);
    return model;
  }
}
