package fi.retki.tools.content;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The rainforest: the layers from the emergent kapok tree over the canopy and understory down to
 * the forest floor, a river, a sloth, a poison dart frog and a toucan.
 */
final class RainforestPack implements PackDesign {
  /*
   * A river runs east-west through the middle; the points of interest line its north bank, and
   * the views of the tall trees look across the water, the one place where a rainforest shows its
   * layers. Everywhere else the forest is closed: canopy trees on a jittered grid over the whole
   * ground (cheaper ones far out, where the fog takes them), undergrowth patches between, and a
   * sky that is a wall of misty foliage up to well above the horizon, so no view finds an edge.
   * Nothing tall grows on the lines of sight from a view to its subject.
   */
  static final double WATER = -0.8;
  private static final double RIVER_HALF = 7.6;
  private final Noise noise = new Noise(11);
  private final List<double[]> sightLines = new ArrayList<>();
  private final List<double[]> crowns = new ArrayList<>();
  private double[] shade;

  @Override
  public String id() {
    return "rainforest";
  }

  /** The river winds along z = 22 + 6 sin(x / 17). */
  static double riverCentre(double x) {
    return 22 + 6 * Math.sin(x / 17);
  }

  double height(double x, double z) {
    double d = Math.abs(z - riverCentre(x));
    double bank = d < 5 ? -2.0 : d < 9.5 ? -2.0 * (1 - Paint.smoothstep(5, 9.5, d)) : 0;
    double far = Math.max(0, Math.hypot(x, z) - 75) * 0.06;
    return bank + far + (noise.fbm(x / 25, z / 25, 3) - 0.5) * (d < 12 ? 0.2 : 0.7);
  }

  @Override
  public void build(PackWriter out) {
    out.start(0, 1.6, 45, 0, 12);
    out.lighting(0.25, -1, 0.35, "#f2eec0", 1.7, "#7f9f78", 0.9);
    out.fog("#5e7262", 220);
    out.exposure(0.3);
    out.sky(JungleSky.sky(noise));
    out.thumbnail(thumbnail());

    String kapok = out.model("kapok", JungleKit.kapok(barkTexture()));
    place(out, "kapok-1", kapok, 0, 4, 10, 1);
    out.poi("kapok-tree", 0, 23.5, 4, 0, height(0, 50) + 1.7, 50);
    out.subject("kapok-tree", "kapok-1");
    sight(0, 50, 0, 4, 9);

    String canopyA = out.model("canopy-tree-a", JungleKit.canopyTree(21, 26, 10, JungleKit.LEAF, true));
    String canopyB = out.model("canopy-tree-b", JungleKit.canopyTree(22, 29, 11, 0x2a5322, true));
    String canopyC = out.model("canopy-tree-c", JungleKit.canopyTree(23, 24, 9, 0x36642a, true));
    String far = out.model("canopy-tree-far", JungleKit.canopyTree(24, 27, 11, 0x294d22, false));
    place(out, "canopy-tree-1", canopyB, -30, 1, 40, 1);
    out.poi("canopy", -30, 17.5, 1, -24, height(-24, 43) + 1.7, 43);
    out.subject("canopy", "canopy-tree-1");
    sight(-24, 43, -30, 1, 9);

    String cecropia = out.model("cecropia", JungleKit.cecropia());
    place(out, "cecropia-1", cecropia, 26, 13, 0, 1);
    String sloth = out.model("sloth", JungleKit.sloth());
    // the branch reaches from the trunk towards the river (+z): yaw -90 turns the model's +x there
    out.object("sloth", sloth, 26, height(26, 13) + 5.4, 13.0, -90, 1.4);
    out.poi("sloth", 26, height(26, 13) + 4.7, 15.2, 28.6, height(28.6, 17.8) + 1.6, 17.8);
    out.subject("sloth", "sloth");
    sight(28.6, 17.8, 26, 13, 2);
    String toucan = out.model("toucan", JungleKit.toucan());
    out.object("toucan", toucan, 24.2, height(24.2, 14.8) + 4.3, 14.8, 58, 1.4);

    String bigLeaf = out.model("elephant-ear", JungleKit.swayingBigLeaf());
    place(out, "elephant-ear", bigLeaf, -10, -1, 0, 1.0);
    out.poi("understory", -10, 1.1, -1, -6, height(-6, 4.5) + 1.9, 4.5);
    out.subject("understory", "elephant-ear");
    sight(-6, 4.5, -10, -1, 2);

    String log = out.model("fallen-log", JungleKit.fallenLog());
    place(out, "fallen-log", log, 12, -3, 15, 1);
    out.poi("forest-floor", 12, height(12, -3) + 0.5, -3, 14.6, height(14.6, 3.9) + 2.3, 3.9);
    out.subject("forest-floor", "fallen-log");
    sight(14.6, 3.9, 12, -3, 2.5);

    // the frog sits on the log's top, 1.2 m from its middle along the log (the log turns by 15 degrees)
    double frogX = 12 + 1.2 * Math.cos(Math.toRadians(15)), frogZ = -3 - 1.2 * Math.sin(Math.toRadians(15));
    double frogY = height(12, -3) + 0.9;
    out.object("poison-dart-frog", out.model("poison-dart-frog", JungleKit.frog(0.09)), frogX, frogY, frogZ, 200, 1);
    out.poi("poison-dart-frog", frogX, frogY + 0.03, frogZ, frogX + 0.2, frogY + 0.22, frogZ + 0.12);
    out.subject("poison-dart-frog", "poison-dart-frog");

    placeRiver(out);
    double caimanX = 14.5;
    out.object("caiman", out.model("caiman", JungleKit.caiman()), caimanX, WATER, riverCentre(caimanX) - 1.0, 165, 1.8);
    out.poi("river", 18.75, WATER, riverCentre(18.75), 7, height(7, 12.5) + 2.4, 12.5);
    out.subject("river", "river");
    sight(7, 12.5, 18.75, riverCentre(18.75), 4);

    String macaws = out.model("macaws", JungleKit.macaws(3, 14, 40));
    out.object("macaws-kapok", macaws, 0, 50, 4, 0, 1.4);
    out.object("macaws-river", macaws, -14, 17, riverCentre(-14), 0, 1.2);

    String litter = out.model("leaf-litter", JungleKit.litter(81, 4));
    double[][] litterSpots = {{12, -1}, {10, -4.5}, {14.5, -2}, {-10, 1}, {-8, -2}, {-12, 0}, {13.5, 1.5}};
    for (int i = 0; i < litterSpots.length; i++) {
      place(out, "leaf-litter-" + (i + 1), litter, litterSpots[i][0], litterSpots[i][1], i * 47, 1);
    }
    plantForest(out, canopyA, canopyB, canopyC, far);
    out.ground(JungleGround.ground(this::height, this::floorColour));
  }

  private void place(PackWriter out, String id, String model, double x, double z, double yaw, double scale) {
    out.object(id, model, x, height(x, z), z, yaw, scale);
  }

  /** Nothing taller than the undergrowth within {@code clear} metres of the line from (x0, z0) to (x1, z1). */
  private void sight(double x0, double z0, double x1, double z1, double clear) {
    sightLines.add(new double[] {x0, z0, x1, z1, clear});
  }

  private boolean blocksSight(double x, double z, double radius) {
    for (double[] line : sightLines) {
      double dx = line[2] - line[0], dz = line[3] - line[1];
      double t = Math.max(0, Math.min(1, ((x - line[0]) * dx + (z - line[1]) * dz) / (dx * dx + dz * dz)));
      if (Math.hypot(x - line[0] - t * dx, z - line[1] - t * dz) < radius + line[4]) {
        return true;
      }
    }
    return false;
  }

  /** The river's water, in pieces of 12.5 m so that the one a view shows is a subject of its size. */
  private void placeRiver(PackWriter out) {
    for (int i = 0; i < 16; i++) {
      double x0 = -100 + i * 12.5;
      String model = out.model("river-" + (i + 1), JungleKit.water(RainforestPack::riverCentre, x0, x0 + 12.5, WATER,
          RIVER_HALF));
      out.object(x0 == 12.5 ? "river" : "river-" + (i + 1), model, 0, 0, 0, 0, 1);
    }
  }

  private void plantForest(PackWriter out, String a, String b, String c, String far) {
    Random random = new Random(12);
    String[] near = {a, b, c};
    int tree = 2;
    for (double gx = -96; gx <= 96; gx += 14) {
      for (double gz = -96; gz <= 96; gz += 14) {
        double x = gx + (random.nextDouble() - 0.5) * 9, z = gz + (random.nextDouble() - 0.5) * 9;
        int kind = random.nextInt(3);
        double yaw = random.nextInt(360), scale = 0.85 + random.nextDouble() * 0.3;
        boolean inner = Math.hypot(x, z - 10) < 62;
        double crown = 10 * scale;
        if (Math.abs(z - riverCentre(x)) < 10.5 || Math.hypot(x, z - 4) < 14 || Math.hypot(x, z - 45) < 6
            || blocksSight(x, z, inner ? crown : crown * 1.1) || Math.abs(x) > 99 || Math.abs(z) > 99) {
          continue;
        }
        crowns.add(new double[] {x, z, crown});
        out.object("canopy-tree-" + tree++, inner ? near[kind] : far, x, height(x, z) - 0.1, z, yaw, scale);
      }
    }
    String[] small = {out.model("understory-tree-a", JungleKit.understoryTree(51, 7)),
        out.model("understory-tree-b", JungleKit.understoryTree(52, 11))};
    int understory = 1;
    for (double gx = -70; gx <= 70; gx += 9) {
      for (double gz = -70; gz <= 70; gz += 9) {
        double x = gx + (random.nextDouble() - 0.5) * 7, z = gz + (random.nextDouble() - 0.5) * 7;
        double yaw = random.nextInt(360), scale = 0.8 + random.nextDouble() * 0.5;
        if (Math.abs(z - riverCentre(x)) < 9.5 || blocksSight(x, z, 2.5) || Math.hypot(x, z - 4) < 9
            || Math.hypot(x, z - 45) < 5) {
          continue;
        }
        out.object("understory-tree-" + understory++, small[random.nextInt(2)], x, height(x, z), z, yaw, scale);
      }
    }
    String[] bank = {out.model("bank-plants-a", JungleKit.bankPlants(71)), out.model("bank-plants-b", JungleKit.bankPlants(72))};
    int plants = 1;
    for (double x = -95; x <= 95; x += 4.5) {
      for (int side = -1; side <= 1; side += 2) {
        double px = x + (random.nextDouble() - 0.5) * 2, pz = riverCentre(px) + side * (RIVER_HALF + 0.4);
        if (blocksSight(px, pz, 0.8)) {
          continue;
        }
        double along = Math.toDegrees(Math.atan(6 / 17.0 * Math.cos(px / 17)));
        out.object("bank-plants-" + plants++, bank[random.nextInt(2)], px, height(px, pz), pz,
            (side < 0 ? 0 : 180) - along, 0.9 + random.nextDouble() * 0.3);
      }
    }
    crowns.add(new double[] {0, 4, 16});
    crowns.add(new double[] {-30, 1, 11});
    String[] patches = new String[4];
    for (int i = 0; i < patches.length; i++) {
      patches[i] = out.model("undergrowth-" + (char) ('a' + i), JungleKit.undergrowth(60 + i));
    }
    String[] palms = {out.model("palm-a", JungleKit.palm(31, 4.5)), out.model("palm-b", JungleKit.palm(32, 6.5))};
    int patch = 1, palm = 1;
    for (double gx = -72; gx <= 72; gx += 7) {
      for (double gz = -72; gz <= 72; gz += 7) {
        double x = gx + (random.nextDouble() - 0.5) * 6, z = gz + (random.nextDouble() - 0.5) * 6;
        double yaw = random.nextInt(360), scale = 0.8 + random.nextDouble() * 0.4;
        int kind = random.nextInt(patches.length + 1);
        double d = Math.abs(z - riverCentre(x));
        if (d < RIVER_HALF + 0.8 || blocksSight(x, z, 2.5) || Math.hypot(x, z - 45) < 5 || Math.hypot(x, z - 4) < 8) {
          continue;
        }
        if (kind == patches.length) {
          out.object("palm-" + palm++, palms[random.nextInt(2)], x, height(x, z), z, yaw, scale);
        } else {
          out.object("undergrowth-" + patch++, patches[kind], x, height(x, z), z, yaw, scale);
        }
      }
    }
  }

  /** Leaf litter in the shade of the crowns, moss, sun flecks where the canopy opens, mud on the banks. */
  private int floorColour(double x, double z) {
    double d = Math.abs(z - riverCentre(x));
    double litter = noise.fbm(x / 2.5, z / 2.5, 5);
    int soil = Paint.mix(0x2e2217, 0x221a11, litter);
    double leaves = noise.fbm(x * 2.2 + 40, z * 2.2, 3);
    int floor = Paint.mix(soil, leaves > 0.6 ? 0x4a3320 : 0x3d2418, Paint.smoothstep(0.52, 0.66, leaves));
    floor = Paint.mix(floor, 0x2a3f1f, Paint.smoothstep(0.55, 0.8, noise.fbm(x / 7 + 7, z / 7, 4)) * 0.8);
    floor = Paint.shade(floor, 0.75 + 0.3 * (1 - shadeAt(x, z)));
    if (d < RIVER_HALF) {
      return Paint.mix(0x2b2a1c, 0x35301f, noise.fbm(x, z, 3));
    }
    double mud = 1 - Paint.smoothstep(9.5, 11.5, d + (noise.fbm(x / 3, z / 3, 3) - 0.5) * 2);
    return Paint.mix(floor, Paint.mix(0x4a3a2a, 0x3b3023, 1 - (d - RIVER_HALF) / 4), mud);
  }

  /** How much the crowns shade the ground at (x, z), 0..1, from a 1 m grid made once the trees stand. */
  private double shadeAt(double x, double z) {
    if (shade == null) {
      shade = new double[201 * 201];
      for (int i = 0; i <= 200; i++) {
        for (int j = 0; j <= 200; j++) {
          double cell = 0;
          for (double[] crown : crowns) {
            double r = Math.hypot(i - 100 - crown[0], j - 100 - crown[1]) / crown[2];
            cell = Math.max(cell, 1 - Paint.smoothstep(0.6, 1.1, r));
          }
          shade[i * 201 + j] = cell;
        }
      }
    }
    double u = Math.max(0, Math.min(199.999, x + 100)), v = Math.max(0, Math.min(199.999, z + 100));
    int i = (int) u, j = (int) v;
    double fu = u - i, fv = v - j;
    return Noise.lerp(Noise.lerp(shade[i * 201 + j], shade[(i + 1) * 201 + j], fu),
        Noise.lerp(shade[i * 201 + j + 1], shade[(i + 1) * 201 + j + 1], fu), fv);
  }

  private static byte[] barkTexture() {
    Noise bark = new Noise(41);
    return Kit.texture(512, (u, v) -> {
      double grain = bark.fbm(u * 8, v * 40, 4);
      int base = Paint.mix(0x8a8070, 0x5a5246, Paint.smoothstep(0.35, 0.7, grain));
      return Paint.mix(base, 0x4f6a3a, Paint.smoothstep(0.6, 0.8, bark.fbm(u * 3 + 5, v * 6, 3)) * 0.6);
    });
  }

  private static byte[] thumbnail() {
    return Kit.thumbnail(0xa8b8b0, 0x5f7a5a, g -> {
      g.setColor(new Color(0x2a4a24));
      g.fillRect(0, 110, 512, 178);
      for (int i = 0; i < 11; i++) {
        g.setColor(new Color(i % 2 == 0 ? 0x2f5a26 : 0x3a6a2e));
        g.fillOval(i * 50 - 40, 70 + (i % 3) * 18, 120, 80);
      }
      g.setColor(new Color(0x8a8070));
      g.fillRect(238, 40, 26, 190);
      g.fillPolygon(new int[] {200, 238, 238}, new int[] {230, 190, 230}, 3);
      g.fillPolygon(new int[] {302, 264, 264}, new int[] {230, 190, 230}, 3);
      g.setColor(new Color(0x3b6a2c));
      g.fillOval(150, 8, 210, 60);
      g.setColor(new Color(0x4d5130));
      for (int x : new int[] {120, 180, 330, 400}) {
        g.fillRect(x, 90, 3, 120);
      }
      g.setColor(new Color(0x2f4a44));
      g.fillRect(0, 240, 512, 48);
      g.setColor(new Color(0x1f6fe0));
      g.fillOval(120, 222, 20, 13);
      g.setColor(new Color(0xc8261c));
      g.fillOval(380, 30, 22, 9);
    });
  }
}
