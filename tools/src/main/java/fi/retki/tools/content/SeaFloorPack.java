package fi.retki.tools.content;

import java.util.Random;

/**
 * A warm sea floor seen under blue water: a coral reef, a kelp forest, a sunken sailing ship, a sea
 * turtle, a school of fish, a sea star on a rock, and the drop-off into deep water with a whale
 * shark cruising over it. The tour runs from the start (z = 38) north to the drop-off (z = -50).
 *
 * <p>The water is made of three things that agree: blue-green fog that hides everything at 45 m,
 * a sky that is the view from under water (the bright rippled circle of the surface straight up,
 * "Snell's window", shading to the fog's blue at the horizon and darker below), and a sun shining
 * nearly straight down, tinted blue-green. The sand is painted a muted beige-grey and darkens with
 * depth, so the drop-off fades into the dark.
 */
final class SeaFloorPack implements PackDesign {
  static final int WATER = 0x0f4a66;
  /** Where the floor drops away, and how steeply (metres down per metre out). */
  private static final double EDGE = -50, CLIFF = 2.4;
  private final Noise noise = new Noise(31);

  @Override
  public String id() {
    return "sea-floor";
  }

  double height(double x, double z) {
    double edge = EDGE + 3 * Math.sin(x / 11);
    double drop = z < edge ? -Math.min(45, CLIFF * (edge - z)) : 0;
    double reef = 0.8 * Math.exp(-((x + 14) * (x + 14) + (z - 10) * (z - 10)) / 60);
    return drop + reef + (noise.fbm(x / 30, z / 30, 3) - 0.5) * 1.6;
  }

  @Override
  public void build(PackWriter out) {
    out.start(0, 3, 38, 20, -8);
    out.lighting(0.1, -1, 0.06, "#cfe8e2", 2.8, "#3a7f9c", 2.0);
    out.fog("#0f4a66", 45);
    out.exposure(-0.9);
    out.sky(Kit.sky(this::water));
    out.ground(Kit.ground(this::height, this::sand));
    out.thumbnail(SeaThumbnail.paint());

    Random random = new Random(32);
    seaStar(out);
    reef(out, random);
    turtle(out);
    kelp(out, random);
    fish(out);
    wreck(out);
    rocks(out, random);
    deep(out);
  }

  /** The view from under water: Snell's window above, the fog's blue around, darker below. */
  private int water(double u, double e) {
    if (e < 0) {
      return Paint.mix(WATER, 0x061f2c, Paint.smoothstep(0, 0.35, -e));
    }
    double cu = Math.cos(2 * Math.PI * u), su = Math.sin(2 * Math.PI * u);
    double rays = Paint.smoothstep(0.6, 0.8, noise.fbm(cu * 9 + 40, su * 9 + 40, 2))
        * Paint.smoothstep(0.04, 0.25, e) * (1 - Paint.smoothstep(0.25, 0.45, e));
    int around = Paint.mix(Paint.mix(WATER, 0x1c6d8a, Paint.smoothstep(0, 0.42, e)), 0x2f8aa4, rays * 0.35);
    // the surface seen through the window: ripples where it is projected onto a flat plane above
    double far = 1 / Math.tan(Math.max(0.05, e * Math.PI / 2));
    double ripple = noise.fbm(cu * far * 4 + 100, su * far * 4 + 100, 3);
    int surface = Paint.mix(0x4fa6bc, 0x9fd6e0, Paint.smoothstep(0.35, 0.7, ripple));
    surface = Paint.mix(surface, 0xcdebee, Paint.smoothstep(0.7, 1.0, e) * 0.7);
    return Paint.mix(around, surface, Paint.smoothstep(0.42, 0.52, e));
  }

  /** Rippled, muted sand with weedy patches; darker and bluer the deeper it lies. */
  private int sand(double x, double z) {
    double wave = x * 0.35 + z * 0.94 + noise.fbm(x / 5, z / 5, 2) * 2.5;
    double ripple = Math.sin(wave * 2 * Math.PI / 0.8) * 0.5 + 0.5;
    int sand = Paint.mix(0x84765c, 0xa28f72, ripple * 0.55 + noise.fbm(x * 1.5, z * 1.5, 3) * 0.45);
    double weed = Paint.smoothstep(0.62, 0.74, noise.fbm(x / 7, z / 7, 4));
    sand = Paint.mix(sand, 0x5a6240, weed * 0.6);
    double rubble = Math.exp(-((x + 14) * (x + 14) + (z - 10) * (z - 10)) / 120);
    sand = Paint.mix(sand, 0x7a6e5c, rubble * 0.5);
    double depth = Paint.smoothstep(-1.5, -28, height(x, z));
    return Paint.mix(sand, 0x143444, depth);
  }

  private void seaStar(PackWriter out) {
    double x = -3, z = 24, size = 1.1, tall = 0.8;
    Model rock = new Model();
    ReefKit.rock(rock.part(Material.color("star-rock", ReefKit.ROCK)), Mat4.identity(), 42, size, tall);
    out.object("star-rock", out.model("star-rock", rock), x, height(x, z) - 0.1, z, 20, 1);
    double top = height(x, z) - 0.1 + ReefKit.TOP * tall;
    out.object("sea-star", out.model("sea-star", SeaLife.seaStar()), x, top + 0.01, z, 15, 1);
    out.poi("sea-star", x, top + 0.05, z, x + 0.8, top + 0.75, z + 0.95);
    out.subject("sea-star", "sea-star");
  }

  private void reef(PackWriter out, Random random) {
    double cx = -14, cz = 10;
    out.object("coral-head", out.model("coral-head", CoralHead.model()), cx, height(cx, cz) - 0.2, cz, 0, 1.35);
    String[] corals = {
      out.model("coral-branching-red", single(m -> ReefKit.branching(m, Mat4.identity(), 33, 1.1), ReefKit.CORAL_RED)),
      out.model("coral-brain", brain(ReefKit.BRAIN_OCHRE, 36)),
      out.model("coral-fan", fan()),
      out.model("coral-table", table()),
      out.model("coral-branching-orange", single(m -> ReefKit.branching(m, Mat4.identity(), 34, 0.9), ReefKit.CORAL_ORANGE)),
      out.model("coral-brain-green", brain(ReefKit.BRAIN_GREEN, 37)),
      out.model("sponges", single(m -> ReefKit.sponges(m, Mat4.identity(), 35, 1), ReefKit.SPONGE_VIOLET)),
      out.model("coral-branching-pink", single(m -> ReefKit.branching(m, Mat4.identity(), 38, 0.8), ReefKit.CORAL_PINK))
    };
    int placed = 0;
    while (placed < 26) {
      double a = random.nextDouble() * 2 * Math.PI, d = 4.5 + Math.sqrt(random.nextDouble()) * 8;
      double x = cx + Math.cos(a) * d, z = cz + Math.sin(a) * d;
      if (Math.hypot(x - cx - 5.9, z - cz - 7.2) < 4.5) {
        continue; // nothing right in front of the reef's view
      }
      String model = corals[placed % corals.length];
      out.object("coral-" + (++placed), model, x, height(x, z) - 0.05, z, random.nextInt(360),
          0.7 + random.nextDouble() * 0.6);
    }
    out.poi("coral-reef", cx, height(cx, cz) + 1.1, cz, cx + 5.9, height(cx, cz) + 4, cz + 7.2);
    out.subject("coral-reef", "coral-head");
  }

  private void turtle(PackWriter out) {
    double x = 6, y = 3.2, z = 4;
    // at rest (the clip's first frame) the turtle is 1.3 m (scaled) along the object's +x: yaw -53
    // puts it on the view's side of its circle, seen side-on
    out.object("sea-turtle", out.model("sea-turtle", SeaLife.turtle()), x, y, z, -53, 1.3);
    out.poi("sea-turtle", x, y, z, x + 3.5, y + 2.2, z + 4.6);
    out.subject("sea-turtle", "sea-turtle");
  }

  private void kelp(PackWriter out, Random random) {
    String[] clumps = {
      out.model("kelp-a", ReefKit.kelp(43, 5, 11)), out.model("kelp-b", ReefKit.kelp(44, 4, 9.5)),
      out.model("kelp-c", ReefKit.kelp(45, 6, 12))
    };
    // the clump the view is about is a young one, short enough to be seen whole
    out.object("kelp-1", clumps[1], 24, height(24, -2), -2, 0, 0.75);
    for (int i = 2; i <= 14; i++) {
      double x = 22 + random.nextDouble() * 14, z = -16 + random.nextDouble() * 14;
      out.object("kelp-" + i, clumps[i % 3], x, height(x, z), z, random.nextInt(360), 0.8 + random.nextDouble() * 0.4);
    }
    out.poi("kelp-forest", 24, height(24, -2) + 4.4, -2, 16.6, 3.6, 5.4);
    out.subject("kelp-forest", "kelp-1");
  }

  private void fish(PackWriter out) {
    out.object("fish-school", out.model("fish-school", SeaLife.school()), 10, 3.8, -18, 0, 1);
    out.poi("fish-school", 10, 3.8, -18, 13.8, 5, -11.2);
    out.subject("fish-school", "fish-school");
    String grouper = out.model("grouper", SeaLife.grouper());
    out.object("grouper-1", grouper, -4, 1.8, -30, 0, 1);
    out.object("grouper-2", grouper, -20, 2.4, 2, 130, 0.8);
  }

  private void wreck(PackWriter out) {
    double x = -12, z = -36;
    out.object("shipwreck", out.model("shipwreck", Shipwreck.model()), x, height(x, z) - 0.5, z, 200, 1);
    out.object("wreck-mast", out.model("wreck-mast", Shipwreck.debris()), x, height(x, z) - 0.5, z, 200, 1);
    // from off the bow, so the pointed bow, the open deck and the fallen mast all show
    out.poi("shipwreck", x, height(x, z) + 1.2, z + 2, x - 7.5, height(x, z) + 6, z + 14);
    out.subject("shipwreck", "shipwreck");
  }

  private void rocks(PackWriter out, Random random) {
    String[] rocks = new String[3];
    for (int i = 0; i < rocks.length; i++) {
      Model rock = new Model();
      ReefKit.rock(rock.part(Material.color("rock", Paint.shade(ReefKit.ROCK, 0.9 + i * 0.08))), Mat4.identity(),
          46 + i, 1.6, 1 + i * 0.3);
      rocks[i] = out.model("reef-rock-" + (i + 1), rock);
    }
    double[][] at = {{-24, -12}, {14, 20}, {-30, 22}, {30, 12}, {2, -38}, {20, -34}, {-26, -44}, {8, 2}};
    for (int i = 0; i < at.length; i++) {
      double x = at[i][0], z = at[i][1];
      out.object("rock-" + (i + 1), rocks[i % 3], x, height(x, z) - 0.2, z, random.nextInt(360),
          0.7 + random.nextDouble() * 0.8);
    }
  }

  private void deep(PackWriter out) {
    // turning clockwise with yaw -90, the shark is at rest 5 m nearer the edge than the circle's centre
    out.object("whale-shark", out.model("whale-shark", SeaLife.whaleShark()), 0, -6, -62, -90, 1);
    out.object("jellyfish", out.model("jellyfish", SeaLife.jellies()), 6, -1, -55, 0, 1);
    out.poi("deep-water", 0, -6, -62, 0, 2, -47);
    out.subject("deep-water", "whale-shark");
  }

  private static Model single(java.util.function.Consumer<Mesh> shape, int colour) {
    Model model = new Model();
    shape.accept(model.part(Material.color("coral", colour)));
    return model;
  }

  private static Model brain(int colour, long seed) {
    Model model = new Model();
    ReefKit.brain(model.part(Material.textured("brain-coral", ReefKit.brainTexture(seed, colour), "image/jpeg")),
        Mat4.identity(), 0.7);
    return model;
  }

  private static Model fan() {
    Model model = new Model();
    ReefKit.fan(model.part(Material.color("fan", ReefKit.FAN_PURPLE).twoSided()),
        model.part(Material.color("fan-ribs", Paint.shade(ReefKit.FAN_PURPLE, 0.75)).twoSided()), Mat4.identity(), 1.2);
    return model;
  }

  private static Model table() {
    Model model = new Model();
    ReefKit.table(model.part(Material.color("table-stem", Paint.shade(ReefKit.TABLE_YELLOW, 0.7))),
        model.part(Material.color("table", ReefKit.TABLE_YELLOW).twoSided()), Mat4.identity(), 0.8);
    return model;
  }
}
