package fi.retki.tools.content;

import java.util.Random;

/**
 * An old wooden sailing ship lying on its side on the sand: a planked hull lofted from cross
 * sections (round bilge, pointed bow, flat transom), a hole in its deck, its mainmast lying out
 * over the sand, and the whole upper side grown over with sponges, corals and weed. The hull is
 * built upright (keel along x at y = 0, deck up) and then rolled over by {@link #ROLL}.
 */
final class Shipwreck {
  static final double LENGTH = 14;
  private static final double ROLL = -72;
  private static final int SECTIONS = 14;
  private static final int AROUND = 8;
  private static final Mat4 LYING =
      Mat4.translate(0, -1.4, 0).then(Mat4.rotateX(ROLL)).then(Mat4.rotateZ(4)).then(Mat4.translate(0, 1.5, 0));

  private Shipwreck() {}

  static Model model() {
    Model model = new Model();
    Mat4 lying = LYING;
    Mesh hull = model.part(Material.textured("planks", planks(), "image/jpeg").twoSided());
    double[][][] at = new double[SECTIONS + 1][AROUND + 1][];
    for (int i = 0; i <= SECTIONS; i++) {
      double x = -LENGTH / 2 + LENGTH * i / SECTIONS;
      for (int k = 0; k <= AROUND; k++) {
        at[i][k] = point(x, Math.PI * k / AROUND - Math.PI / 2);
      }
    }
    for (int i = 0; i < SECTIONS; i++) {
      for (int k = 0; k < AROUND; k++) {
        double u0 = (double) i / SECTIONS, u1 = (double) (i + 1) / SECTIONS;
        double v0 = (double) k / AROUND, v1 = (double) (k + 1) / AROUND;
        hull.triangle(lying, at[i][k], at[i + 1][k], at[i + 1][k + 1], new double[] {u0, v0}, new double[] {u1, v0},
            new double[] {u1, v1});
        hull.triangle(lying, at[i][k], at[i + 1][k + 1], at[i][k + 1], new double[] {u0, v0}, new double[] {u1, v1},
            new double[] {u0, v1});
      }
    }
    // the flat stern (transom) and the deck, with a broken hole amidships
    for (int k = 0; k < AROUND; k++) {
      hull.triangle(lying, new double[] {-LENGTH / 2, deck(-LENGTH / 2), 0}, at[0][k + 1], at[0][k]);
    }
    for (int i = 1; i < SECTIONS - 2; i++) {
      if (i == 6 || i == 7) {
        continue;
      }
      hull.quad(lying, at[i][AROUND], at[i + 1][AROUND], at[i + 1][0], at[i][0]);
    }
    model.part(Material.color("mast", 0x4a3826)).cylinder(Mat4.translate(-3.5, deck(-3.5), 0).then(LYING), 0.17, 0.15, 1.3, 6);
    growth(model, LYING);
    return model;
  }

  /**
   * The fallen mainmast and a barrel, placed like the hull: a model of their own, so the hull's
   * bounds (what a view of the wreck must hold) are the ship's and not the mast's reach.
   */
  static Model debris() {
    Model model = new Model();
    Mesh wood = model.part(Material.color("mast", 0x4a3826));
    // the mainmast broke and fell: tipped a further 33 degrees, it slopes from the deck down into the sand
    Mat4 mast = Mat4.rotateX(-33).then(Mat4.rotateZ(-6)).then(Mat4.translate(1, deck(1), 0)).then(LYING);
    wood.cylinder(mast, 0.2, 0.13, 8.5, 6);
    wood.cylinder(Mat4.rotateZ(80).then(Mat4.translate(0.3, 5.5, 0.3)).then(mast), 0.09, 0.07, 2.2, 5);
    model.part(Material.color("barrel", 0x5e4630)).cylinder(Mat4.rotateX(90).then(Mat4.rotateY(30))
        .then(Mat4.translate(4.2, 0.4, -5.5)), 0.4, 0.4, 0.9, 8);
    return model;
  }

  /** The hull's skin at {@code x}, {@code angle} from -pi/2 (port gunwale) through 0 (keel) to pi/2. */
  private static double[] point(double x, double angle) {
    double t = (x + LENGTH / 2) / LENGTH;
    double beam = t < 0.45 ? 0.78 + 0.22 * Math.sin(t / 0.45 * Math.PI / 2)
        : Math.pow(Math.max(0, Math.cos((t - 0.45) / 0.55 * Math.PI / 2)), 0.7); // cos(π/2) may round below 0
    double width = 2.3 * beam, depth = 2.6 * (0.55 + 0.45 * beam);
    double top = deck(x);
    return new double[] {x, top - depth * Math.pow(Math.max(0, Math.cos(angle)), 0.8), width * Math.sin(angle)};
  }

  private static double deck(double x) {
    return 2.6 + 0.5 * Math.pow(x / (LENGTH / 2), 2);
  }

  /** Sponges, coral tufts and weed on the side that now faces up (starboard) and along the keel. */
  private static void growth(Model model, Mat4 lying) {
    Random random = new Random(41);
    int[] colours = {ReefKit.CORAL_PINK, ReefKit.CORAL_ORANGE, ReefKit.SPONGE_VIOLET, 0x5c7436, ReefKit.BRAIN_OCHRE};
    Mesh[] meshes = new Mesh[colours.length];
    for (int c = 0; c < colours.length; c++) {
      meshes[c] = model.part(Material.color("growth-" + c, colours[c]));
    }
    for (int n = 0; n < 70; n++) {
      double x = -LENGTH / 2 + 0.8 + random.nextDouble() * (LENGTH - 2.5);
      double angle = random.nextDouble() * Math.PI * 0.55 - 0.05;
      double[] p = point(x, angle);
      double size = 0.12 + random.nextDouble() * 0.22;
      Mesh mesh = meshes[n % colours.length];
      Mat4 place = Mat4.translate(p[0], p[1], p[2] + 0.05).then(lying);
      if (n % colours.length == 3) {
        ReefKit.sponges(mesh, Mat4.scale(1, 1, 1).then(Mat4.rotateX(-ROLL)).then(place), n, size * 2);
      } else {
        mesh.sphere(Mat4.scale(size, size * 0.7, size).then(place), 2, 5);
      }
    }
    Mesh coral = model.part(Material.color("wreck-coral", ReefKit.CORAL_RED));
    for (int n = 0; n < 6; n++) {
      double[] p = point(-4 + n * 1.6, 0.9 + random.nextDouble() * 0.4);
      ReefKit.branching(coral, Mat4.rotateX(-ROLL).then(Mat4.translate(p[0], p[1], p[2])).then(lying), 50 + n, 0.7);
    }
  }

  private static byte[] planks() {
    Noise grain = new Noise(37);
    return Kit.texture(512, (u, v) -> {
      double plank = Math.floor(v * 14);
      double wood = grain.fbm(u * 3, v * 60 + plank * 7, 4);
      int base = Paint.mix(0x4a3a28, 0x6a5236, wood);
      int grown = Paint.mix(base, 0x4e6244, Paint.smoothstep(0.45, 0.7, grain.fbm(u * 6, v * 6, 3)));
      return (v * 14) % 1 < 0.07 ? 0x2a2016 : grown;
    });
  }
}
