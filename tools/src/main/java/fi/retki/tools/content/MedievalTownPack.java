package fi.retki.tools.content;

import java.awt.Color;
import java.util.Random;

/**
 * A northern European town around 1400: a castle on a rise, a stone church, the market square with
 * stalls and a well, half-timbered houses, a blacksmith's forge, and the town wall with its gate.
 */
final class MedievalTownPack implements PackDesign {
  static final double WALL_RADIUS = 42;
  private final Noise noise = new Noise(41);

  @Override
  public String id() {
    return "medieval-town";
  }

  double height(double x, double z) {
    double hill = 4 * Math.exp(-(Math.pow(x + 22, 2) + Math.pow(z + 30, 2)) / 400);
    double outside = Math.max(0, Math.hypot(x, z) - 60) * 0.05;
    return hill + outside + (noise.fbm(x / 30, z / 30, 3) - 0.5) * 0.6;
  }

  @Override
  public void build(PackWriter out) {
    out.start(0, 1.6, 56, 0, 2);
    // A clear afternoon: the sun high in the south-west, a blue sky's light from everywhere else.
    out.lighting(0.5, -0.62, -0.6, "#fff2dc", 3.2, "#b4c8e6", 0.7);
    out.exposure(0);
    out.sky(Kit.sky((u, e) -> {
      int base = Kit.gradient(e, 0xdde8f0, 0x5b8fd0, 0x5a6a3a);
      double cloud = e > 0 ? noise.fbm(u * 16, e * 5, 5) : 0;
      return Paint.mix(base, 0xffffff, Paint.smoothstep(0.5, 0.7, cloud) * 0.9);
    }));
    out.ground(Kit.ground(this::height, (x, z) -> {
      double r = Math.hypot(x, z);
      int grass = Paint.mix(0x5a7a35, 0x7a9a45, noise.fbm(x / 4, z / 4, 4));
      if (Math.abs(x) < 16 && Math.abs(z) < 16) {
        double cx = x * 2.5 + (Math.floor(z * 2.5) % 2) * 0.5;
        boolean joint = (cx - Math.floor(cx)) < 0.12 || (z * 2.5 - Math.floor(z * 2.5)) < 0.12;
        int stone = Paint.mix(0x8a8276, 0xa89f90, noise.lattice((long) Math.floor(cx), (long) Math.floor(z * 2.5)));
        return joint ? 0x5a544a : stone;
      }
      boolean street = Math.abs(x) < 3 && z > 0 && z < 50 || Math.abs(z + 2) < 2.5 && Math.abs(x) < 40;
      if (street && r < WALL_RADIUS + 8) {
        return Paint.mix(0x7a6a52, 0x8e7e62, noise.fbm(x, z, 3));
      }
      if (r < WALL_RADIUS) {
        return Paint.mix(grass, 0x6a5a42, 0.5 * noise.fbm(x / 2, z / 2, 3));
      }
      return grass;
    }));
    out.thumbnail(Kit.thumbnail(0x5b8fd0, 0xdde8f0, g -> {
      g.setColor(new Color(0x6a8a3a));
      g.fillRect(0, 210, 512, 78);
      g.setColor(new Color(0x8a8276));
      g.fillRect(40, 110, 150, 100);
      g.fillRect(30, 90, 30, 120);
      g.fillRect(170, 90, 30, 120);
      g.fillRect(95, 60, 40, 150);
      g.setColor(new Color(0x9a9080));
      g.fillRect(330, 120, 110, 90);
      g.fillRect(380, 40, 30, 170);
      g.setColor(new Color(0x4a5a6a));
      g.fillPolygon(new int[] {380, 395, 410}, new int[] {40, 5, 40}, 3);
      g.setColor(new Color(0xe8dcc0));
      g.fillRect(220, 160, 80, 50);
      g.setColor(new Color(0xa0402a));
      g.fillPolygon(new int[] {215, 260, 305}, new int[] {160, 115, 160}, 3);
    }));

    Random random = new Random(42);
    String castle = out.model("castle", castle());
    out.object("castle", castle, -22, height(-22, -30) - 0.3, -30, 0, 1);
    out.poi("castle", -22, 14 + height(-22, -30), -30, 5, 3 + height(5, 12), 12);
    out.subject("castle", "castle");
    String castleFlag = out.model("castle-flag", MedievalLife.flyingFlag(0x2a4ab0, 0xe8c020));
    out.object("castle-flag", castleFlag, -25, height(-22, -30) - 0.3 + 25, -33, 0, 1);

    String church = out.model("church", church());
    out.object("church", church, 22, height(22, -14), -14, 90, 1);
    out.poi("church", 24, 21, -14, -23, 2 + height(-23, -2), -2);
    out.subject("church", "church");

    String stall = out.model("market-stall", stall(0xb03a2e));
    String stall2 = out.model("market-stall-blue", stall(0x2e5ab0));
    double[][] stalls = {{-9, -8, 0}, {-9, 0, 0}, {9, -6, 180}, {9, 3, 180}, {-3, -12, 90}};
    for (int i = 0; i < stalls.length; i++) {
      out.object("stall-" + (i + 1), i % 2 == 0 ? stall : stall2, stalls[i][0], height(stalls[i][0], stalls[i][1]),
          stalls[i][1], stalls[i][2], 1);
    }
    out.poi("market-square", -9, 1.5, 0, -3, 3 + height(-3, 6), 6);
    out.subject("market-square", "stall-2");
    new MedievalCrowd(this, out).place();

    String well = out.model("well", well());
    out.object("well", well, 4, height(4, 6), 6, 0, 1);
    out.poi("well", 4, 1.8, 6, 7.5, 2 + height(7.5, 11.5), 11.5);
    out.subject("well", "well");

    String wallSegment = out.model("wall-segment", wallSegment());
    String wallTower = out.model("wall-tower", wallTower());
    int segments = 28;
    for (int i = 0; i < segments; i++) {
      double a = 2 * Math.PI * (i + 0.5) / segments;
      double x = Math.sin(a) * WALL_RADIUS, z = Math.cos(a) * WALL_RADIUS;
      if (i == 0 || i == segments - 1) {
        continue; // the gate stands here
      }
      out.object("wall-" + (i + 1), wallSegment, x, height(x, z) - 0.3, z, Math.toDegrees(a), 1);
      if (i % 4 == 2) {
        double b = 2 * Math.PI * i / segments;
        double tx = Math.sin(b) * WALL_RADIUS, tz = Math.cos(b) * WALL_RADIUS;
        out.object("wall-tower-" + (i + 1), wallTower, tx, height(tx, tz) - 0.3, tz, 0, 1);
      }
    }
    String gate = out.model("town-gate", gate());
    out.object("town-gate", gate, 0, height(0, WALL_RADIUS) - 0.3, WALL_RADIUS, 0, 1);
    out.poi("town-wall", 0, 7, WALL_RADIUS, 7, 2 + height(7, 62), 62);
    out.subject("town-wall", "town-gate");
    String gateFlag = out.model("gate-flag", MedievalLife.flyingFlag(0xb02a2a, 0xf0e8d0));
    out.object("gate-flag", gateFlag, 0, height(0, WALL_RADIUS) - 0.3 + 14.5, WALL_RADIUS, 0, 1);

    String smithy = out.model("smithy", smithy());
    out.object("smithy", smithy, 26, height(26, 20), 20, 220, 1);
    out.poi("blacksmith", 26, 2.5, 20, 17, 2 + height(17, 32), 32);
    out.subject("blacksmith", "smithy");

    String[] houses = {
      out.model("townhouse-a", townhouse(43, 6, 9, 7, 0xe8dcc0)),
      out.model("townhouse-b", townhouse(44, 5, 8, 8, 0xd8c8a0)),
      out.model("townhouse-c", townhouse(45, 7, 10, 6, 0xf0e4cc))
    };
    double[][] spots = {{-7, 22, 90}, {7, 22, 270}, {-7, 31, 90}, {7, 31, 270}, {-22, -2 + 7, 180}, {-32, 5, 180},
        {22, 6, 180}, {32, 2, 180}, {-26, 15, 120}, {14, 30, 270}, {-14, 30, 90}, {30, -30, 0}};
    for (int i = 0; i < spots.length; i++) {
      double x = spots[i][0], z = spots[i][1];
      out.object("townhouse-" + (i + 1), houses[i % houses.length], x, height(x, z), z, spots[i][2], 1);
    }
    out.poi("townhouses", -22, 7, 5, -19, 2 + height(-19, -12), -12);
    out.subject("townhouses", "townhouse-5");

    String tree = out.model("linden", Kit.roundTree(46, 9, 4, 0x5a4633, 0x4a7a2a));
    for (int i = 0; i < 10; i++) {
      double a = random.nextDouble() * 2 * Math.PI, d = 55 + random.nextDouble() * 30;
      double x = Math.sin(a) * d, z = Math.cos(a) * d;
      out.object("tree-" + (i + 1), tree, x, height(x, z), z, random.nextInt(360), 0.8 + random.nextDouble() * 0.5);
    }
  }

  static byte[] stoneTexture(long seed, int light, int dark) {
    Noise n = new Noise(seed);
    return Kit.texture(1024, (u, v) -> {
      double row = Math.floor(v * 24);
      double col = u * 16 + (row % 2) * 0.5;
      boolean mortar = (v * 24) % 1 < 0.08 || col % 1 < 0.05;
      int stone = Paint.mix(dark, light, n.lattice((long) Math.floor(col), (long) row) * 0.6 + n.fbm(u * 40, v * 40, 3) * 0.4);
      return mortar ? 0x6a665e : stone;
    });
  }

  /** A box house with a gable roof, ridge along z. */
  static void gable(Model model, Material walls, Material roof, Mat4 at, double width, double depth, double wallHeight,
      double roofHeight) {
    model.part(walls).box(at, width, wallHeight, depth);
    double x = width / 2 + 0.3, z = depth / 2 + 0.3, y = wallHeight, top = wallHeight + roofHeight;
    Mesh r = model.part(roof);
    r.quad(at, new double[] {x, y, z}, new double[] {x, y, -z}, new double[] {0, top, -z}, new double[] {0, top, z});
    r.quad(at, new double[] {-x, y, -z}, new double[] {-x, y, z}, new double[] {0, top, z}, new double[] {0, top, -z});
    Mesh end = model.part(walls);
    end.triangle(at, new double[] {-width / 2, y, depth / 2}, new double[] {width / 2, y, depth / 2}, new double[] {0, top, depth / 2});
    end.triangle(at, new double[] {width / 2, y, -depth / 2}, new double[] {-width / 2, y, -depth / 2}, new double[] {0, top, -depth / 2});
  }

  private static Model castle() {
    Model model = new Model();
    Material stone = Material.textured("castle-stone", stoneTexture(47, 0xa8a090, 0x7a7468), "image/jpeg");
    Mesh walls = model.part(stone);
    double half = 13;
    for (int i = 0; i < 4; i++) {
      walls.box(Mat4.translate(0, 0, half).then(Mat4.rotateY(i * 90)), 2 * half, 9, 2.5);
    }
    Mesh battlements = model.part(Material.color("battlements", 0x8a8276));
    for (int i = 0; i < 4; i++) {
      for (int k = -5; k <= 5; k++) {
        battlements.box(Mat4.translate(k * 2.3, 9, half + 0.8).then(Mat4.rotateY(i * 90)), 1.1, 1, 0.8);
      }
    }
    Material roof = Material.color("tower-roof", 0x3e4a5a);
    for (int i = 0; i < 4; i++) {
      Mat4 corner = Mat4.translate(i < 2 ? half : -half, 0, i % 2 == 0 ? half : -half);
      model.part(stone).cylinder(corner, 3.2, 3.0, 13, 12);
      model.part(roof).cylinder(Mat4.translate(0, 13, 0).then(corner), 3.6, 0, 5, 12);
    }
    model.part(stone).box(Mat4.translate(-3, 0, -3), 10, 20, 10);
    gable(model, stone, roof, Mat4.translate(-3, 20, -3), 10, 10, 0.01, 5);
    model.part(Material.color("gate", 0x3a2a1a)).box(Mat4.translate(0, 0, half + 1.3), 3.5, 5, 0.2);
    return model;
  }

  private static Model church() {
    Model model = new Model();
    Material stone = Material.textured("church-stone", stoneTexture(48, 0xcac2b2, 0x9a9282), "image/jpeg");
    Material roof = Material.color("church-roof", 0x7a3a2a);
    gable(model, stone, roof, Mat4.identity(), 12, 26, 10, 8);
    model.part(stone).box(Mat4.translate(0, 0, 15.5), 7, 24, 7);
    model.part(Material.color("spire", 0x3e4a5a)).cylinder(Mat4.rotateY(45).then(Mat4.translate(0, 24, 15.5)), 5, 0, 14, 4);
    model.part(Material.metal("cross", 0xd4a017)).box(Mat4.translate(0, 38, 15.5), 0.2, 2, 0.2);
    Mesh windows = model.part(Material.color("windows", 0x2a3a5a));
    for (int i = -2; i <= 2; i++) {
      windows.box(Mat4.translate(6.02, 3.5, i * 4.5), 0.05, 4, 1.4);
      windows.box(Mat4.translate(-6.02, 3.5, i * 4.5), 0.05, 4, 1.4);
    }
    model.part(Material.color("door", 0x3a2a1a)).box(Mat4.translate(0, 0, 19.02), 2.2, 3.5, 0.05);
    return model;
  }

  private static Model townhouse(long seed, double width, double depth, double wallHeight, int plaster) {
    Noise n = new Noise(seed);
    byte[] timber = Kit.texture(1024, (u, v) -> {
      double bx = (u * 4) % 1, by = (v * 3) % 1;
      boolean beam = bx < 0.07 || by < 0.08 || Math.abs(bx - by) < 0.05 && (int) (u * 4) % 2 == 0;
      return beam ? Paint.mix(0x3a2616, 0x4e3420, n.fbm(u * 30, v * 30, 2)) : Paint.mix(plaster, 0xc8b890, n.fbm(u * 20, v * 20, 3) * 0.4);
    });
    Model model = new Model();
    gable(model, Material.textured("half-timber", timber, "image/jpeg"), Material.color("roof-tiles", 0xa0402a),
        Mat4.identity(), width, depth, wallHeight, width * 0.9);
    Mesh windows = model.part(Material.color("window", 0x2a3440));
    windows.box(Mat4.translate(0, wallHeight * 0.6, depth / 2 + 0.01), 1, 1.2, 0.05);
    windows.box(Mat4.translate(width / 4, wallHeight * 0.25, depth / 2 + 0.01), 0.9, 1, 0.05);
    model.part(Material.color("door", 0x4a2e1a)).box(Mat4.translate(-width / 4, 0, depth / 2 + 0.01), 1.1, 2.1, 0.05);
    return model;
  }

  private static Model stall(int cloth) {
    Model model = new Model();
    Mesh wood = model.part(Material.color("stall-wood", 0x7a5a3a));
    wood.box(Mat4.translate(0, 0.9, 0), 3, 0.1, 1.4);
    for (int i = 0; i < 4; i++) {
      wood.box(Mat4.translate(i < 2 ? 1.4 : -1.4, 0, i % 2 == 0 ? 0.6 : -0.6), 0.1, 2.4, 0.1);
    }
    model.part(Material.color("awning", cloth).twoSided()).quad(Mat4.identity(), new double[] {-1.6, 2.4, 0.9},
        new double[] {1.6, 2.4, 0.9}, new double[] {1.6, 2.7, -0.8}, new double[] {-1.6, 2.7, -0.8});
    Mesh goods = model.part(Material.color("apples", 0xc0392b));
    for (int i = 0; i < 6; i++) {
      goods.sphere(Mat4.scale(0.12, 0.12, 0.12).then(Mat4.translate(-1 + i * 0.25, 1.05, 0.2)), 3, 6);
    }
    model.part(Material.color("bread", 0xd4a05a)).sphere(Mat4.scale(0.3, 0.12, 0.18).then(Mat4.translate(0.9, 1.05, -0.2)), 3, 6);
    return model;
  }

  private static Model well() {
    Model model = new Model();
    model.part(Material.color("well-stone", 0x8a8276)).cylinder(Mat4.identity(), 1.1, 1.1, 0.9, 12);
    model.part(Material.color("well-water", 0x1e3a4a)).cylinder(Mat4.translate(0, 0.91, 0), 0.9, 0.9, 0.01, 12);
    Mesh wood = model.part(Material.color("well-wood", 0x5a3e26));
    wood.box(Mat4.translate(1.0, 0.9, 0), 0.15, 1.6, 0.15);
    wood.box(Mat4.translate(-1.0, 0.9, 0), 0.15, 1.6, 0.15);
    wood.cylinder(Mat4.rotateZ(90).then(Mat4.translate(1.1, 2.2, 0)), 0.08, 0.08, 2.2, 6);
    gable(model, Material.color("well-wood", 0x5a3e26), Material.color("well-roof", 0x6a4a2a),
        Mat4.rotateY(90).then(Mat4.translate(0, 2.4, 0)), 1.6, 2.6, 0.01, 0.9);
    model.part(Material.color("bucket", 0x6a4a2a)).cylinder(Mat4.translate(0.3, 1.4, 0), 0.18, 0.2, 0.3, 8);
    return model;
  }

  private static Model wallSegment() {
    Model model = new Model();
    double length = 2 * Math.PI * WALL_RADIUS / 28 + 0.6;
    // Long along x: an object's yaw turns x onto the tangent of the wall's circle.
    model.part(Material.color("town-wall", 0x9a9080)).box(Mat4.identity(), length, 7, 1.8);
    Mesh merlons = model.part(Material.color("merlons", 0x8a8070));
    for (int k = -3; k <= 3; k++) {
      merlons.box(Mat4.translate(k * length / 7, 7, 0.6), length / 14, 0.9, 0.6);
    }
    return model;
  }

  private static Model wallTower() {
    Model model = new Model();
    model.part(Material.color("town-wall", 0x9a9080)).cylinder(Mat4.identity(), 2.6, 2.4, 10, 10);
    model.part(Material.color("tower-roof", 0x3e4a5a)).cylinder(Mat4.translate(0, 10, 0), 3, 0, 4, 10);
    return model;
  }

  private static Model gate() {
    Model model = new Model();
    Material stone = Material.color("gate-stone", 0x9a9080);
    model.part(stone).box(Mat4.translate(-3.5, 0, 0), 3, 11, 4);
    model.part(stone).box(Mat4.translate(3.5, 0, 0), 3, 11, 4);
    model.part(stone).box(Mat4.translate(0, 6, 0), 4, 5, 4);
    gable(model, stone, Material.color("gate-roof", 0x7a3a2a), Mat4.rotateY(90).then(Mat4.translate(0, 11, 0)), 4, 10, 0.01, 4);
    model.part(Material.color("portcullis", 0x2a2a2a)).box(Mat4.translate(0, 4.5, 1.9), 4, 1.5, 0.1);
    return model;
  }

  private static Model smithy() {
    Model model = new Model();
    Mesh posts = model.part(Material.color("posts", 0x4a3220));
    for (int i = 0; i < 4; i++) {
      posts.box(Mat4.translate(i < 2 ? 2.8 : -2.8, 0, i % 2 == 0 ? 2 : -2), 0.2, 3, 0.2);
    }
    gable(model, Material.color("posts", 0x4a3220), Material.color("shingles", 0x5a4a3a), Mat4.translate(0, 3, 0),
        6, 4.4, 0.01, 2);
    model.part(Material.color("forge-stone", 0x6a625a)).box(Mat4.translate(-1.5, 0, -1), 2, 1, 1.5);
    model.part(new Material("embers", 1f, 0.35f, 0.05f, 1f, 0f, 0.6f, null, null, false))
        .box(Mat4.translate(-1.5, 1, -1), 1.2, 0.1, 0.9);
    model.part(Material.color("chimney", 0x6a625a)).box(Mat4.translate(-1.5, 1, -1.5), 0.8, 4.5, 0.6);
    Mesh anvil = model.part(Material.metal("anvil", 0x3a3a3e));
    anvil.box(Mat4.translate(1, 0, 0.3), 0.4, 0.5, 0.4);
    anvil.box(Mat4.translate(1, 0.5, 0.3), 0.35, 0.25, 0.8);
    model.part(Material.color("stump", 0x6a4a2a)).cylinder(Mat4.translate(1, 0, 0.3), 0.35, 0.35, 0.01, 8);
    model.part(Material.color("bellows", 0x7a5a3a)).box(Mat4.translate(-2.7, 0.5, -1), 0.6, 0.4, 1);
    return model;
  }
}
