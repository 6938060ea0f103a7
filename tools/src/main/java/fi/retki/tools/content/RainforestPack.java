package fi.retki.tools.content;

import java.awt.Color;
import java.util.Random;

/**
 * The rainforest: the layers from the emergent kapok tree over the canopy and understory down to
 * the forest floor, a river, a sloth, a poison dart frog and a toucan.
 */
final class RainforestPack implements PackDesign {
  private static final int BARK = 0x6b5a45;
  private static final int LEAF = 0x2f6b2a;
  private final Noise noise = new Noise(11);

  @Override
  public String id() {
    return "rainforest";
  }

  /** The river winds along z = 22 + 6 sin(x / 17). */
  static double riverCentre(double x) {
    return 22 + 6 * Math.sin(x / 17);
  }

  double height(double x, double z) {
    double river = Math.abs(z - riverCentre(x));
    double bank = river < 5 ? -1.2 * (1 - river / 5) : 0;
    double far = Math.max(0, Math.hypot(x, z) - 70) * 0.08;
    return bank + far + (noise.fbm(x / 25, z / 25, 3) - 0.5) * 0.8;
  }

  @Override
  public void build(PackWriter out) {
    out.start(0, 1.6, 45, 0, 2);
    out.sky(Kit.sky((u, e) -> {
      int base = Kit.gradient(e, 0xcfe3d2, 0x6fa8dc, 0x2d4a22);
      double cloud = e > 0 ? noise.fbm(u * 24, e * 6, 4) : 0;
      return Paint.mix(base, 0xf4f6f2, Paint.smoothstep(0.55, 0.75, cloud) * 0.8);
    }));
    out.ground(Kit.ground(this::height, (x, z) -> {
      double river = Math.abs(z - riverCentre(x));
      double litter = noise.fbm(x / 3, z / 3, 5);
      int soil = Paint.mix(0x4a3826, 0x6b5a2e, litter);
      int leaves = Paint.mix(soil, 0x7a5c2a, Paint.smoothstep(0.55, 0.7, noise.fbm(x * 1.7, z * 1.7, 3)));
      int moss = Paint.mix(leaves, 0x3d6b2a, Paint.smoothstep(0.5, 0.8, noise.fbm(x / 9 + 7, z / 9, 4)) * 0.7);
      if (river < 4) {
        return Paint.mix(0x3f7f8c, 0x2a5a66, noise.fbm(x, z * 3, 3));
      }
      return river < 5.5 ? Paint.mix(0x6b5a3e, moss, (river - 4) / 1.5) : moss;
    }));
    out.thumbnail(Kit.thumbnail(0x6fa8dc, 0xcfe3d2, g -> {
      g.setColor(new Color(0x1f4a1c));
      g.fillRect(0, 150, 512, 138);
      for (int i = 0; i < 9; i++) {
        g.setColor(new Color(i % 2 == 0 ? 0x2f6b2a : 0x3f7f35));
        g.fillOval(i * 60 - 30, 90 + (i % 3) * 15, 110, 80);
      }
      g.setColor(new Color(BARK));
      g.fillRect(240, 60, 22, 190);
      g.setColor(new Color(0x2a5a22));
      g.fillOval(170, 20, 170, 70);
      g.setColor(new Color(0x3f7f8c));
      g.fillRect(0, 250, 512, 38);
      g.setColor(new Color(0x1e6fd9));
      g.fillOval(120, 232, 16, 12);
    }));

    String kapok = out.model("kapok", kapok());
    out.object("kapok", kapok, 0, height(0, -10), -10, 0, 1);
    out.poi("kapok-tree", 0, 8, -10, 4, 3, 8);

    Random random = new Random(12);
    String[] canopy = {out.model("canopy-tree-a", Kit.roundTree(21, 26, 9, BARK, LEAF)),
        out.model("canopy-tree-b", Kit.roundTree(22, 30, 11, 0x5a4a38, 0x3a7a30))};
    double[][] canopySpots = {{-25, -20}, {22, -28}, {-30, 8}, {30, 0}, {-12, -40}, {14, -45}, {40, -20},
        {-42, -15}, {-20, 38}, {25, 40}, {-45, 30}, {48, 25}, {5, -60}, {-8, 60}};
    for (int i = 0; i < canopySpots.length; i++) {
      double x = canopySpots[i][0], z = canopySpots[i][1];
      out.object("canopy-tree-" + (i + 1), canopy[i % 2], x, height(x, z), z, random.nextInt(360),
          0.9 + random.nextDouble() * 0.3);
    }
    out.poi("canopy", 22, 27, -28, 10, 24, -8);

    String palm = out.model("palm", Kit.fan(31, 5, 9, 3.2, 0x6b5a3a, 0x3f8a35));
    String fern = out.model("fern", Kit.fan(32, 0.1, 11, 1.6, 0x3f6b2a, 0x4f9a3a));
    for (int i = 0; i < 12; i++) {
      double x = -40 + random.nextDouble() * 80, z = -35 + random.nextDouble() * 45;
      out.object("palm-" + (i + 1), palm, x, height(x, z), z, random.nextInt(360), 0.7 + random.nextDouble() * 0.6);
    }
    for (int i = 0; i < 16; i++) {
      double x = -30 + random.nextDouble() * 60, z = -20 + random.nextDouble() * 34;
      out.object("fern-" + (i + 1), fern, x, height(x, z), z, random.nextInt(360), 0.8 + random.nextDouble() * 0.6);
    }
    out.poi("understory", -12, 2.5, -4, -6, 1.8, 6);
    String log = out.model("fallen-log", fallenLog());
    out.object("fallen-log", log, 6, height(6, 2), 2, 30, 1);
    out.poi("forest-floor", 6, 0.3, 2, 8, 1.4, 7);

    String water = out.model("river", river());
    out.object("river", water, 0, 0, 0, 0, 1);
    out.poi("river", 18, -0.5, riverCentre(18), 14, 2.2, 32);

    String sloth = out.model("sloth", sloth());
    out.object("sloth", sloth, -25, 17, -20, 90, 1);
    out.poi("sloth", -25, 16.5, -20, -18, 15, -12);

    String frog = out.model("poison-dart-frog", frog());
    out.object("poison-dart-frog", frog, -4, height(-4, 10) + 0.05, 10, 200, 1);
    out.poi("poison-dart-frog", -4, height(-4, 10) + 0.05, 10, -3.2, height(-4, 10) + 0.9, 11.6);

    String toucan = out.model("toucan", toucan());
    out.object("toucan", toucan, 3.5, 23, -10, 250, 1);
  }

  private static Model kapok() {
    Noise bark = new Noise(41);
    byte[] texture = Kit.texture(1024, (u, v) -> {
      double grain = bark.fbm(u * 8, v * 40, 4);
      return Paint.mix(0x8a7a66, 0x5a4a3a, Paint.smoothstep(0.35, 0.7, grain));
    });
    Model model = new Model();
    Material trunk = Material.textured("kapok-bark", texture, "image/jpeg");
    model.part(trunk).cylinder(Mat4.identity(), 1.6, 1.0, 34, 10);
    Mesh roots = model.part(trunk);
    for (int i = 0; i < 6; i++) {
      Mat4 at = Mat4.rotateY(i * 60 + 15);
      roots.triangle(at, new double[] {0, 0, 1.2}, new double[] {0, 0, 5}, new double[] {0, 5, 1.2});
      roots.triangle(at, new double[] {0, 0, 1.2}, new double[] {0, 5, 1.2}, new double[] {0, 0, 5});
    }
    Mesh branches = model.part(Material.color("branch", BARK));
    for (int i = 0; i < 5; i++) {
      branches.cylinder(Mat4.rotateZ(55).then(Mat4.rotateY(i * 72)).then(Mat4.translate(0, 31, 0)), 0.5, 0.3, 9, 6);
    }
    Mesh crown = model.part(Material.color("kapok-leaves", 0x3d7a2f));
    crown.sphere(Mat4.scale(16, 4, 16).then(Mat4.translate(0, 38, 0)), 5, 10);
    Mesh shade = model.part(Material.color("kapok-leaves-shade", 0x2d5e24));
    for (int i = 0; i < 4; i++) {
      shade.sphere(Mat4.scale(7, 3.2, 7).then(Mat4.translate(9, 37, 0)).then(Mat4.rotateY(i * 90 + 20)), 4, 8);
    }
    return model;
  }

  private static Model fallenLog() {
    Model model = new Model();
    model.part(Material.color("log", 0x5a4633)).cylinder(Mat4.rotateZ(90).then(Mat4.translate(3, 0.45, 0)), 0.5, 0.45, 6, 8);
    model.part(Material.color("fungus", 0xd9a441)).sphere(Mat4.scale(0.25, 0.08, 0.25).then(Mat4.translate(0.5, 0.95, 0.2)), 3, 6);
    model.part(Material.color("moss", 0x4f8a35)).sphere(Mat4.scale(1.2, 0.2, 0.5).then(Mat4.translate(-1, 0.85, 0)), 3, 6);
    return model;
  }

  private static Model river() {
    Model model = new Model();
    Mesh water = model.part(new Material("water", 0.12f, 0.35f, 0.42f, 1f, 0f, 0.1f, null, null, false));
    for (double x = -100; x < 100; x += 5) {
      double z0 = riverCentre(x), z1 = riverCentre(x + 5);
      water.quad(Mat4.identity(), new double[] {x, -0.45, z0 + 4}, new double[] {x + 5, -0.45, z1 + 4},
          new double[] {x + 5, -0.45, z1 - 4}, new double[] {x, -0.45, z0 - 4});
    }
    return model;
  }

  private static Model sloth() {
    Model model = new Model();
    Material fur = Material.color("fur", 0x8a7a5a);
    model.part(fur).sphere(Mat4.scale(0.35, 0.25, 0.3).then(Mat4.translate(0, -0.35, 0)), 5, 8);
    model.part(fur).sphere(Mat4.scale(0.16, 0.15, 0.15).then(Mat4.translate(0.38, -0.4, 0)), 4, 8);
    model.part(Material.color("face", 0xd9c7a0)).sphere(Mat4.scale(0.06, 0.1, 0.12).then(Mat4.translate(0.5, -0.42, 0)), 3, 6);
    for (int i = 0; i < 4; i++) {
      double x = i < 2 ? 0.2 : -0.2, z = i % 2 == 0 ? 0.18 : -0.18;
      model.part(fur).cylinder(Mat4.translate(x, -0.3, z), 0.05, 0.04, 0.32, 5);
    }
    model.part(Material.color("branch", 0x5a4633)).cylinder(Mat4.rotateZ(90).then(Mat4.translate(2.5, 0.05, 0)), 0.12, 0.1, 5, 6);
    return model;
  }

  private static Model frog() {
    Model model = new Model();
    model.part(Material.color("frog-blue", 0x1e6fd9)).sphere(Mat4.scale(0.03, 0.018, 0.025).then(Mat4.translate(0, 0.02, 0)), 4, 8);
    Mesh spots = model.part(Material.color("frog-black", 0x111418));
    spots.sphere(Mat4.scale(0.008, 0.006, 0.008).then(Mat4.translate(0.01, 0.036, 0.008)), 3, 5);
    spots.sphere(Mat4.scale(0.007, 0.006, 0.007).then(Mat4.translate(-0.012, 0.035, -0.006)), 3, 5);
    Mesh eyes = model.part(Material.color("frog-eyes", 0x0a0a0a));
    eyes.sphere(Mat4.scale(0.007, 0.007, 0.007).then(Mat4.translate(0.022, 0.035, 0.012)), 3, 5);
    eyes.sphere(Mat4.scale(0.007, 0.007, 0.007).then(Mat4.translate(0.022, 0.035, -0.012)), 3, 5);
    Mesh legs = model.part(Material.color("frog-legs", 0x1a5ab8));
    for (int side = -1; side <= 1; side += 2) {
      legs.sphere(Mat4.scale(0.02, 0.008, 0.008).then(Mat4.translate(-0.02, 0.01, side * 0.025)), 3, 5);
      legs.sphere(Mat4.scale(0.012, 0.006, 0.006).then(Mat4.translate(0.02, 0.008, side * 0.022)), 3, 5);
    }
    // The frog is 6 cm long: a leaf lifts it into view.
    model.part(Material.color("leaf", 0x3f8a35).twoSided()).quad(Mat4.identity(), new double[] {-0.12, 0.002, 0.08},
        new double[] {0.12, 0.002, 0.08}, new double[] {0.12, 0.002, -0.08}, new double[] {-0.12, 0.002, -0.08});
    return model;
  }

  private static Model toucan() {
    Model model = new Model();
    model.part(Material.color("feathers", 0x151515)).sphere(Mat4.scale(0.12, 0.2, 0.11).then(Mat4.translate(0, 0.25, 0)), 4, 8);
    model.part(Material.color("throat", 0xf2d43a)).sphere(Mat4.scale(0.08, 0.08, 0.09).then(Mat4.translate(0.06, 0.38, 0)), 3, 6);
    model.part(Material.color("beak", 0xf28c28)).cylinder(Mat4.rotateZ(-90).then(Mat4.translate(0.1, 0.42, 0)), 0.05, 0.01, 0.24, 6);
    model.part(Material.color("perch", 0x5a4633)).cylinder(Mat4.rotateX(90).then(Mat4.translate(0, 0.05, -1)), 0.05, 0.05, 2, 5);
    return model;
  }
}
