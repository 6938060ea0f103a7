package fi.retki.tools.content;

import java.util.Random;

/**
 * The rainforest's plants and animals, low-poly: trees of the three layers with lianas and
 * epiphytes, undergrowth, a fallen log, the river's water and the animals. Sizes are metres; every
 * model stands on its origin. Random shapes come from fixed seeds, so the same call makes the
 * same model.
 */
final class JungleKit {
  static final int BARK = 0x5e5242;
  static final int LIANA = 0x4d5130;
  static final int LEAF = 0x2e5a25;
  static final int LEAF_SHADE = 0x224a1d;
  static final int LEAF_LIGHT = 0x3f7330;
  static final int BROMELIAD = 0xb8322a;
  /** Frame length of every moving model here, so their loops close (the sloth's is its slow swing). */
  static final double SLOW = 20;

  /** Murky, slow river water: streaks along the flow (texture u) and the sky's pale reflection in places. */
  private static final byte[] WATER_TEXTURE = waterTexture();

  private JungleKit() {}

  private static byte[] waterTexture() {
    Noise noise = new Noise(77);
    return Kit.texture(256, (u, v) -> {
      // tiles along the flow (v): the noise at v and at v - 1 blended, so that v = 0 and v = 1 match
      double streak = (1 - v) * noise.fbm(u * 20, v * 3, 4) + v * noise.fbm(u * 20, (v - 1) * 3, 4);
      int base = Paint.mix(0x3a4a3c, 0x4c5a44, noise.fbm(u * 4 + 3, 1, 3));
      int sheen = Paint.mix(base, 0x8a9c96, Paint.smoothstep(0.56, 0.72, streak) * 0.7);
      return Paint.mix(sheen, 0x2b382e, Paint.smoothstep(0.6, 0.3, streak) * 0.5);
    });
  }

  /** An ellipsoid blob centred at (x, y, z). */
  static void blob(Mesh mesh, double x, double y, double z, double rx, double ry, double rz, int rings, int segments) {
    mesh.sphere(Mat4.scale(rx, ry, rz).then(Mat4.translate(x, y, z)), rings, segments);
  }

  /** A tapering cylinder from point {@code a} to point {@code b}. */
  static void limb(Mesh mesh, double[] a, double[] b, double r0, double r1, int sides) {
    double dx = b[0] - a[0], dy = b[1] - a[1], dz = b[2] - a[2];
    double length = Math.sqrt(dx * dx + dy * dy + dz * dz);
    double tilt = Math.toDegrees(Math.acos(dy / length));
    double heading = Math.toDegrees(Math.atan2(-dz, dx));
    mesh.cylinder(Mat4.rotateZ(-tilt).then(Mat4.rotateY(heading)).then(Mat4.translate(a[0], a[1], a[2])), r0, r1,
        length, sides);
  }

  /** A pointed leaf along local +z with a raised midrib and a drip tip, placed by {@code at}. */
  static void leaf(Mesh mesh, Mat4 at, double length, double width) {
    double w = width / 2;
    double[] base = {0, 0, 0}, mid = {0, length * 0.05, length * 0.45}, tip = {0, -length * 0.08, length};
    double[] r1 = {w, 0, length * 0.32}, r2 = {w * 0.7, -length * 0.02, length * 0.7};
    double[] l1 = {-w, 0, length * 0.32}, l2 = {-w * 0.7, -length * 0.02, length * 0.7};
    mesh.triangle(at, base, mid, r1);
    mesh.triangle(at, mid, r2, r1);
    mesh.triangle(at, mid, tip, r2);
    mesh.triangle(at, base, l1, mid);
    mesh.triangle(at, mid, l1, l2);
    mesh.triangle(at, mid, l2, tip);
  }

  /** A frond of two triangles along local +z, facing up: the cheap leaf of ferns and reeds. */
  static void frond(Mesh mesh, Mat4 at, double length, double width) {
    double[] base = {0, 0, 0}, tip = {0, -length * 0.1, length};
    mesh.triangle(at, base, tip, new double[] {width / 2, length * 0.04, length * 0.4});
    mesh.triangle(at, base, new double[] {-width / 2, length * 0.04, length * 0.4}, tip);
  }

  /** A liana hanging from (x, top, z) down to {@code bottom}, sagging out by {@code sway} halfway. */
  static void liana(Mesh mesh, double x, double top, double z, double bottom, double sway, double angle) {
    double mx = x + sway * Math.cos(Math.toRadians(angle)), mz = z + sway * Math.sin(Math.toRadians(angle));
    double mid = (top + bottom) / 2;
    limb(mesh, new double[] {x, top, z}, new double[] {mx, mid, mz}, 0.07, 0.06, 3);
    limb(mesh, new double[] {mx, mid, mz}, new double[] {x + sway * 0.3, bottom, z}, 0.06, 0.05, 3);
  }

  /** A bromeliad: a rosette of stiff leaves, green outside and red in the middle, on a branch. */
  static void bromeliad(Mesh green, Mesh red, double x, double y, double z, double size) {
    for (int i = 0; i < 6; i++) {
      Mat4 at = Mat4.rotateX(-50).then(Mat4.rotateY(i * 60)).then(Mat4.translate(x, y, z));
      leaf(green, at, size, size * 0.3);
    }
    red.cylinder(Mat4.translate(x, y, z), size * 0.08, size * 0.25, size * 0.6, 4);
  }

  /**
   * A canopy tree: a pale trunk with small buttresses, branches and a broad, flat crown of lumpy
   * blobs; lianas hang from the crown and epiphytes sit on the branches when {@code rich}.
   */
  static Model canopyTree(long seed, double height, double crown, int leafColor, boolean rich) {
    Random random = new Random(seed);
    Model model = new Model();
    Mesh trunk = model.part(Material.color("trunk", BARK));
    double top = height * 0.72;
    trunk.cylinder(Mat4.identity(), height * 0.03, height * 0.016, top + crown * 0.2, 6);
    Mesh leaves = model.part(Material.color("leaves", leafColor));
    Mesh shade = model.part(Material.color("leaves-shade", Paint.shade(leafColor, 0.72)));
    int rings = rich ? 4 : 3, segments = rich ? 7 : 6;
    int branches = rich ? 5 : 4;
    for (int i = 0; i < branches; i++) {
      double angle = i * 360.0 / branches + random.nextDouble() * 30;
      double reach = crown * (0.5 + random.nextDouble() * 0.2);
      double ax = reach * Math.cos(Math.toRadians(angle)), az = reach * Math.sin(Math.toRadians(angle));
      double y = top + crown * 0.1 + random.nextDouble() * crown * 0.2;
      if (rich) {
        limb(trunk, new double[] {0, top - crown * 0.1, 0}, new double[] {ax, y, az}, height * 0.012, height * 0.006, 4);
      }
      double r = crown * (0.45 + random.nextDouble() * 0.15);
      blob(i % 2 == 0 ? leaves : shade, ax, y + r * 0.15, az, r, r * 0.55, r, rings, segments);
    }
    blob(leaves, 0, top + crown * 0.5, 0, crown * 0.6, crown * 0.38, crown * 0.6, rings, segments + 1);
    blob(shade, 0, top - crown * 0.15, 0, crown * 0.5, crown * 0.3, crown * 0.5, 3, segments);
    if (rich) {
      for (int i = 0; i < 3; i++) {
        buttress(trunk, Mat4.rotateY(i * 120 + random.nextDouble() * 30), height * 0.03, height * 0.1, height * 0.08,
            0.2);
      }
      Mesh vines = model.part(Material.color("liana", LIANA));
      for (int i = 0; i < 5; i++) {
        double angle = random.nextDouble() * 360, out = crown * (0.3 + random.nextDouble() * 0.45);
        double x = out * Math.cos(Math.toRadians(angle)), z = out * Math.sin(Math.toRadians(angle));
        liana(vines, x, top, z, 0.5 + random.nextDouble() * 5, 1.2 + random.nextDouble(), angle + 90);
      }
      Mesh red = model.part(Material.color("bromeliad", BROMELIAD));
      Mesh epiphyte = model.part(Material.color("epiphyte", LEAF_LIGHT).twoSided());
      for (int i = 0; i < 3; i++) {
        double y = top * (0.35 + i * 0.22);
        double angle = random.nextDouble() * 360, r = height * 0.03 * (1 - y / top * 0.45) + 0.1;
        bromeliad(epiphyte, red, r * Math.cos(Math.toRadians(angle)), y, r * Math.sin(Math.toRadians(angle)), 1.0);
      }
    } else {
      for (int i = 0; i < 3; i++) {
        double angle = i * 120 + random.nextDouble() * 40, out = crown * 0.3;
        blob(i % 2 == 0 ? shade : leaves, out * Math.cos(Math.toRadians(angle)), 2.5 + i * 4.5,
            out * Math.sin(Math.toRadians(angle)), crown * 0.45, 2.8, crown * 0.45, 3, 6);
      }
    }
    return model;
  }

  /** A buttress root: a thin, tall fin from the trunk, outward along local +x. */
  static void buttress(Mesh mesh, Mat4 at, double trunkRadius, double reach, double rise, double thickness) {
    double t = thickness / 2, r0 = trunkRadius * 0.8;
    double[][] outline = {{r0, 0}, {reach, 0}, {r0 + (reach - r0) * 0.22, rise * 0.25}, {r0, rise}};
    double[][] front = new double[4][], back = new double[4][];
    for (int i = 0; i < 4; i++) {
      front[i] = new double[] {outline[i][0], outline[i][1], t};
      back[i] = new double[] {outline[i][0], outline[i][1], -t};
    }
    mesh.triangle(at, front[0], front[1], front[2]);
    mesh.triangle(at, front[0], front[2], front[3]);
    mesh.triangle(at, back[0], back[2], back[1]);
    mesh.triangle(at, back[0], back[3], back[2]);
    mesh.quad(at, front[1], back[1], back[2], front[2]);
    mesh.quad(at, front[2], back[2], back[3], front[3]);
  }

  /** The kapok: an emergent giant with huge buttress roots, a bare trunk and an umbrella crown above the canopy. */
  static Model kapok(byte[] barkTexture) {
    Random random = new Random(47);
    Model model = new Model();
    Material bark = Material.textured("kapok-bark", barkTexture, "image/jpeg").twoSided();
    Mesh trunk = model.part(bark);
    trunk.cylinder(Mat4.identity(), 1.9, 1.0, 36, 10);
    for (int i = 0; i < 7; i++) {
      buttress(trunk, Mat4.rotateY(i * 360.0 / 7 + random.nextDouble() * 15), 1.9, 6.5 + random.nextDouble() * 1.5,
          6 + random.nextDouble() * 2, 0.45);
    }
    Mesh branches = model.part(Material.color("kapok-branch", 0x6e6350));
    Mesh leaves = model.part(Material.color("kapok-leaves", 0x3b6a2c));
    Mesh shade = model.part(Material.color("kapok-leaves-shade", 0x2b5322));
    Mesh vines = model.part(Material.color("liana", LIANA));
    Mesh red = model.part(Material.color("bromeliad", BROMELIAD));
    Mesh epiphyte = model.part(Material.color("epiphyte", LEAF_LIGHT).twoSided());
    for (int i = 0; i < 6; i++) {
      double angle = i * 60 + random.nextDouble() * 20;
      double c = Math.cos(Math.toRadians(angle)), s = Math.sin(Math.toRadians(angle));
      double reach = 7 + random.nextDouble() * 2;
      double[] from = {0, 34, 0}, to = {reach * c, 39 + random.nextDouble() * 1.5, reach * s};
      limb(branches, from, to, 0.6, 0.3, 5);
      blob(i % 2 == 0 ? leaves : shade, to[0], to[1] + 1.0, to[2], 5.8, 2.6, 5.8, 4, 8);
      liana(vines, to[0] * 0.7, to[1] - 1.5, to[2] * 0.7, 2 + random.nextDouble() * 6, 1.5, angle);
      bromeliad(epiphyte, red, to[0] * 0.5, 36.9, to[2] * 0.5, 1.2);
    }
    blob(leaves, 0, 41, 0, 7, 3.2, 7, 4, 9);
    for (int i = 0; i < 4; i++) {
      double y = 12 + i * 6, angle = i * 95;
      bromeliad(epiphyte, red, 1.5 * Math.cos(Math.toRadians(angle)), y, 1.5 * Math.sin(Math.toRadians(angle)), 1.3);
    }
    return model;
  }

  /** A cecropia: a slim pale trunk and an umbrella of big hand-shaped leaves; a side branch at 5.5 m. */
  static Model cecropia() {
    Model model = new Model();
    Mesh trunk = model.part(Material.color("cecropia-bark", 0x9c9a86));
    trunk.cylinder(Mat4.identity(), 0.22, 0.12, 13, 6);
    limb(trunk, new double[] {0, 7, 0}, new double[] {-1.4, 8.2, 0.3}, 0.07, 0.05, 4);
    limb(trunk, new double[] {0, 10, 0}, new double[] {1.8, 11.5, -0.8}, 0.08, 0.05, 4);
    Mesh leaves = model.part(Material.color("cecropia-leaves", 0x4a7a3a).twoSided());
    double[][] tips = {{0, 13}, {1.8, 11.5}, {-1.4, 8.2}};
    for (double[] tip : tips) {
      double y = tip[1];
      double x = tip[0];
      for (int i = 0; i < 7; i++) {
        Mat4 at = Mat4.rotateX(-15).then(Mat4.rotateY(i * 360.0 / 7)).then(Mat4.translate(x, y, 0));
        leaf(leaves, at, 1.3, 0.45);
      }
    }
    return model;
  }

  /** A palm of the understory: a slender stem and drooping, two-part fronds. */
  static Model palm(long seed, double height) {
    Random random = new Random(seed);
    Model model = new Model();
    model.part(Material.color("palm-stem", 0x5a5038)).cylinder(Mat4.identity(), 0.12, 0.08, height, 5);
    Mesh fronds = model.part(Material.color("palm-frond", 0x3c6f2c).twoSided());
    for (int i = 0; i < 8; i++) {
      double yaw = i * 45 + random.nextDouble() * 20;
      Mat4 base = Mat4.rotateY(yaw).then(Mat4.translate(0, height, 0));
      leaf(fronds, Mat4.rotateX(-25).then(base), 1.6, 0.7);
      leaf(fronds, Mat4.rotateX(25).then(Mat4.translate(0, 0.65, 1.45)).then(base), 1.4, 0.6);
    }
    return model;
  }

  /** A small tree of the understory: a thin trunk and a narrow crown of a few blobs that live in the shade. */
  static Model understoryTree(long seed, double height) {
    Random random = new Random(seed);
    Model model = new Model();
    model.part(Material.color("trunk", BARK)).cylinder(Mat4.identity(), 0.15, 0.08, height, 5);
    Mesh leaves = model.part(Material.color("understory-leaves", 0x2d5c26));
    Mesh shade = model.part(Material.color("understory-shade", 0x214a1e));
    for (int i = 0; i < 4; i++) {
      double r = 1.6 + random.nextDouble() * 0.8, angle = random.nextDouble() * 360, out = i == 0 ? 0 : 1.3;
      blob(i % 2 == 0 ? leaves : shade, out * Math.cos(Math.toRadians(angle)), height - 1.6 + i * 0.7,
          out * Math.sin(Math.toRadians(angle)), r, r * 0.7, r, 4, 7);
    }
    return model;
  }

  /** A fern: fronds fanning out low over the ground. */
  static void fern(Mesh mesh, double x, double z, double size, double turn) {
    for (int i = 0; i < 6; i++) {
      Mat4 at = Mat4.rotateX(-30).then(Mat4.rotateY(turn + i * 60)).then(Mat4.translate(x, 0.05, z));
      frond(mesh, at, size, size * 0.32);
    }
  }

  /** A big-leaved plant (an elephant ear): stems and leaves as big as a child, pointed tips for the rain. */
  static void bigLeaves(Mesh stems, Mesh leaves, Random random, double x, double z, double size) {
    for (int i = 0; i < 4; i++) {
      double yaw = i * 90 + random.nextDouble() * 30;
      double h = size * (0.7 + random.nextDouble() * 0.5);
      double c = Math.cos(Math.toRadians(yaw)), s = Math.sin(Math.toRadians(yaw));
      limb(stems, new double[] {x, 0, z}, new double[] {x + 0.3 * size * s, h, z + 0.3 * size * c}, 0.04, 0.025, 3);
      Mat4 at = Mat4.rotateX(15).then(Mat4.rotateY(yaw)).then(Mat4.translate(x + 0.3 * size * s, h, z + 0.3 * size * c));
      leaf(leaves, at, size, size * 0.65);
    }
  }

  /** Undergrowth of one patch: ferns, a big-leaved plant and a bush, merged into one model. */
  static Model undergrowth(long seed) {
    Random random = new Random(seed);
    Model model = new Model();
    Mesh green = model.part(Material.color("undergrowth", 0x33632a).twoSided());
    Mesh stems = model.part(Material.color("stem", 0x4a5f2c));
    Mesh bush = model.part(Material.color("big-leaf-dark", 0x24491f).twoSided());
    for (int i = 0; i < 4; i++) {
      fern(green, (random.nextDouble() - 0.5) * 5, (random.nextDouble() - 0.5) * 5, 1.2 + random.nextDouble() * 0.8,
          random.nextDouble() * 60);
    }
    bigLeaves(stems, green, random, (random.nextDouble() - 0.5) * 3, (random.nextDouble() - 0.5) * 3,
        1.1 + random.nextDouble() * 0.5);
    bigLeaves(stems, bush, random, (random.nextDouble() - 0.5) * 4, (random.nextDouble() - 0.5) * 4,
        1.3 + random.nextDouble() * 0.5);
    return model;
  }

  /** Plants of a river bank: reeds and ferns leaning out over the water (local +z) and a big-leaved plant. */
  static Model bankPlants(long seed) {
    Random random = new Random(seed);
    Model model = new Model();
    Mesh green = model.part(Material.color("bank-green", 0x3d6e2c).twoSided());
    Mesh stems = model.part(Material.color("stem", 0x4a5f2c));
    for (int i = 0; i < 14; i++) {
      double x = (random.nextDouble() - 0.5) * 5, z = random.nextDouble() * 1.5;
      Mat4 at = Mat4.rotateX(-70 + random.nextDouble() * 30).then(Mat4.rotateY(-40 + random.nextDouble() * 80))
          .then(Mat4.translate(x, 0, z));
      frond(green, at, 1.4 + random.nextDouble(), 0.18);
    }
    fern(green, -1.5, 0.5, 1.5, 10);
    fern(green, 1.8, 0.2, 1.3, 40);
    bigLeaves(stems, green, random, 0, -0.5, 1.3);
    return model;
  }

  /** The understory's show plant: a big-leaved plant whose leaves sway gently. */
  static Model swayingBigLeaf() {
    Random random = new Random(5);
    Model model = new Model();
    Mesh stems = model.part(Material.color("stem", 0x4f6a2c));
    Material green = Material.color("big-leaf", 0x2f6127).twoSided();
    for (int i = 0; i < 7; i++) {
      double yaw = i * 360.0 / 7 + random.nextDouble() * 20;
      double h = 1.4 + random.nextDouble() * 0.8;
      double c = Math.cos(Math.toRadians(yaw)), s = Math.sin(Math.toRadians(yaw));
      double[] top = {0.5 * s, h, 0.5 * c};
      limb(stems, new double[] {0, 0, 0}, top, 0.05, 0.03, 3);
      Model.Part moving = model.moving("leaf-" + i, top[0], top[1], top[2]);
      leaf(moving.part(green), Mat4.rotateX(18).then(Mat4.rotateY(yaw)), 1.5, 0.95);
      moving.turns(Motion.swing(c, 0, -s, 5, SLOW / 4, i / 7.0));
    }
    return model;
  }

  /** A fallen log with moss, bracket fungi and toadstools, lying along x. */
  static Model fallenLog() {
    Model model = new Model();
    Mesh log = model.part(Material.color("log", 0x4a3a2b));
    log.cylinder(Mat4.rotateZ(90).then(Mat4.translate(2.6, 0.45, 0)), 0.5, 0.42, 5.2, 11);
    log.cylinder(Mat4.rotateZ(40).then(Mat4.translate(-1.2, 0.6, 0.3)), 0.12, 0.06, 1.2, 4);
    model.part(Material.color("log-end", 0x6b5134)).cylinder(Mat4.rotateZ(90).then(Mat4.translate(2.62, 0.45, 0)),
        0.4, 0.4, 0.02, 8);
    Mesh moss = model.part(Material.color("moss", 0x3f6b26));
    blob(moss, -1.0, 0.86, 0, 1.3, 0.14, 0.38, 3, 6);
    blob(moss, 1.6, 0.84, 0.05, 0.7, 0.12, 0.34, 3, 6);
    Mesh fungus = model.part(Material.color("fungus", 0xd9852b));
    for (int i = 0; i < 6; i++) {
      double x = -1.9 + i * 0.7, y = 0.3 + (i % 3) * 0.16;
      double z = Math.sqrt(Math.max(0, 0.47 * 0.47 - (y - 0.45) * (y - 0.45)));
      blob(fungus, x, y, z, 0.2, 0.05, 0.2, 3, 8);
      blob(fungus, x + 0.12, y + 0.14, z - 0.03, 0.15, 0.04, 0.15, 3, 7);
    }
    Mesh caps = model.part(Material.color("toadstool", 0xb8442e));
    Mesh stalks = model.part(Material.color("toadstool-stalk", 0xc9b99a));
    double[][] spots = {{-0.6, 0.8}, {-0.3, 0.95}, {3.1, -0.6}};
    for (double[] spot : spots) {
      stalks.cylinder(Mat4.translate(spot[0], 0, spot[1]), 0.03, 0.025, 0.16, 4);
      blob(caps, spot[0], 0.17, spot[1], 0.09, 0.05, 0.09, 2, 6);
    }
    Mesh fern = model.part(Material.color("fern", 0x3a6a2a).twoSided());
    fern(fern, -2.6, 0.9, 0.9, 10);
    fern(fern, 2.2, -1.0, 1.0, 40);
    return model;
  }

  /** Fallen leaves lying on the ground in a patch {@code size} across: brown, ochre and dark red. */
  static Model litter(long seed, double size) {
    Random random = new Random(seed);
    Model model = new Model();
    int[] colours = {0x4a3220, 0x5e4222, 0x3f2619};
    Mesh[] meshes = new Mesh[colours.length];
    for (int i = 0; i < colours.length; i++) {
      meshes[i] = model.part(Material.color("litter-" + i, colours[i]).twoSided());
    }
    for (int i = 0; i < 90; i++) {
      double r = size / 2 * Math.sqrt(random.nextDouble()), a = random.nextDouble() * 2 * Math.PI;
      Mat4 at = Mat4.rotateX(-6 + random.nextDouble() * 12).then(Mat4.rotateY(random.nextDouble() * 360))
          .then(Mat4.translate(r * Math.cos(a), 0.02 + random.nextDouble() * 0.02, r * Math.sin(a)));
      frond(meshes[random.nextInt(colours.length)], at, 0.12 + random.nextDouble() * 0.1, 0.07);
    }
    return model;
  }

  /** A caiman lying in the water: its back, snout and eyes above the surface at the origin, the rest under it. */
  static Model caiman() {
    Model model = new Model();
    Mesh skin = model.part(Material.color("caiman", 0x3b3f28));
    blob(skin, 0, 0, 0, 0.9, 0.12, 0.3, 3, 8);
    blob(skin, 0.95, 0, 0, 0.45, 0.07, 0.14, 3, 6);
    blob(skin, -1.1, -0.02, 0, 0.7, 0.06, 0.12, 2, 6);
    Mesh ridge = model.part(Material.color("caiman-ridge", 0x2b2e1d));
    for (int i = 0; i < 6; i++) {
      blob(ridge, -0.6 + i * 0.22, 0.1, 0, 0.05, 0.06, 0.16, 2, 4);
    }
    Mesh eyes = model.part(Material.color("caiman-eyes", 0xb0a040));
    blob(eyes, 0.72, 0.08, 0.08, 0.05, 0.04, 0.04, 2, 5);
    blob(eyes, 0.72, 0.08, -0.08, 0.05, 0.04, 0.04, 2, 5);
    return model;
  }

  /** The water of the river between x0 and x1, at {@code level}, {@code half} metres either side of its centre line. */
  static Model water(java.util.function.DoubleUnaryOperator centre, double x0, double x1, double level, double half) {
    Model model = new Model();
    Mesh water = model.part(new Material("water", 1f, 1f, 1f, 1f, 0f, 0.1f, WATER_TEXTURE, "image/jpeg", false));
    for (double x = x0; x < x1 - 1e-9; x += 2.5) {
      double z0 = centre.applyAsDouble(x), z1 = centre.applyAsDouble(x + 2.5);
      double v0 = x / 12.5, v1 = (x + 2.5) / 12.5;
      double[] a = {x, level, z0 - half}, b = {x, level, z0 + half}, c = {x + 2.5, level, z1 + half},
          d = {x + 2.5, level, z1 - half};
      water.triangle(Mat4.identity(), a, b, c, new double[] {0, v0}, new double[] {1, v0}, new double[] {1, v1});
      water.triangle(Mat4.identity(), a, c, d, new double[] {0, v0}, new double[] {1, v1}, new double[] {0, v1});
    }
    return model;
  }

  /**
   * A three-toed sloth hanging under a branch (along +x from the trunk at the origin), its body
   * swinging slowly about the branch and its head turning, once every {@link #SLOW} seconds.
   */
  static Model sloth() {
    Model model = new Model();
    Mesh branch = model.part(Material.color("branch", 0x5a4a38));
    limb(branch, new double[] {0, -0.1, 0}, new double[] {3, 0.15, 0}, 0.11, 0.07, 5);
    Model.Part body = model.moving("sloth", 1.6, 0.05, 0);
    body.turns(Motion.swing(1, 0, 0, 9, SLOW, 0));
    Material fur = Material.color("fur", 0x7f7456);
    Mesh furMesh = body.part(fur);
    blob(furMesh, 0, -0.42, 0, 0.38, 0.24, 0.26, 4, 8);
    Mesh claws = body.part(Material.color("claws", 0x2a241c));
    for (int i = 0; i < 4; i++) {
      double x = i < 2 ? 0.26 : -0.26, z = i % 2 == 0 ? 0.16 : -0.16;
      limb(furMesh, new double[] {x * 0.9, -0.4, z}, new double[] {x, 0.02, z * 0.4}, 0.07, 0.055, 5);
      limb(claws, new double[] {x, 0.0, z * 0.4}, new double[] {x + 0.02, 0.12, -z * 0.1}, 0.03, 0.005, 3);
    }
    Model.Part head = body.moving("sloth-head", 0.42, -0.45, 0);
    head.turns(Motion.swing(0, 1, 0, 25, SLOW, 0.25));
    blob(head.part(fur), 0, 0, 0, 0.15, 0.14, 0.15, 4, 8);
    blob(head.part(Material.color("face", 0xd6c49c)), 0.06, -0.06, 0.0, 0.1, 0.09, 0.11, 3, 7);
    Mesh eyes = head.part(Material.color("eye-stripes", 0x2b2118));
    blob(eyes, 0.1, -0.04, 0.055, 0.05, 0.025, 0.03, 2, 5);
    blob(eyes, 0.1, -0.04, -0.055, 0.05, 0.025, 0.03, 2, 5);
    blob(eyes, 0.15, -0.1, 0, 0.02, 0.015, 0.025, 2, 5);
    return model;
  }

  /** A blue poison dart frog with black spots, sitting, facing +x; about {@code length} long. */
  static Model frog(double length) {
    double k = length / 0.07;
    Model model = new Model();
    Mesh blue = model.part(Material.color("frog-blue", 0x1f6fe0));
    blob(blue, 0, 0.022 * k, 0, 0.032 * k, 0.017 * k, 0.022 * k, 4, 8);
    blob(blue, 0.028 * k, 0.028 * k, 0, 0.016 * k, 0.012 * k, 0.018 * k, 3, 7);
    Mesh black = model.part(Material.color("frog-black", 0x0d0f14));
    double[][] spots = {{-0.01, 0.036, 0.006}, {0.006, 0.037, -0.009}, {-0.022, 0.03, -0.01}, {0.012, 0.034, 0.012},
        {-0.004, 0.033, 0.016}};
    for (double[] spot : spots) {
      blob(black, spot[0] * k, spot[1] * k, spot[2] * k, 0.005 * k, 0.003 * k, 0.005 * k, 2, 5);
    }
    blob(black, 0.034 * k, 0.036 * k, 0.011 * k, 0.006 * k, 0.006 * k, 0.006 * k, 3, 6);
    blob(black, 0.034 * k, 0.036 * k, -0.011 * k, 0.006 * k, 0.006 * k, 0.006 * k, 3, 6);
    Mesh legs = model.part(Material.color("frog-legs", 0x1450b0));
    for (int side = -1; side <= 1; side += 2) {
      blob(legs, -0.018 * k, 0.012 * k, side * 0.024 * k, 0.02 * k, 0.009 * k, 0.009 * k, 3, 6);
      blob(legs, -0.01 * k, 0.004 * k, side * 0.034 * k, 0.018 * k, 0.004 * k, 0.006 * k, 2, 5);
      blob(legs, 0.03 * k, 0.008 * k, side * 0.022 * k, 0.006 * k, 0.012 * k, 0.006 * k, 2, 5);
      blob(legs, 0.036 * k, 0.002 * k, side * 0.026 * k, 0.008 * k, 0.003 * k, 0.007 * k, 2, 5);
    }
    return model;
  }

  /** A toco toucan on a short perch: black body, white-yellow bib, a huge orange beak. */
  static Model toucan() {
    Model model = new Model();
    limb(model.part(Material.color("perch", 0x5a4633)), new double[] {0, 0, -0.6}, new double[] {0, 0.05, 0.6}, 0.05, 0.04,
        5);
    Mesh black = model.part(Material.color("feathers", 0x141414));
    blob(black, -0.02, 0.26, 0, 0.11, 0.2, 0.11, 4, 8);
    limb(black, new double[] {-0.08, 0.12, 0}, new double[] {-0.16, -0.12, 0}, 0.06, 0.03, 4);
    blob(black, 0.02, 0.47, 0, 0.09, 0.09, 0.09, 3, 7);
    blob(model.part(Material.color("bib", 0xe8d8a0)), 0.07, 0.4, 0, 0.06, 0.07, 0.075, 3, 6);
    Mesh beak = model.part(Material.color("beak", 0xf08a1c));
    limb(beak, new double[] {0.08, 0.48, 0}, new double[] {0.32, 0.44, 0}, 0.045, 0.012, 6);
    blob(model.part(Material.color("beak-tip", 0x1a1a1a)), 0.32, 0.44, 0, 0.018, 0.014, 0.014, 2, 5);
    blob(model.part(Material.color("eye-ring", 0x4a9ad0)), 0.07, 0.5, 0.06, 0.02, 0.02, 0.012, 2, 5);
    return model;
  }

  /**
   * Scarlet macaws flying a circle of {@code radius} about the model's origin, heading along it;
   * each takes {@code seconds} a lap, spaced evenly.
   */
  static Model macaws(int count, double radius, double seconds) {
    Model model = new Model();
    Material red = Material.color("macaw-red", 0xc8261c);
    Material blue = Material.color("macaw-blue", 0x2456b0).twoSided();
    Material yellow = Material.color("macaw-yellow", 0xe0b52a).twoSided();
    for (int b = 0; b < count; b++) {
      double phase = (double) b / count;
      double[][] points = new double[24][];
      for (int i = 0; i < 24; i++) {
        double a = 2 * Math.PI * (i / 24.0 + phase);
        points[i] = new double[] {radius * Math.sin(a), 1.5 * Math.sin(3 * a), radius * Math.cos(a)};
      }
      Model.Part flight = model.moving("macaw-" + (b + 1), 0, 0, 0).travels(Motion.path(seconds, points));
      // The circle's tangent at angle a heads (cos a, 0, -sin a), that is yaw a: the spin turns the
      // bird once a lap, and its shapes start turned by the phase.
      Model.Part bird = flight.moving("macaw-" + (b + 1) + "-body", 0, 0, 0).turns(Motion.spinY(seconds, false));
      Mat4 yaw = Mat4.rotateY(phase * 360);
      bird.part(red).sphere(Mat4.scale(0.32, 0.12, 0.12).then(yaw), 3, 7);
      bird.part(red).sphere(Mat4.scale(0.1, 0.09, 0.09).then(Mat4.translate(0.33, 0.05, 0)).then(yaw), 3, 6);
      bird.part(red).cylinder(Mat4.rotateZ(90).then(Mat4.translate(-0.25, 0, 0)).then(yaw), 0.07, 0.02, 0.65, 4);
      Mesh wings = bird.part(blue);
      Mesh bands = bird.part(yellow);
      for (int side = -1; side <= 1; side += 2) {
        wings.triangle(yaw, new double[] {0.15, 0.02, 0}, new double[] {-0.3, 0.05, side * 0.95},
            new double[] {-0.2, 0.02, 0});
        bands.triangle(yaw, new double[] {0.15, 0.03, 0}, new double[] {-0.05, 0.05, side * 0.45},
            new double[] {-0.2, 0.03, 0});
      }
    }
    return model;
  }
}
