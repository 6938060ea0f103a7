package fi.retki.tools.content;

import java.util.Random;

/**
 * The sea floor's animals. Each swimmer is a model whose moving parts do the swimming: a ring that
 * turns about the model's origin carries the animal round in a circle, nose first, and tails and
 * flippers swing on it. Every motion of one model lasts its {@code seconds} or a divisor of it, so
 * the one looping clip closes without a jump. An animal built facing +x is turned by its yaw
 * ({@link Mat4#rotateY}); a ring turning counter-clockwise moves what sits at angle a along yaw a + 90.
 */
final class SeaLife {
  private SeaLife() {}

  /**
   * A small fish at {@code (x, y, z)} heading along {@code yaw}: a body, a dorsal fin, and a tail that
   * swings once every {@code tailSeconds}.
   */
  static void fish(Model.Part parent, String name, double x, double y, double z, double yaw, double length,
      Material body, Material fin, double tailSeconds, double phase) {
    Mat4 heading = Mat4.rotateY(yaw);
    Mat4 at = heading.then(Mat4.translate(x, y, z));
    parent.part(body).sphere(Mat4.scale(length / 2, length / 4.5, length / 9).then(at), 3, 6);
    parent.part(fin).triangle(at, new double[] {-length * 0.2, length * 0.18, 0},
        new double[] {length * 0.15, length * 0.2, 0}, new double[] {-length * 0.05, length * 0.33, 0});
    double[] root = at.apply(-length * 0.45, 0, 0);
    Model.Part tail = parent.moving(name + "-tail", root[0], root[1], root[2])
        .turns(Motion.swing(0, 1, 0, 25, tailSeconds, phase));
    tail.part(fin).triangle(heading, new double[] {0, 0, 0}, new double[] {-length * 0.3, length * 0.2, 0},
        new double[] {-length * 0.3, -length * 0.2, 0});
  }

  /** A school of small yellow fish in three layers, circling a shared centre once every 24 s. */
  static Model school() {
    Random random = new Random(38);
    Model model = new Model();
    Material body = Material.color("yellow-fish", 0xe6b53a);
    Material fin = Material.color("fish-fin", 0x2f6fb8).twoSided();
    for (int layer = 0; layer < 3; layer++) {
      Model.Part ring = model.moving("school-" + layer, 0, (layer - 1) * 0.7, 0).turns(Motion.spinY(24, false));
      for (int i = 0; i < 20; i++) {
        double a = i * 18 + layer * 9 + random.nextDouble() * 10;
        double r = 1.5 + layer * 0.4 + random.nextDouble() * 0.7;
        double rad = Math.toRadians(a);
        fish(ring, "fish-" + layer + "-" + i, Math.cos(rad) * r, (random.nextDouble() - 0.5) * 0.5, -Math.sin(rad) * r,
            a + 90 + random.nextDouble() * 8 - 4, 0.42, body, fin, 1, random.nextDouble());
      }
    }
    return model;
  }

  /** A big mottled grouper cruising slowly round a 4 m circle once a minute. */
  static Model grouper() {
    Model model = new Model();
    Model.Part ring = model.moving("grouper-ring", 0, 0, 0).turns(Motion.spinY(60, false));
    Model.Part swimmer = ring.moving("grouper", 4, 0, 0).travels(Motion.bob(4, 0, 0, 0.25, 20, 0));
    Material body = Material.color("grouper", 0x6b6446);
    Material fin = Material.color("grouper-fin", 0x4e4a34).twoSided();
    fish(swimmer, "grouper", 0, 0, 0, 90, 1.3, body, fin, 3, 0);
    Mesh spots = swimmer.part(Material.color("grouper-spots", 0x8a8058));
    Random random = new Random(39);
    Mat4 heading = Mat4.rotateY(90);
    for (int i = 0; i < 14; i++) {
      double u = random.nextDouble() * 0.9 - 0.5, v = random.nextDouble() * 0.16 - 0.08;
      for (int side = -1; side <= 1; side += 2) {
        spots.sphere(Mat4.scale(0.06, 0.05, 0.02).then(Mat4.translate(u, v, side * 0.14 * Math.sqrt(1 - 4 * u * u * 0.9)))
            .then(heading), 2, 4);
      }
    }
    return model;
  }

  /**
   * A green sea turtle gliding round a 1.3 m circle once every 48 s, rising and sinking a little, its
   * front flippers beating slowly.
   */
  static Model turtle() {
    Model model = new Model();
    Model.Part ring = model.moving("turtle-ring", 0, 0, 0).turns(Motion.spinY(48, false));
    Model.Part turtle = ring.moving("turtle", 1.3, 0, 0).travels(Motion.bob(1.3, 0, 0, 0.25, 16, 0));
    Mat4 face = Mat4.rotateY(90);
    turtle.part(Material.color("shell", 0x5e5a30)).sphere(Mat4.scale(0.6, 0.22, 0.48).then(face), 4, 10);
    Mesh scutes = turtle.part(Material.color("scutes", 0x7a6a38));
    for (int i = 0; i < 5; i++) {
      double x = -0.35 + i * 0.17;
      scutes.sphere(Mat4.scale(0.09, 0.04, 0.1).then(Mat4.translate(x, 0.19, 0)).then(face), 2, 6);
    }
    turtle.part(Material.color("plastron", 0xb8a56a))
        .sphere(Mat4.scale(0.55, 0.09, 0.42).then(Mat4.translate(0, -0.08, 0)).then(face), 3, 8);
    Material skin = Material.color("turtle-skin", 0x7c7a52);
    turtle.part(skin).sphere(Mat4.scale(0.17, 0.12, 0.13).then(Mat4.translate(0.72, 0.02, 0)).then(face), 4, 8);
    for (int side = -1; side <= 1; side += 2) {
      double[] front = face.apply(0.3, -0.02, side * 0.4);
      Model.Part flipper = turtle.moving("front-flipper-" + (side < 0 ? "left" : "right"), front[0], front[1], front[2])
          .turns(Motion.swing(0, 0, side, 22, 4, 0));
      flipper.part(skin).sphere(Mat4.scale(0.16, 0.03, 0.42).then(Mat4.rotateY(side * 30))
          .then(Mat4.translate(-0.05, 0, side * 0.32)).then(face), 3, 6);
      turtle.part(skin).sphere(Mat4.scale(0.12, 0.03, 0.17).then(Mat4.translate(-0.48, -0.03, side * 0.3)).then(face), 3, 6);
    }
    return model;
  }

  /**
   * A whale shark, the biggest fish, about 8 m long, cruising round a 5 m circle once every 60 s,
   * its tail sweeping slowly: dark blue-grey above with pale spots, pale below.
   */
  static Model whaleShark() {
    Model model = new Model();
    Model.Part ring = model.moving("shark-ring", 0, 0, 0).turns(Motion.spinY(60, true));
    // turning clockwise, what sits at angle 0 moves along yaw -90: +x points at +z
    Model.Part shark = ring.moving("shark", 5, 0, 0).travels(Motion.bob(5, 0, 0, 0.4, 30, 0));
    Mat4 face = Mat4.rotateY(-90);
    Material skin = Material.color("shark-skin", 0x34495a);
    shark.part(skin).sphere(Mat4.scale(3.4, 0.75, 0.9).then(face), 6, 12);
    shark.part(skin).sphere(Mat4.scale(0.9, 0.5, 1.0).then(Mat4.translate(2.7, -0.05, 0)).then(face), 4, 10);
    shark.part(Material.color("shark-belly", 0x8e9aa0))
        .sphere(Mat4.scale(3.1, 0.45, 0.8).then(Mat4.translate(0.2, -0.3, 0)).then(face), 5, 10);
    shark.part(Material.color("shark-mouth", 0x1a2430)).box(Mat4.translate(3.58, -0.3, 0).then(face), 0.08, 0.12, 1.1);
    Material fin = Material.color("shark-fin", 0x2c3e4c).twoSided();
    shark.part(fin).triangle(face, new double[] {-0.6, 0.6, 0}, new double[] {0.5, 0.6, 0}, new double[] {-0.5, 1.5, 0});
    for (int side = -1; side <= 1; side += 2) {
      shark.part(fin).triangle(face, new double[] {1.2, -0.3, side * 0.7}, new double[] {0.4, -0.35, side * 0.7},
          new double[] {0.3, -0.7, side * 2.0});
    }
    Mesh spots = shark.part(Material.color("shark-spots", 0xc4ccc8));
    Random random = new Random(40);
    for (int i = 0; i < 70; i++) {
      double x = -2.6 + random.nextDouble() * 5.4, t = Math.acos(1 - random.nextDouble() * 1.1);
      double k = Math.sqrt(Math.max(0, 1 - x * x / (3.4 * 3.4)));
      double side = random.nextBoolean() ? 1 : -1;
      double y = Math.cos(t) * 0.75 * k, z = side * Math.sin(t) * 0.9 * k;
      spots.sphere(Mat4.scale(0.07, 0.07, 0.07).then(Mat4.translate(x, y, z)).then(face), 2, 4);
    }
    double[] root = face.apply(-3.2, 0.05, 0);
    Model.Part tail = shark.moving("shark-tail", root[0], root[1], root[2]).turns(Motion.swing(0, 1, 0, 14, 6, 0));
    tail.part(skin).sphere(Mat4.scale(0.8, 0.3, 0.3).then(Mat4.translate(-0.5, 0, 0)).then(face), 3, 6);
    tail.part(fin).triangle(face, new double[] {-1.0, 0, 0}, new double[] {-2.0, 1.8, 0}, new double[] {-1.5, 0, 0});
    tail.part(fin).triangle(face, new double[] {-1.0, 0, 0}, new double[] {-1.5, 0, 0}, new double[] {-1.8, -1.0, 0});
    return model;
  }

  /** A five-armed sea star, 0.7 m across, lying flat on its underside; knobbly ridges on its arms. */
  static Model seaStar() {
    Model model = new Model();
    Mesh star = model.part(Material.color("sea-star", 0xc9502a));
    Mesh knobs = model.part(Material.color("sea-star-knobs", 0xe08e4a));
    for (int i = 0; i < 5; i++) {
      Mat4 at = Mat4.rotateY(i * 72);
      double[] top = {0, 0.08, 0}, tip = {0, 0.01, 0.36}, left = {0.08, 0.02, 0.04}, right = {-0.08, 0.02, 0.04};
      double[] ridge = {0, 0.05, 0.2};
      star.triangle(at, top, ridge, left);
      star.triangle(at, left, ridge, tip);
      star.triangle(at, top, right, ridge);
      star.triangle(at, right, tip, ridge);
      star.triangle(at, new double[] {0, 0, 0}, left, tip);
      star.triangle(at, new double[] {0, 0, 0}, tip, right);
      for (int k = 0; k < 3; k++) {
        knobs.sphere(Mat4.scale(0.018, 0.018, 0.018).then(Mat4.translate(0, 0.07 - k * 0.018, 0.08 + k * 0.08)).then(at), 2, 4);
      }
    }
    return model;
  }

  /** Three pale moon jellies drifting up and down, each at its own beat, once every 12 s. */
  static Model jellies() {
    Model model = new Model();
    Material bell = Material.color("jelly-bell", 0xb8b0d0).twoSided();
    Material rim = Material.color("jelly-rim", 0xd8b0cc).twoSided();
    double[][] at = {{0, 0, 0}, {1.6, 1.2, -1.0}, {-1.3, 0.6, 0.9}};
    for (int i = 0; i < at.length; i++) {
      Model.Part jelly = model.moving("jelly-" + i, at[i][0], at[i][1], at[i][2])
          .travels(Motion.bob(at[i][0], at[i][1], at[i][2], 0.35, 12, i / 3.0));
      // the bell is the top of a sphere, open below
      Mesh dome = jelly.part(bell);
      for (int s = 0; s < 10; s++) {
        for (int r = 0; r < 2; r++) {
          double p0 = Math.PI * 0.28 * r, p1 = Math.PI * 0.28 * (r + 1);
          double a0 = 2 * Math.PI * s / 10, a1 = 2 * Math.PI * (s + 1) / 10;
          dome.quad(Mat4.scale(0.45, 0.3, 0.45), dome(p0, a0), dome(p1, a0), dome(p1, a1), dome(p0, a1));
        }
      }
      Mesh tentacles = jelly.part(rim);
      for (int k = 0; k < 8; k++) {
        Mat4 turn = Mat4.rotateY(k * 45);
        double length = k % 2 == 0 ? 0.9 : 0.6;
        tentacles.quad(turn, new double[] {-0.015, 0.08, 0.36}, new double[] {0.015, 0.08, 0.36},
            new double[] {0.01, 0.08 - length, 0.42}, new double[] {-0.01, 0.08 - length, 0.42});
      }
    }
    return model;
  }

  private static double[] dome(double polar, double azimuth) {
    return new double[] {Math.sin(polar) * Math.sin(azimuth), Math.cos(polar), Math.sin(polar) * Math.cos(azimuth)};
  }
}
