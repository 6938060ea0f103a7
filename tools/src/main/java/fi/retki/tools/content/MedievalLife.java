package fi.retki.tools.content;

/**
 * The people-sized life of the medieval town: townsfolk (standing, or walking slowly round the
 * market with swinging arms and legs), a horse and cart, a flag that flies in the wind and birds
 * circling high above. Everything that moves in one model loops in the same time.
 */
final class MedievalLife {
  /** One walk round the market, seconds; arms, legs and wings swing a whole number of times in it. */
  static final double WALK = 48;

  private MedievalLife() {}

  /** A standing person, about 1.7 m: legs (or a skirt), a tunic, arms, a head and a hood or cap. */
  static Model person(int tunic, int legs, int hood, boolean skirt) {
    Model model = new Model();
    body(model.moving("body", 0, 0, 0), tunic, legs, hood, skirt, false, 0);
    return model;
  }

  /**
   * A person walking anticlockwise round a circle of {@code radius} about the model's origin,
   * facing the way they go (turn the object to start them elsewhere on the circle).
   */
  static Model walker(int tunic, int legs, int hood, boolean skirt, double radius, double phase) {
    Model model = new Model();
    Model.Part walk = model.moving("walk", -radius, 0, 0).travels(Motion.path(WALK, circle(radius, 0)));
    Model.Part turn = walk.moving("heading", 0, 0, 0).turns(Motion.spinY(WALK, false));
    body(turn, tunic, legs, hood, skirt, true, phase);
    return model;
  }

  /** Key frames round a circle, anticlockwise seen from above, starting at -x. */
  private static double[][] circle(double radius, double y) {
    double[][] path = new double[Motion.STEPS][];
    for (int i = 0; i < Motion.STEPS; i++) {
      double a = 2 * Math.PI * i / Motion.STEPS;
      path[i] = new double[] {-radius * Math.cos(a), y, radius * Math.sin(a)};
    }
    return path;
  }

  private static void body(Model.Part at, int tunic, int legs, int hood, boolean skirt, boolean walking, double phase) {
    Material cloth = Material.color("tunic-" + Integer.toHexString(tunic), tunic);
    Material hose = Material.color("legs-" + Integer.toHexString(legs), legs);
    Material skin = Material.color("skin", 0xd9a882);
    if (skirt) {
      at.part(hose).cylinder(Mat4.identity(), 0.3, 0.2, 0.9, 8);
    } else {
      for (int side = -1; side <= 1; side += 2) {
        Model.Part leg = at.moving("leg", side * 0.1, 0.85, 0);
        if (walking) {
          leg.turns(Motion.swing(1, 0, 0, 22, WALK / 48, side < 0 ? phase : phase + 0.5));
        }
        leg.part(hose).box(Mat4.translate(0, -0.85, 0), 0.13, 0.85, 0.16);
      }
    }
    at.part(cloth).box(Mat4.translate(0, 0.8, 0), 0.42, 0.62, 0.26);
    at.part(skin).sphere(Mat4.scale(0.12, 0.14, 0.12).then(Mat4.translate(0, 1.56, 0)), 4, 7);
    at.part(Material.color("hood-" + Integer.toHexString(hood), hood))
        .sphere(Mat4.scale(0.13, 0.08, 0.13).then(Mat4.translate(0, 1.64, -0.01)), 3, 7);
    for (int side = -1; side <= 1; side += 2) {
      Model.Part arm = at.moving("arm", side * 0.26, 1.38, 0);
      if (walking) {
        arm.turns(Motion.swing(1, 0, 0, 25, WALK / 48, side < 0 ? phase + 0.5 : phase));
      }
      arm.part(cloth).box(Mat4.translate(0, -0.55, 0), 0.1, 0.55, 0.12);
      arm.part(skin).box(Mat4.translate(0, -0.66, 0), 0.08, 0.11, 0.09);
    }
  }

  /** A two-wheeled cart with sacks, and the horse in its shafts (facing +z). */
  static Model horseAndCart() {
    Model model = new Model();
    Material wood = Material.color("cart-wood", 0x7a5634);
    model.part(wood).box(Mat4.translate(0, 0.75, -1.2), 1.5, 0.12, 2.2);
    Mesh sides = model.part(wood);
    sides.box(Mat4.translate(0.72, 0.87, -1.2), 0.06, 0.35, 2.2);
    sides.box(Mat4.translate(-0.72, 0.87, -1.2), 0.06, 0.35, 2.2);
    Mesh wheels = model.part(Material.color("cart-wheel", 0x4e3620));
    for (int side = -1; side <= 1; side += 2) {
      wheels.cylinder(Mat4.rotateZ(90).then(Mat4.translate(side * 0.95, 0.6, -1.1)), 0.6, 0.6, 0.1, 12);
      sides.box(Mat4.translate(side * 0.45, 0.8, 0.5), 0.07, 0.07, 2.0);
    }
    Mesh sacks = model.part(Material.color("sacks", 0xc8b88a));
    sacks.sphere(Mat4.scale(0.35, 0.3, 0.45).then(Mat4.translate(0.3, 1.1, -1.5)), 4, 7);
    sacks.sphere(Mat4.scale(0.35, 0.3, 0.45).then(Mat4.translate(-0.3, 1.1, -0.9)), 4, 7);
    Material coat = Material.color("horse-coat", 0x6b4226);
    Mesh horse = model.part(coat);
    horse.sphere(Mat4.scale(0.38, 0.42, 0.9).then(Mat4.translate(0, 1.35, 1.3)), 4, 8);
    horse.box(Mat4.rotateX(35).then(Mat4.translate(0, 1.45, 2.0)), 0.3, 0.75, 0.35);
    horse.box(Mat4.rotateX(100).then(Mat4.translate(0, 2.1, 2.35)), 0.24, 0.55, 0.3);
    for (int i = 0; i < 4; i++) {
      horse.box(Mat4.translate(i < 2 ? 0.2 : -0.2, 0, i % 2 == 0 ? 1.9 : 0.7), 0.14, 1.1, 0.16);
    }
    model.part(Material.color("mane", 0x2a1a10)).box(Mat4.rotateX(35).then(Mat4.translate(0, 1.8, 1.9)), 0.08, 0.6, 0.2);
    return model;
  }

  /** A flag on a pole: four strips of cloth, each hinged on the one before, swinging in a wave. */
  static Model flyingFlag(int cloth, int stripe) {
    Model model = new Model();
    model.part(Material.color("flag-pole", 0x3a2a1a)).cylinder(Mat4.identity(), 0.07, 0.05, 3.4, 6);
    Model.Part strip = null;
    for (int i = 0; i < 4; i++) {
      Model.Part next = strip == null ? model.moving("flag-0", 0.05, 0, 0) : strip.moving("flag-" + i, 0.55, 0, 0);
      next.turns(Motion.swing(0, 1, 0, 10 + i * 5, 2, i * 0.15));
      Material m = Material.color(i == 1 ? "flag-stripe" : "flag-cloth", i == 1 ? stripe : cloth).twoSided();
      next.part(m).quad(Mat4.identity(), new double[] {0, 2.3, 0}, new double[] {0.56, 2.3, 0},
          new double[] {0.56, 3.3, 0}, new double[] {0, 3.3, 0});
      strip = next;
    }
    return model;
  }

  /** A bird circling high over the town round a circle of {@code radius}, its wings beating. */
  static Model bird(double radius, double height) {
    Model model = new Model();
    Material feathers = Material.color("bird", 0x2a2a2e).twoSided();
    Model.Part flight = model.moving("bird", -radius, height, 0).travels(Motion.path(WALK, circle(radius, height)));
    Model.Part heading = flight.moving("heading", 0, 0, 0).turns(Motion.spinY(WALK, false));
    heading.part(feathers).box(Mat4.identity(), 0.12, 0.1, 0.5);
    for (int side = -1; side <= 1; side += 2) {
      Model.Part wing = heading.moving("wing", side * 0.05, 0.05, 0).turns(Motion.swing(0, 0, 1, 30, WALK / 96, side < 0 ? 0 : 0.5));
      double tip = side * 0.6;
      wing.part(feathers).triangle(Mat4.identity(), new double[] {0, 0, 0.15}, new double[] {tip, 0, -0.1},
          new double[] {0, 0, -0.15});
    }
    return model;
  }
}
