package fi.retki.tools.content;

import java.util.Random;

/**
 * The sea floor's still and swaying growth: corals of four kinds, sponges, kelp, lumpy rocks. The
 * colours are saturated but not neon, and a little dark: the sea's blue-green light and fog fall on
 * them, and a coral that is bright in the generator would glow in the client.
 */
final class ReefKit {
  static final int CORAL_RED = 0xd85a48;
  static final int CORAL_ORANGE = 0xe8943a;
  static final int CORAL_PINK = 0xd070a0;
  static final int FAN_PURPLE = 0xa862c4;
  static final int TABLE_YELLOW = 0xc9a93a;
  static final int BRAIN_OCHRE = 0xc09448;
  static final int BRAIN_GREEN = 0x8fa04a;
  static final int SPONGE_VIOLET = 0x8a5ab8;
  static final int ROCK = 0x5e5a4e;
  /** The swing of kelp: every kelp motion lasts this long, so the loop closes. */
  static final double KELP_SECONDS = 8;

  private ReefKit() {}

  /** Staghorn coral: a few branches leaning out, each forking twice. */
  static void branching(Mesh coral, Mat4 at, long seed, double size) {
    Random random = new Random(seed);
    for (int i = 0; i < 8; i++) {
      double lean = 8 + random.nextDouble() * 40, turn = i * 45 + random.nextDouble() * 30;
      double length = size * (0.45 + random.nextDouble() * 0.35);
      Mat4 branch = Mat4.rotateZ(lean).then(Mat4.rotateY(turn)).then(at);
      coral.cylinder(branch, size * 0.09, size * 0.07, length, 5);
      for (int j = 0; j < 3; j++) {
        Mat4 fork = Mat4.rotateZ(-40 + j * 40).then(Mat4.rotateY(j * 120)).then(Mat4.translate(0, length * 0.95, 0))
            .then(branch);
        coral.cylinder(fork, size * 0.065, size * 0.035, length * 0.6, 5);
      }
    }
  }

  /** A brain coral: a low dome with meandering grooves painted on. */
  static void brain(Mesh dome, Mat4 at, double size) {
    dome.sphere(Mat4.scale(size, size * 0.62, size).then(Mat4.translate(0, -size * 0.12, 0)).then(at), 5, 12);
  }

  static byte[] brainTexture(long seed, int color) {
    Noise folds = new Noise(seed);
    return Kit.texture(256, (u, v) -> {
      double f = Math.sin((u * 28 + folds.fbm(u * 5, v * 5, 3) * 7) * Math.PI);
      return Paint.mix(Paint.shade(color, 0.55), color, f * 0.5 + 0.5);
    });
  }

  /** A sea fan: a flat lacy fan on a short stem, standing across the current. */
  static void fan(Mesh fan, Mesh ribs, Mat4 place, double size) {
    Mat4 at = Mat4.rotateX(-35).then(place); // leaning back a little, its face catches the light from above
    ribs.cylinder(at, size * 0.04, size * 0.03, size * 0.25, 4);
    int blades = 10;
    double[] hub = {0, size * 0.2, 0};
    for (int i = 0; i < blades; i++) {
      double a0 = Math.toRadians(-70 + i * 14), a1 = Math.toRadians(-70 + (i + 1) * 14);
      double r0 = size * (0.9 + 0.15 * Math.sin(i * 1.7)), r1 = size * (0.9 + 0.15 * Math.sin((i + 1) * 1.7));
      double[] p0 = {Math.sin(a0) * r0, hub[1] + Math.cos(a0) * r0, 0};
      double[] p1 = {Math.sin(a1) * r1, hub[1] + Math.cos(a1) * r1, 0};
      fan.triangle(at, hub, p0, p1);
      // a darker rib along every other edge gives the fan its net
      if (i % 2 == 0) {
        ribs.quad(at, new double[] {hub[0] - 0.015, hub[1], 0.01}, new double[] {hub[0] + 0.015, hub[1], 0.01},
            new double[] {p0[0] + 0.015, p0[1], 0.01}, new double[] {p0[0] - 0.015, p0[1], 0.01});
      }
    }
  }

  /** A table coral: a stout stem under a wide, wavy-edged plate. */
  static void table(Mesh stem, Mesh plate, Mat4 at, double size) {
    stem.cylinder(at, size * 0.14, size * 0.1, size * 0.5, 6);
    int sides = 12;
    double top = size * 0.5;
    for (int i = 0; i < sides; i++) {
      double a0 = 2 * Math.PI * i / sides, a1 = 2 * Math.PI * (i + 1) / sides;
      double e0 = size * (1 + 0.12 * Math.sin(i * 2.3)), e1 = size * (1 + 0.12 * Math.sin((i + 1) * 2.3));
      double[] c = {0, top + size * 0.08, 0};
      double[] o0 = {Math.sin(a0) * e0, top + size * 0.02 * Math.cos(i * 3.1), Math.cos(a0) * e0};
      double[] o1 = {Math.sin(a1) * e1, top + size * 0.02 * Math.cos((i + 1) * 3.1), Math.cos(a1) * e1};
      plate.triangle(at, c, o0, o1);
      plate.triangle(at, new double[] {0, top - size * 0.04, 0}, o1, o0);
    }
  }

  /** Tube sponges: a bunch of upright open tubes. */
  static void sponges(Mesh sponge, Mat4 at, long seed, double size) {
    Random random = new Random(seed);
    for (int i = 0; i < 4; i++) {
      double a = i * 95 + random.nextDouble() * 30, d = size * 0.18 * (i == 0 ? 0 : 1);
      double h = size * (0.6 + random.nextDouble() * 0.5);
      Mat4 tube = Mat4.rotateZ(random.nextDouble() * 14 - 7).then(Mat4.translate(d, 0, 0))
          .then(Mat4.rotateY(a)).then(at);
      sponge.cylinder(tube, size * 0.1, size * 0.13, h, 7);
    }
  }

  /** The height of a rock's top, as a share of its height. */
  static final double TOP = 0.85;

  /** A lumpy rock: a sphere whose every vertex is pushed in or out by noise, flattened below. */
  static void rock(Mesh mesh, Mat4 at, long seed, double size, double height) {
    Noise noise = new Noise(seed);
    int rings = 5, segments = 9;
    double[][][] p = new double[rings + 1][segments + 1][];
    for (int r = 0; r <= rings; r++) {
      double polar = Math.PI * r / rings;
      for (int s = 0; s <= segments; s++) {
        double azimuth = 2 * Math.PI * (s % segments) / segments;
        // the top ring stays high, so the top is a flat-ish shelf (the sea star lies on one)
        double jitter = noise.value(r * 1.3, (s % segments) * 1.7);
        double bump = r == 0 || r == rings ? 1 : r == 1 ? 1 + 0.2 * jitter : 0.75 + 0.5 * jitter;
        double x = Math.sin(polar) * Math.sin(azimuth) * bump, z = Math.sin(polar) * Math.cos(azimuth) * bump;
        double y = r == 0 ? TOP : Math.min(TOP, Math.max(-0.3, Math.cos(polar)) * bump);
        p[r][s] = new double[] {x * size, y * height, z * size};
      }
    }
    for (int r = 0; r < rings; r++) {
      for (int s = 0; s < segments; s++) {
        mesh.triangle(at, p[r][s], p[r + 1][s], p[r + 1][s + 1]);
        mesh.triangle(at, p[r][s], p[r + 1][s + 1], p[r][s + 1]);
      }
    }
  }

  /**
   * A clump of giant kelp: {@code stalks} tall stalks, each a chain of swaying segments (a swing of
   * each joint on top of the one below bends the whole stalk like a rope), with blades and floats.
   */
  static Model kelp(long seed, int stalks, double height) {
    Random random = new Random(seed);
    Model model = new Model();
    Material stalkColour = Material.color("kelp-stalk", 0x6a6226).twoSided();
    Material bladeColour = Material.color("kelp-blade", 0x8a7a2c).twoSided();
    Material floatColour = Material.color("kelp-float", 0x8c7a2e);
    model.part(Material.color("holdfast", 0x4a4420)).sphere(Mat4.scale(0.5, 0.25, 0.5), 3, 7);
    int segments = 4;
    double length = height / segments;
    for (int i = 0; i < stalks; i++) {
      double a = 2 * Math.PI * i / stalks + random.nextDouble(), d = i == 0 ? 0 : 0.3 + random.nextDouble() * 0.5;
      double phase = random.nextDouble();
      double ax = Math.cos(a * 3), az = Math.sin(a * 3);
      Model.Part segment = model.moving("kelp-" + i + "-0", Math.cos(a) * d, 0.1, Math.sin(a) * d)
          .turns(Motion.swing(ax, 0, az, 5 + random.nextDouble() * 3, KELP_SECONDS, phase));
      double scale = 0.8 + random.nextDouble() * 0.4;
      for (int j = 0; j < segments; j++) {
        stalkSegment(segment.part(stalkColour), segment.part(bladeColour), segment.part(floatColour), random,
            length * scale, j == segments - 1);
        if (j < segments - 1) {
          segment = segment.moving("kelp-" + i + "-" + (j + 1), 0, length * scale, 0)
              .turns(Motion.swing(ax, 0, az, 6, KELP_SECONDS, phase + 0.08 * (j + 1)));
        }
      }
    }
    return model;
  }

  private static void stalkSegment(Mesh stalk, Mesh blades, Mesh floats, Random random, double length, boolean top) {
    stalk.quad(Mat4.identity(), new double[] {-0.04, 0, 0}, new double[] {0.04, 0, 0},
        new double[] {0.04, length, 0}, new double[] {-0.04, length, 0});
    stalk.quad(Mat4.identity(), new double[] {0, 0, -0.04}, new double[] {0, 0, 0.04},
        new double[] {0, length, 0.04}, new double[] {0, length, -0.04});
    int leaves = top ? 5 : 3;
    for (int k = 0; k < leaves; k++) {
      double y = length * (k + 0.5) / leaves, turn = random.nextDouble() * 360;
      double bladeLength = 1.0 + random.nextDouble() * 0.6, w = 0.24;
      Mat4 at = Mat4.rotateZ(35 + random.nextDouble() * 25).then(Mat4.rotateY(turn)).then(Mat4.translate(0, y, 0));
      blades.quad(at, new double[] {0, 0, 0}, new double[] {bladeLength * 0.5, -w, 0},
          new double[] {bladeLength, 0, 0}, new double[] {bladeLength * 0.5, w, 0});
      floats.sphere(Mat4.scale(0.07, 0.09, 0.07).then(Mat4.translate(0.12, 0.02, 0)).then(at), 2, 4);
    }
  }
}
