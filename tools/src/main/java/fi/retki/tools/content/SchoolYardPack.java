package fi.retki.tools.content;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/**
 * The school yard, the planning scene: the school building, fences around the yard, asphalt with
 * court lines, a sand area and grass, and a palette of 14 kinds of yard objects at their real size.
 */
final class SchoolYardPack implements PackDesign {
  static final double MIN_X = -40, MAX_X = 40, MIN_Z = -25, MAX_Z = 35;
  private final Noise noise = new Noise(51);

  @Override
  public String id() {
    return "school-yard";
  }

  double height(double x, double z) {
    double inside = x > MIN_X - 2 && x < MAX_X + 2 && z > MIN_Z - 14 && z < MAX_Z + 2 ? 0 : 1;
    return inside * (noise.fbm(x / 30, z / 30, 3) - 0.5) * 1.5;
  }

  static boolean asphalt(double x, double z) {
    return x > -36 && x < -2 && z > -21 && z < 10;
  }

  static boolean sand(double x, double z) {
    return x > 6 && x < 34 && z > -21 && z < 4;
  }

  @Override
  public void build(PackWriter out) {
    out.start(0, 1.6, 32, 0, -8);
    out.sky(Kit.sky((u, e) -> {
      int base = Kit.gradient(e, 0xe2ecf4, 0x4a86d0, 0x6a8a4a);
      double cloud = e > 0 ? noise.fbm(u * 18, e * 6, 5) : 0;
      return Paint.mix(base, 0xffffff, Paint.smoothstep(0.52, 0.72, cloud) * 0.85);
    }));
    out.ground(Kit.ground(this::height, this::groundColor));
    out.thumbnail(Kit.thumbnail(0x4a86d0, 0xe2ecf4, g -> {
      g.setColor(new Color(0x6a9a45));
      g.fillRect(0, 170, 512, 118);
      g.setColor(new Color(0x55585c));
      g.fillRect(20, 200, 220, 70);
      g.setColor(Color.WHITE);
      g.drawRect(40, 210, 180, 50);
      g.setColor(new Color(0xe0cf9a));
      g.fillRect(270, 200, 210, 60);
      g.setColor(new Color(0xc0704a));
      g.fillRect(60, 90, 390, 90);
      g.setColor(new Color(0x9ad0f0));
      for (int i = 0; i < 10; i++) {
        g.fillRect(75 + i * 37, 105, 22, 22);
        g.fillRect(75 + i * 37, 140, 22, 22);
      }
      g.setColor(new Color(0x3a7a2a));
      g.fillOval(420, 150, 60, 60);
      g.setColor(new Color(0xd03a2a));
      g.fillRect(330, 215, 8, 40);
    }));

    String school = out.model("school", school());
    out.object("school", school, 0, 0, -38, 0, 1);
    out.poi("school-building", 0, 6, -38, 0, 3, -8);

    String fence = out.model("fence-section", fence());
    int n = 0;
    for (double x = MIN_X + 2.5; x < MAX_X; x += 5) {
      if (Math.abs(x) > 3) {
        out.object("fence-" + (++n), fence, x, 0, MAX_Z, 0, 1);
      }
    }
    for (double z = MIN_Z + 2.5; z < MAX_Z; z += 5) {
      out.object("fence-" + (++n), fence, MIN_X, 0, z, 90, 1);
      out.object("fence-" + (++n), fence, MAX_X, 0, z, 90, 1);
    }
    out.poi("sports-field", -19, 0, -5, -19, 5, 16);
    out.poi("sandpit", 20, 0, -8, 20, 4, 12);
    out.poi("yard-plan", 0, 0, 5, 0, 22, 45);

    String tree = out.model("birch", Kit.roundTree(52, 12, 3.5, 0xe8e4dc, 0x5a9a3a));
    double[][] trees = {{-44, 20}, {-44, -5}, {44, 10}, {44, 28}, {-20, 40}, {25, 40}};
    for (int i = 0; i < trees.length; i++) {
      out.object("birch-" + (i + 1), tree, trees[i][0], height(trees[i][0], trees[i][1]), trees[i][1], i * 47, 1);
    }

    out.palette(MIN_X + 2, MIN_Z + 2, MAX_X - 2, MAX_Z - 2);
    out.paletteKind("tree", Kit.roundTree(53, 9, 2.5, 0x6a4a2a, 0x3f8a35), icon("tree"), 4, 4);
    out.paletteKind("bush", Kit.bush(54, 1.5, 0x4a8a35), icon("bush"), 1.5, 1.5);
    out.paletteKind("bench", bench(), icon("bench"), 1.8, 0.6);
    out.paletteKind("picnic-table", picnicTable(), icon("picnic-table"), 2.0, 1.8);
    out.paletteKind("swing", swing(), icon("swing"), 3.5, 2.0);
    out.paletteKind("slide", slide(), icon("slide"), 4.0, 1.0);
    out.paletteKind("climbing-frame", climbingFrame(), icon("climbing-frame"), 3.0, 3.0);
    out.paletteKind("sandbox", sandbox(), icon("sandbox"), 3.0, 3.0);
    out.paletteKind("football-goal", footballGoal(), icon("football-goal"), 5.0, 2.0);
    out.paletteKind("basketball-hoop", basketballHoop(), icon("basketball-hoop"), 1.2, 1.5);
    out.paletteKind("table-tennis", tableTennis(), icon("table-tennis"), 2.74, 1.53);
    out.paletteKind("flower-bed", flowerBed(), icon("flower-bed"), 2.0, 1.0);
    out.paletteKind("bike-rack", bikeRack(), icon("bike-rack"), 3.0, 0.8);
    out.paletteKind("shelter", shelter(), icon("shelter"), 4.0, 3.0);
  }

  private int groundColor(double x, double z) {
    double grain = noise.fbm(x * 2, z * 2, 3);
    boolean inside = x > MIN_X && x < MAX_X && z > MIN_Z && z < MAX_Z;
    if (asphalt(x, z)) {
      double cx = x + 19, cz = z + 5.5;
      boolean line = Math.abs(Math.abs(cx) - 15) < 0.08 && Math.abs(cz) < 13
          || Math.abs(Math.abs(cz) - 13) < 0.08 && Math.abs(cx) < 15
          || Math.abs(cx) < 0.05 && Math.abs(cz) < 13
          || Math.abs(Math.hypot(cx, cz) - 3.6) < 0.06
          || Math.abs(Math.hypot(Math.abs(cx) - 15, cz) - 6.75) < 0.06 && Math.abs(cx) > 8.3;
      return line ? 0xf2f2f2 : Paint.mix(0x4a4d52, 0x62656a, grain);
    }
    if (sand(x, z)) {
      return Paint.mix(0xd8c690, 0xe8dab0, grain);
    }
    if (z < MIN_Z && z > MIN_Z - 14 && Math.abs(x) < 30) {
      return Paint.mix(0x7a7a78, 0x8a8a86, grain); // paving along the school
    }
    int grass = Paint.mix(0x5a8a35, 0x7aaa45, noise.fbm(x / 3, z / 3, 4));
    return inside ? grass : Paint.mix(grass, 0x4a7a2a, 0.3);
  }

  private static Model school() {
    byte[] facade = Kit.texture(1024, (u, v) -> {
      double wx = (u * 12) % 1, wy = (v * 2) % 1;
      boolean window = wx > 0.2 && wx < 0.8 && wy > 0.25 && wy < 0.75;
      boolean frame = window && (Math.abs(wx - 0.5) < 0.02 || Math.abs(wy - 0.5) < 0.02);
      if (frame) {
        return 0xf0f0f0;
      }
      return window ? Paint.mix(0x8ac4e8, 0x5a94c0, wy) : 0xc0704a;
    });
    Model model = new Model();
    Material walls = Material.textured("brick-facade", facade, "image/jpeg");
    model.part(walls).box(Mat4.identity(), 50, 8, 14);
    model.part(Material.color("roof", 0x4a4e56)).box(Mat4.translate(0, 8, 0), 51, 0.5, 15);
    model.part(walls).box(Mat4.translate(-19, 0, 9), 12, 8, 4);
    model.part(Material.color("entrance", 0x2a3a4a)).box(Mat4.translate(4, 0, 7.02), 3, 2.6, 0.05);
    model.part(Material.color("canopy", 0xdadada)).box(Mat4.translate(4, 2.8, 8), 5, 0.2, 2);
    return model;
  }

  private static Model fence() {
    Model model = new Model();
    Mesh posts = model.part(Material.painted("fence-posts", 0x4a6a4a));
    posts.box(Mat4.translate(-2.5, 0, 0), 0.08, 1.5, 0.08);
    posts.box(Mat4.translate(2.5, 0, 0), 0.08, 1.5, 0.08);
    posts.box(Mat4.translate(0, 1.45, 0), 5, 0.05, 0.05);
    posts.box(Mat4.translate(0, 0.1, 0), 5, 0.05, 0.05);
    Mesh mesh = model.part(Material.painted("fence-wire", 0x5a7a5a));
    for (int i = 0; i < 25; i++) {
      mesh.box(Mat4.translate(-2.4 + i * 0.2, 0.1, 0), 0.02, 1.35, 0.02);
    }
    return model;
  }

  private static Model bench() {
    Model model = new Model();
    Mesh wood = model.part(Material.color("bench-wood", 0x9a6a3a));
    wood.box(Mat4.translate(0, 0.42, 0), 1.8, 0.05, 0.45);
    wood.box(Mat4.translate(0, 0.55, -0.22), 1.8, 0.35, 0.04);
    Mesh legs = model.part(Material.painted("bench-legs", 0x3a3a3e));
    legs.box(Mat4.translate(0.75, 0, 0), 0.06, 0.42, 0.45);
    legs.box(Mat4.translate(-0.75, 0, 0), 0.06, 0.42, 0.45);
    return model;
  }

  private static Model picnicTable() {
    Model model = new Model();
    Mesh wood = model.part(Material.color("table-wood", 0x8a5a2a));
    wood.box(Mat4.translate(0, 0.72, 0), 2, 0.05, 0.8);
    wood.box(Mat4.translate(0, 0.42, 0.65), 2, 0.05, 0.3);
    wood.box(Mat4.translate(0, 0.42, -0.65), 2, 0.05, 0.3);
    for (int side = -1; side <= 1; side += 2) {
      wood.box(Mat4.rotateX(20).then(Mat4.translate(side * 0.8, 0, 0.3)), 0.08, 0.78, 0.08);
      wood.box(Mat4.rotateX(-20).then(Mat4.translate(side * 0.8, 0, -0.3)), 0.08, 0.78, 0.08);
    }
    return model;
  }

  private static Model swing() {
    Model model = new Model();
    Mesh frame = model.part(Material.painted("swing-frame", 0x2e86de));
    for (int side = -1; side <= 1; side += 2) {
      frame.cylinder(Mat4.rotateX(18).then(Mat4.translate(side * 1.7, 0, -0.7)), 0.05, 0.05, 2.6, 6);
      frame.cylinder(Mat4.rotateX(-18).then(Mat4.translate(side * 1.7, 0, 0.7)), 0.05, 0.05, 2.6, 6);
    }
    frame.cylinder(Mat4.rotateZ(90).then(Mat4.translate(1.75, 2.45, 0)), 0.05, 0.05, 3.5, 6);
    Mesh chains = model.part(Material.painted("chains", 0x9a9a9a));
    Mesh seats = model.part(Material.color("seats", 0xe74c3c));
    for (int i = -1; i <= 1; i += 2) {
      chains.box(Mat4.translate(i * 0.8 - 0.2, 0.45, 0), 0.02, 2.0, 0.02);
      chains.box(Mat4.translate(i * 0.8 + 0.2, 0.45, 0), 0.02, 2.0, 0.02);
      seats.box(Mat4.translate(i * 0.8, 0.42, 0), 0.45, 0.04, 0.2);
    }
    return model;
  }

  private static Model slide() {
    Model model = new Model();
    Mesh frame = model.part(Material.painted("slide-frame", 0x27ae60));
    frame.box(Mat4.translate(-1.6, 0, 0), 0.8, 1.5, 0.8);
    frame.box(Mat4.rotateZ(60).then(Mat4.translate(-2.0, 0, 0)), 0.5, 1.8, 0.05);
    // Both faces as their own triangles, each with its own normal: a two-sided material would light
    // the underside with the top's normal, and it would turn black.
    Mesh chute = model.part(Material.painted("slide-chute", 0xf1c40f));
    double[][] c = {{-1.2, 1.5, 0.35}, {-1.2, 1.5, -0.35}, {1.9, 0.25, -0.35}, {1.9, 0.25, 0.35}};
    chute.quad(Mat4.identity(), c[0], c[1], c[2], c[3]);
    chute.quad(Mat4.identity(), c[3], c[2], c[1], c[0]);
    return model;
  }

  private static Model climbingFrame() {
    Model model = new Model();
    Mesh bars = model.part(Material.painted("climbing-bars", 0xe67e22));
    for (int i = 0; i < 4; i++) {
      for (int j = 0; j < 4; j++) {
        bars.cylinder(Mat4.translate(-1.4 + i * 0.93, 0, -1.4 + j * 0.93), 0.04, 0.04, 2.2, 5);
      }
    }
    for (int level = 1; level <= 3; level++) {
      for (int i = 0; i < 4; i++) {
        bars.cylinder(Mat4.rotateZ(90).then(Mat4.translate(1.4, level * 0.7, -1.4 + i * 0.93)), 0.035, 0.035, 2.8, 5);
        bars.cylinder(Mat4.rotateX(90).then(Mat4.translate(-1.4 + i * 0.93, level * 0.7, -1.4)), 0.035, 0.035, 2.8, 5);
      }
    }
    return model;
  }

  private static Model sandbox() {
    Model model = new Model();
    Mesh frame = model.part(Material.color("sandbox-wood", 0xa0703a));
    for (int i = 0; i < 4; i++) {
      frame.box(Mat4.translate(0, 0, 1.4).then(Mat4.rotateY(i * 90)), 3, 0.3, 0.2);
    }
    model.part(Material.color("sandbox-sand", 0xe8d6a0)).box(Mat4.identity(), 2.7, 0.2, 2.7);
    model.part(Material.color("bucket", 0xe74c3c)).cylinder(Mat4.translate(0.5, 0.2, 0.4), 0.12, 0.15, 0.2, 8);
    return model;
  }

  private static Model footballGoal() {
    Model model = new Model();
    Mesh posts = model.part(Material.painted("goal-posts", 0xf4f4f4));
    posts.cylinder(Mat4.translate(-2.5, 0, 0), 0.05, 0.05, 2, 6);
    posts.cylinder(Mat4.translate(2.5, 0, 0), 0.05, 0.05, 2, 6);
    posts.cylinder(Mat4.rotateZ(90).then(Mat4.translate(2.5, 2, 0)), 0.05, 0.05, 5, 6);
    Mesh net = model.part(Material.color("goal-net", 0xcfd8dc));
    double[][] n = {{-2.5, 0, -1.8}, {2.5, 0, -1.8}, {2.5, 2, 0}, {-2.5, 2, 0}};
    net.quad(Mat4.identity(), n[0], n[1], n[2], n[3]);
    net.quad(Mat4.identity(), n[3], n[2], n[1], n[0]);
    return model;
  }

  private static Model basketballHoop() {
    Model model = new Model();
    model.part(Material.painted("hoop-pole", 0x34495e)).cylinder(Mat4.translate(0, 0, -0.6), 0.07, 0.07, 3.2, 8);
    model.part(Material.color("backboard", 0xf4f4f4)).box(Mat4.translate(0, 2.75, -0.5), 1.2, 0.9, 0.05);
    model.part(Material.painted("rim", 0xe67e22)).cylinder(Mat4.translate(0, 3.05, -0.2), 0.23, 0.23, 0.02, 12);
    return model;
  }

  private static Model tableTennis() {
    Model model = new Model();
    model.part(Material.color("table-top", 0x1e5aa8)).box(Mat4.translate(0, 0.72, 0), 2.74, 0.04, 1.53);
    model.part(Material.color("table-line", 0xffffff)).box(Mat4.translate(0, 0.761, 0), 2.74, 0.002, 0.02);
    model.part(Material.color("net", 0x222222)).box(Mat4.translate(0, 0.76, 0), 0.02, 0.15, 1.6);
    Mesh legs = model.part(Material.painted("legs", 0x3a3a3e));
    for (int i = 0; i < 4; i++) {
      legs.box(Mat4.translate(i < 2 ? 1.1 : -1.1, 0, i % 2 == 0 ? 0.6 : -0.6), 0.06, 0.72, 0.06);
    }
    return model;
  }

  private static Model flowerBed() {
    Model model = new Model();
    model.part(Material.color("bed-edge", 0x8a6a4a)).box(Mat4.identity(), 2, 0.25, 1);
    model.part(Material.color("soil", 0x4a3a2a)).box(Mat4.translate(0, 0.25, 0), 1.9, 0.01, 0.9);
    int[] colors = {0xe74c3c, 0xf1c40f, 0x9b59b6, 0xf39c12};
    for (int i = 0; i < 10; i++) {
      double x = -0.8 + (i % 5) * 0.4, z = i < 5 ? -0.22 : 0.22;
      model.part(Material.color("stem", 0x3f8a35)).box(Mat4.translate(x, 0.25, z), 0.02, 0.3, 0.02);
      model.part(Material.color("flower-" + (i % 4), colors[i % 4])).sphere(
          Mat4.scale(0.08, 0.05, 0.08).then(Mat4.translate(x, 0.57, z)), 3, 6);
    }
    return model;
  }

  private static Model bikeRack() {
    Model model = new Model();
    Mesh hoops = model.part(Material.painted("rack", 0xb0b4b8));
    for (int i = 0; i < 5; i++) {
      double x = -1.2 + i * 0.6;
      hoops.box(Mat4.translate(x, 0, -0.3), 0.05, 0.8, 0.05);
      hoops.box(Mat4.translate(x, 0, 0.3), 0.05, 0.8, 0.05);
      hoops.box(Mat4.translate(x, 0.8, 0), 0.05, 0.05, 0.65);
    }
    return model;
  }

  private static Model shelter() {
    Model model = new Model();
    Mesh posts = model.part(Material.color("shelter-posts", 0x6a4a2a));
    for (int i = 0; i < 4; i++) {
      posts.box(Mat4.translate(i < 2 ? 1.9 : -1.9, 0, i % 2 == 0 ? 1.4 : -1.4), 0.12, 2.5, 0.12);
    }
    MedievalTownPack.gable(model, Material.color("shelter-posts", 0x6a4a2a), Material.color("shelter-roof", 0x2a6a4a),
        Mat4.translate(0, 2.5, 0), 3.6, 2.8, 0.01, 1);
    Mesh bench = model.part(Material.color("shelter-bench", 0x9a6a3a));
    bench.box(Mat4.translate(0, 0.42, -1.1), 3.4, 0.05, 0.4);
    return model;
  }

  /** A 128 px icon with a transparent background, drawn for children to recognise. */
  static byte[] icon(String kind) {
    BufferedImage image = new BufferedImage(128, 128, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setStroke(new BasicStroke(6, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    switch (kind) {
      case "tree":
        fill(g, 0x6a4a2a, () -> g.fillRect(56, 70, 16, 46));
        fill(g, 0x3f8a35, () -> g.fillOval(24, 12, 80, 70));
        break;
      case "bush":
        fill(g, 0x4a8a35, () -> {
          g.fillOval(14, 50, 56, 56);
          g.fillOval(50, 40, 64, 66);
        });
        break;
      case "bench":
        fill(g, 0x9a6a3a, () -> {
          g.fillRect(14, 62, 100, 12);
          g.fillRect(14, 36, 100, 12);
        });
        fill(g, 0x3a3a3e, () -> {
          g.fillRect(22, 74, 8, 36);
          g.fillRect(98, 74, 8, 36);
        });
        break;
      case "picnic-table":
        fill(g, 0x8a5a2a, () -> {
          g.fillRect(16, 44, 96, 12);
          g.fillRect(8, 76, 112, 8);
          g.drawLine(34, 56, 24, 110);
          g.drawLine(94, 56, 104, 110);
        });
        break;
      case "swing":
        fill(g, 0x2e86de, () -> {
          g.drawLine(16, 116, 34, 16);
          g.drawLine(112, 116, 94, 16);
          g.drawLine(30, 16, 98, 16);
        });
        fill(g, 0x9a9a9a, () -> {
          g.drawLine(54, 18, 54, 84);
          g.drawLine(76, 18, 76, 84);
        });
        fill(g, 0xe74c3c, () -> g.fillRect(46, 84, 38, 10));
        break;
      case "slide":
        fill(g, 0x27ae60, () -> {
          g.drawLine(20, 116, 20, 30);
          g.drawLine(38, 116, 38, 30);
          g.fillRect(14, 26, 34, 10);
        });
        fill(g, 0xf1c40f, () -> g.fillPolygon(new int[] {40, 52, 118, 112}, new int[] {26, 34, 108, 116}, 4));
        break;
      case "climbing-frame":
        fill(g, 0xe67e22, () -> {
          for (int i = 0; i < 4; i++) {
            g.drawLine(20 + i * 29, 16, 20 + i * 29, 116);
            g.drawLine(20, 24 + i * 30, 107, 24 + i * 30);
          }
        });
        break;
      case "sandbox":
        fill(g, 0xa0703a, () -> g.fillRect(10, 56, 108, 50));
        fill(g, 0xe8d6a0, () -> g.fillRect(20, 62, 88, 36));
        fill(g, 0xe74c3c, () -> g.fillPolygon(new int[] {70, 96, 92, 74}, new int[] {40, 40, 70, 70}, 4));
        break;
      case "football-goal":
        fill(g, 0xcfd8dc, () -> {
          for (int i = 0; i < 6; i++) {
            g.drawLine(20 + i * 18, 40, 20 + i * 18, 104);
          }
        });
        fill(g, 0xf4f4f4, () -> {
          g.drawLine(12, 112, 12, 32);
          g.drawLine(116, 112, 116, 32);
          g.drawLine(12, 32, 116, 32);
        });
        break;
      case "basketball-hoop":
        fill(g, 0x34495e, () -> g.fillRect(58, 48, 10, 70));
        fill(g, 0xf4f4f4, () -> g.fillRect(24, 10, 80, 44));
        fill(g, 0xe67e22, () -> g.drawOval(44, 46, 40, 14));
        break;
      case "table-tennis":
        fill(g, 0x1e5aa8, () -> g.fillRect(8, 48, 112, 24));
        fill(g, 0xffffff, () -> g.fillRect(62, 36, 4, 36));
        fill(g, 0x3a3a3e, () -> {
          g.fillRect(20, 72, 6, 40);
          g.fillRect(102, 72, 6, 40);
        });
        break;
      case "flower-bed":
        fill(g, 0x8a6a4a, () -> g.fillRect(10, 82, 108, 30));
        int[] colors = {0xe74c3c, 0xf1c40f, 0x9b59b6, 0xf39c12};
        for (int i = 0; i < 4; i++) {
          int x = 24 + i * 26;
          fill(g, 0x3f8a35, () -> g.fillRect(x - 2, 50, 5, 34));
          fill(g, colors[i], () -> g.fillOval(x - 12, 30, 24, 24));
        }
        break;
      case "bike-rack":
        fill(g, 0xb0b4b8, () -> {
          for (int i = 0; i < 4; i++) {
            g.drawArc(12 + i * 27, 40, 22, 60, 0, 180);
            g.drawLine(12 + i * 27, 70, 12 + i * 27, 112);
            g.drawLine(34 + i * 27, 70, 34 + i * 27, 112);
          }
        });
        break;
      case "shelter":
        fill(g, 0x2a6a4a, () -> g.fillPolygon(new int[] {4, 64, 124}, new int[] {50, 12, 50}, 3));
        fill(g, 0x6a4a2a, () -> {
          g.fillRect(18, 50, 10, 66);
          g.fillRect(100, 50, 10, 66);
          g.fillRect(30, 88, 68, 8);
        });
        break;
      default:
        throw new IllegalArgumentException("no icon for " + kind);
    }
    g.dispose();
    return Paint.png(image);
  }

  private static void fill(Graphics2D g, int rgb, Runnable draw) {
    g.setColor(new Color(rgb));
    draw.run();
  }
}
