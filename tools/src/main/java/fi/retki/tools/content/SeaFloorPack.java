package fi.retki.tools.content;

import java.awt.Color;
import java.util.Random;

/**
 * A warm sea floor: a coral reef, a kelp forest, a wooden shipwreck, a sea turtle, a school of fish,
 * sea stars on rippled sand, and the drop-off into deep water.
 */
final class SeaFloorPack implements PackDesign {
  private final Noise noise = new Noise(31);

  @Override
  public String id() {
    return "sea-floor";
  }

  double height(double x, double z) {
    double dropOff = z < -55 ? -Math.pow((-55 - z) / 10, 1.6) * 6 : 0;
    return dropOff + (noise.fbm(x / 30, z / 30, 3) - 0.5) * 2;
  }

  @Override
  public void build(PackWriter out) {
    out.start(0, 3, 38, 0, -6);
    out.sky(Kit.sky((u, e) -> {
      if (e < 0) {
        return Paint.mix(0x0b3d5c, 0x031526, Math.min(1, -e * 2));
      }
      int water = Paint.mix(0x0e5a80, 0x7fd3e8, Math.pow(e, 1.5));
      double ray = noise.fbm(u * 60, 0, 2);
      double rays = Paint.smoothstep(0.6, 0.8, ray) * Paint.smoothstep(0.2, 0.9, e) * 0.35;
      double sun = Paint.smoothstep(0.9, 1.0, e);
      return Paint.mix(Paint.mix(water, 0xc8f2ff, rays), 0xf0fcff, sun);
    }));
    out.ground(Kit.ground(this::height, (x, z) -> {
      double ripple = Math.sin(x * 1.6 + noise.fbm(x / 6, z / 6, 2) * 6) * 0.5 + 0.5;
      int sand = Paint.mix(0xc9b98a, 0xe3d6a8, ripple * 0.6 + noise.fbm(x * 2, z * 2, 3) * 0.4);
      int deep = Paint.mix(sand, 0x2a4a5a, Paint.smoothstep(-55, -80, z));
      double algae = Paint.smoothstep(0.62, 0.75, noise.fbm(x / 8, z / 8, 4));
      return Paint.mix(deep, 0x5a7a4a, algae * 0.5);
    }));
    out.thumbnail(Kit.thumbnail(0x7fd3e8, 0x0e5a80, g -> {
      g.setColor(new Color(0xd9c99a));
      g.fillRect(0, 220, 512, 68);
      Color[] corals = {new Color(0xe8505b), new Color(0xf2a03d), new Color(0x9b59b6), new Color(0xf7dc6f)};
      for (int i = 0; i < 10; i++) {
        g.setColor(corals[i % 4]);
        g.fillOval(20 + i * 48, 190 + (i % 3) * 8, 40, 40);
      }
      g.setColor(new Color(0x5a4030));
      g.fillPolygon(new int[] {300, 470, 440, 320}, new int[] {200, 185, 225, 230}, 4);
      g.setColor(new Color(0x3f7a3a));
      for (int i = 0; i < 6; i++) {
        g.fillRect(40 + i * 14, 40 + (i % 2) * 20, 5, 190);
      }
      g.setColor(new Color(0xf2c94c));
      for (int i = 0; i < 14; i++) {
        g.fillOval(220 + (i % 5) * 16, 80 + (i / 5) * 14, 12, 6);
      }
    }));

    Random random = new Random(32);
    String[] corals = {
      out.model("coral-branching-red", branchingCoral(33, 0xe8505b)),
      out.model("coral-branching-orange", branchingCoral(34, 0xf2a03d)),
      out.model("coral-brain", brainCoral()),
      out.model("coral-fan", fanCoral(0x9b59b6)),
      out.model("coral-table", tableCoral(0xf7dc6f))
    };
    for (int i = 0; i < 22; i++) {
      double a = random.nextDouble() * 2 * Math.PI, d = Math.sqrt(random.nextDouble()) * 12;
      double x = -16 + Math.cos(a) * d, z = 2 + Math.sin(a) * d;
      out.object("coral-" + (i + 1), corals[i % corals.length], x, height(x, z), z, random.nextInt(360),
          0.7 + random.nextDouble() * 0.7);
    }
    out.poi("coral-reef", -16, 1, 2, -8, 3, 12);

    String kelp = out.model("kelp", kelp());
    for (int i = 0; i < 16; i++) {
      double x = 26 + random.nextDouble() * 18, z = -22 + random.nextDouble() * 20;
      out.object("kelp-" + (i + 1), kelp, x, height(x, z), z, random.nextInt(360), 0.7 + random.nextDouble() * 0.5);
    }
    out.poi("kelp-forest", 34, 6, -12, 24, 4, 4);

    String wreck = out.model("shipwreck", shipwreck());
    out.object("shipwreck", wreck, -6, height(-6, -36) - 0.6, -36, 25, 1);
    out.poi("shipwreck", -6, 2, -36, 6, 5, -20);

    String turtle = out.model("sea-turtle", turtle());
    out.object("sea-turtle", turtle, 9, 4, 12, 300, 1);
    out.poi("sea-turtle", 9, 4, 12, 11.5, 4.6, 16.5);

    String school = out.model("fish-school", fishSchool());
    out.object("fish-school", school, 4, 5, -8, 0, 1);
    out.poi("fish-school", 4, 5, -8, 6, 4, 2);
    String bigFish = out.model("grouper", fish(0x6a7a5a, 0.6));
    out.object("grouper-1", bigFish, -22, 2.5, -4, 70, 1);
    out.object("grouper-2", bigFish, 20, 3.5, 6, 200, 0.8);

    String star = out.model("sea-star", seaStar());
    double[][] stars = {{-8, 19}, {-11, 22}, {5, 24}};
    for (int i = 0; i < stars.length; i++) {
      out.object("sea-star-" + (i + 1), star, stars[i][0], height(stars[i][0], stars[i][1]) + 0.02, stars[i][1],
          i * 50, 1);
    }
    out.poi("sea-star", -8, height(-8, 19) + 0.05, 19, -7, height(-7, 21) + 1.2, 21);

    String rock = out.model("reef-rock", Kit.rock(35, 1.5, 0x6a6a5a));
    for (int i = 0; i < 6; i++) {
      double x = -40 + random.nextDouble() * 80, z = -50 + random.nextDouble() * 60;
      out.object("rock-" + (i + 1), rock, x, height(x, z), z, random.nextInt(360), 0.6 + random.nextDouble());
    }
    out.poi("deep-water", 0, -25, -85, 0, 2, -48);
  }

  private static Model branchingCoral(long seed, int color) {
    Random random = new Random(seed);
    Model model = new Model();
    Mesh coral = model.part(Material.color("coral", color));
    for (int i = 0; i < 7; i++) {
      double lean = 15 + random.nextDouble() * 30, turn = random.nextDouble() * 360, length = 0.6 + random.nextDouble() * 0.6;
      Mat4 at = Mat4.rotateZ(lean).then(Mat4.rotateY(turn));
      coral.cylinder(at, 0.08, 0.05, length, 5);
      for (int j = 0; j < 2; j++) {
        coral.cylinder(Mat4.rotateZ(-30 + j * 60).then(Mat4.translate(0, length, 0)).then(at), 0.05, 0.03, 0.4, 5);
      }
    }
    return model;
  }

  private static Model brainCoral() {
    Noise folds = new Noise(36);
    byte[] texture = Kit.texture(1024, (u, v) -> {
      double f = Math.sin((u * 40 + folds.fbm(u * 6, v * 6, 3) * 8) * Math.PI);
      return Paint.mix(0x9a8a4a, 0xd8c27a, f * 0.5 + 0.5);
    });
    Model model = new Model();
    Mesh dome = model.part(Material.textured("brain-coral", texture, "image/jpeg"));
    dome.cylinder(Mat4.identity(), 0.9, 0.7, 0.35, 12);
    dome.cylinder(Mat4.translate(0, 0.35, 0), 0.7, 0.2, 0.35, 12);
    return model;
  }

  private static Model fanCoral(int color) {
    Model model = new Model();
    Mesh fan = model.part(Material.color("fan", color).twoSided());
    for (int i = 0; i < 9; i++) {
      double a0 = Math.toRadians(-60 + i * 15), a1 = Math.toRadians(-60 + (i + 1) * 15);
      fan.triangle(Mat4.identity(), new double[] {0, 0, 0}, new double[] {Math.sin(a0) * 1.4, Math.cos(a0) * 1.4, 0},
          new double[] {Math.sin(a1) * 1.4, Math.cos(a1) * 1.4, 0});
    }
    return model;
  }

  private static Model tableCoral(int color) {
    Model model = new Model();
    model.part(Material.color("stem", Paint.shade(color, 0.7))).cylinder(Mat4.identity(), 0.12, 0.1, 0.5, 6);
    model.part(Material.color("table", color)).cylinder(Mat4.translate(0, 0.5, 0), 0.3, 1.0, 0.12, 10);
    return model;
  }

  private static Model kelp() {
    Model model = new Model();
    Mesh stalk = model.part(Material.color("kelp", 0x6b7a2a).twoSided());
    Mesh floats = model.part(Material.color("kelp-floats", 0x8a8a3a));
    double x = 0, z = 0;
    for (int i = 0; i < 10; i++) {
      double nx = Math.sin(i * 0.9) * 0.25, nz = Math.cos(i * 0.7) * 0.2;
      double y0 = i * 1.2, y1 = y0 + 1.2;
      stalk.quad(Mat4.identity(), new double[] {x - 0.12, y0, z}, new double[] {x + 0.12, y0, z},
          new double[] {nx + 0.12, y1, nz}, new double[] {nx - 0.12, y1, nz});
      stalk.quad(Mat4.identity(), new double[] {x, y0, z - 0.12}, new double[] {x, y0, z + 0.12},
          new double[] {nx, y1, nz + 0.12}, new double[] {nx, y1, nz - 0.12});
      floats.sphere(Mat4.scale(0.08, 0.1, 0.08).then(Mat4.translate(nx + 0.15, y1, nz)), 3, 5);
      x = nx;
      z = nz;
    }
    return model;
  }

  private static Model shipwreck() {
    Noise grain = new Noise(37);
    byte[] planks = Kit.texture(1024, (u, v) -> {
      double plank = Math.floor(v * 12);
      double wood = grain.fbm(u * 3, v * 60 + plank * 7, 4);
      int base = Paint.mix(0x4a3424, 0x6e5238, wood);
      return (v * 12) % 1 < 0.06 ? 0x2a1e14 : Paint.mix(base, 0x4f6a4a, grain.fbm(u * 8, v * 8, 3) * 0.5);
    });
    Model model = new Model();
    Mesh hull = model.part(Material.textured("planks", planks, "image/jpeg").twoSided());
    Mat4 tilt = Mat4.rotateZ(12);
    double[][] ribs = {{-7, 0.2}, {-4, 1}, {0, 1.3}, {4, 1}, {6, 0.3}};
    for (int i = 0; i < ribs.length - 1; i++) {
      double x0 = ribs[i][0], x1 = ribs[i + 1][0], w0 = 2.2 * ribs[i][1], w1 = 2.2 * ribs[i + 1][1];
      hull.quad(tilt, new double[] {x0, 0, w0}, new double[] {x1, 0, w1}, new double[] {x1, 2.5, w1 * 1.1},
          new double[] {x0, 2.5, w0 * 1.1});
      if (i != 2) {
        hull.quad(tilt, new double[] {x1, 0, -w1}, new double[] {x0, 0, -w0}, new double[] {x0, 2.5, -w0 * 1.1},
            new double[] {x1, 2.5, -w1 * 1.1});
      }
      hull.quad(tilt, new double[] {x0, 0.05, -w0}, new double[] {x1, 0.05, -w1}, new double[] {x1, 0.05, w1},
          new double[] {x0, 0.05, w0});
    }
    Mesh wood = model.part(Material.color("mast", 0x3e2c1e));
    wood.cylinder(Mat4.rotateZ(40).then(Mat4.translate(-1, 0.5, 0)), 0.18, 0.14, 7, 6);
    wood.cylinder(Mat4.rotateZ(85).then(Mat4.translate(5, 0.2, 3)), 0.12, 0.1, 4, 6);
    model.part(Material.color("barrel", 0x5a3e26)).cylinder(Mat4.rotateX(90).then(Mat4.translate(3, 0.4, 4)), 0.4, 0.4, 0.9, 8);
    return model;
  }

  private static Model turtle() {
    Model model = new Model();
    model.part(Material.color("shell", 0x5a6a3a)).sphere(Mat4.scale(0.55, 0.2, 0.45), 5, 10);
    model.part(Material.color("plastron", 0xc8b87a)).sphere(Mat4.scale(0.5, 0.08, 0.4).then(Mat4.translate(0, -0.06, 0)), 3, 8);
    Mesh skin = model.part(Material.color("skin", 0x8a8a5a));
    skin.sphere(Mat4.scale(0.14, 0.11, 0.12).then(Mat4.translate(0.62, 0.02, 0)), 4, 8);
    for (int side = -1; side <= 1; side += 2) {
      skin.sphere(Mat4.scale(0.14, 0.03, 0.38).then(Mat4.rotateY(side * 25)).then(Mat4.translate(0.25, -0.02, side * 0.5)), 3, 6);
      skin.sphere(Mat4.scale(0.1, 0.03, 0.16).then(Mat4.translate(-0.38, -0.02, side * 0.3)), 3, 6);
    }
    return model;
  }

  private static Model fish(int color, double length) {
    Model model = new Model();
    model.part(Material.color("fish", color)).sphere(Mat4.scale(length / 2, length / 5, length / 9), 4, 8);
    model.part(Material.color("fin", Paint.shade(color, 0.8)).twoSided()).triangle(Mat4.identity(),
        new double[] {-length * 0.45, 0, 0}, new double[] {-length * 0.75, length * 0.18, 0}, new double[] {-length * 0.75, -length * 0.18, 0});
    return model;
  }

  private static Model fishSchool() {
    Random random = new Random(38);
    Model model = new Model();
    Mesh body = model.part(Material.color("yellow-fish", 0xf2c94c));
    Mesh stripe = model.part(Material.color("fish-stripe", 0x2e86de).twoSided());
    for (int i = 0; i < 60; i++) {
      double a = i * 0.45, r = 1.5 + (i % 7) * 0.35;
      double x = Math.cos(a) * r, z = Math.sin(a) * r, y = (random.nextDouble() - 0.5) * 2.4;
      Mat4 at = Mat4.rotateY(-Math.toDegrees(a) - 90 + random.nextDouble() * 10).then(Mat4.translate(x, y, z));
      body.sphere(Mat4.scale(0.12, 0.05, 0.025).then(at), 3, 6);
      stripe.triangle(at, new double[] {-0.1, 0, 0}, new double[] {-0.18, 0.05, 0}, new double[] {-0.18, -0.05, 0});
    }
    return model;
  }

  private static Model seaStar() {
    Model model = new Model();
    Mesh star = model.part(Material.color("sea-star", 0xe0642a));
    for (int i = 0; i < 5; i++) {
      Mat4 at = Mat4.rotateY(i * 72);
      star.triangle(at, new double[] {0, 0.05, 0}, new double[] {0, 0.01, 0.25}, new double[] {0.06, 0.02, 0.05});
      star.triangle(at, new double[] {0, 0.05, 0}, new double[] {-0.06, 0.02, 0.05}, new double[] {0, 0.01, 0.25});
    }
    return model;
  }
}
