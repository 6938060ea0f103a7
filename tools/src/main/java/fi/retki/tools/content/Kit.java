package fi.retki.tools.content;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.Random;
import java.util.function.DoubleBinaryOperator;
import java.util.function.Consumer;

/** Shared pieces of the packs: sky, ground, thumbnails and a few plants every scene can use. */
final class Kit {
  static final double GROUND_SIZE = 200;
  static final int GROUND_CELLS = 50;
  static final int GROUND_TEXTURE = 2048;

  private Kit() {}

  /** The colour of the world at (x, z), for painting ground textures. */
  interface GroundShader {
    int rgb(double x, double z);
  }

  /** An equirectangular 2048x1024 sky: {@code shader} gets azimuth (0..1 around) and elevation (+1 up, -1 down). */
  static byte[] sky(Paint.Shader shader) {
    return Paint.jpeg(2048, 1024, (u, v) -> shader.rgb(u, 1 - 2 * v));
  }

  /** A 200 m ground with a painted 2048 px texture. */
  static Model ground(DoubleBinaryOperator height, GroundShader shader) {
    byte[] texture = Paint.jpeg(GROUND_TEXTURE, GROUND_TEXTURE,
        (u, v) -> shader.rgb(u * GROUND_SIZE - GROUND_SIZE / 2, v * GROUND_SIZE - GROUND_SIZE / 2));
    Model model = new Model();
    model.part(Material.textured("ground", texture, "image/jpeg")).heightField(GROUND_SIZE, GROUND_CELLS, height);
    return model;
  }

  /** A 512x288 picture drawn by {@code painter}, over a vertical gradient from {@code top} to {@code horizon}. */
  static byte[] thumbnail(int top, int horizon, Consumer<Graphics2D> painter) {
    BufferedImage image = new BufferedImage(512, 288, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setPaint(new GradientPaint(0, 0, new Color(top), 0, 288, new Color(horizon)));
    g.fillRect(0, 0, 512, 288);
    painter.accept(g);
    g.dispose();
    return Paint.jpeg(image);
  }

  /** A texture of {@code size} px painted by a shader, as JPEG. */
  static byte[] texture(int size, Paint.Shader shader) {
    return Paint.jpeg(size, size, shader);
  }

  /** A broadleaf tree: a tapering trunk and a crown of a few lumpy spheres. */
  static Model roundTree(long seed, double height, double crown, int trunkColor, int leafColor) {
    Random random = new Random(seed);
    Model model = new Model();
    model.part(Material.color("trunk", trunkColor)).cylinder(Mat4.identity(), height * 0.035, height * 0.02, height * 0.8, 7);
    Mesh leaves = model.part(Material.color("leaves", leafColor));
    Mesh dark = model.part(Material.color("leaves-shade", Paint.shade(leafColor, 0.75)));
    for (int i = 0; i < 5; i++) {
      double angle = random.nextDouble() * 360;
      double out = i == 0 ? 0 : crown * (0.35 + random.nextDouble() * 0.3);
      double r = crown * (i == 0 ? 0.75 : 0.45 + random.nextDouble() * 0.2);
      Mat4 at = Mat4.scale(r, r * 0.6, r)
          .then(Mat4.translate(out, height * 0.8 + random.nextDouble() * crown * 0.3 - crown * 0.1, 0))
          .then(Mat4.rotateY(angle));
      (i % 2 == 0 ? leaves : dark).sphere(at, 5, 8);
    }
    return model;
  }

  /** A conifer: stacked cones on a short trunk. */
  static Model conifer(double height, int trunkColor, int needleColor) {
    Model model = new Model();
    model.part(Material.color("trunk", trunkColor)).cylinder(Mat4.identity(), height * 0.04, height * 0.03, height * 0.3, 6);
    Mesh needles = model.part(Material.color("needles", needleColor));
    for (int i = 0; i < 3; i++) {
      double base = height * (0.2 + i * 0.22);
      double radius = height * (0.28 - i * 0.07);
      needles.cylinder(Mat4.translate(0, base, 0), radius, 0, height * 0.42, 8);
    }
    return model;
  }

  /** A bush: a few squashed spheres. */
  static Model bush(long seed, double size, int color) {
    Random random = new Random(seed);
    Model model = new Model();
    Mesh leaves = model.part(Material.color("bush", color));
    for (int i = 0; i < 4; i++) {
      double r = size * (0.35 + random.nextDouble() * 0.2);
      leaves.sphere(Mat4.scale(r, r * 0.8, r).then(Mat4.translate(
          (random.nextDouble() - 0.5) * size * 0.6, r * 0.7, (random.nextDouble() - 0.5) * size * 0.6)), 4, 7);
    }
    return model;
  }

  /** A palm or fern: a stem and leaves fanning out and drooping. */
  static Model fan(long seed, double height, int leaves, double leafLength, int stemColor, int leafColor) {
    Random random = new Random(seed);
    Model model = new Model();
    if (height > 0.3) {
      model.part(Material.color("stem", stemColor)).cylinder(Mat4.identity(), 0.12, 0.08, height, 6);
    }
    Mesh leaf = model.part(Material.color("leaf", leafColor).twoSided());
    for (int i = 0; i < leaves; i++) {
      double yaw = i * 360.0 / leaves + random.nextDouble() * 20;
      double droop = 20 + random.nextDouble() * 25;
      Mat4 at = Mat4.rotateX(-droop).then(Mat4.rotateY(yaw)).then(Mat4.translate(0, height, 0));
      double w = leafLength * 0.18;
      leaf.triangle(at, new double[] {0, 0, 0}, new double[] {w, 0.05, leafLength * 0.45}, new double[] {0, 0, leafLength});
      leaf.triangle(at, new double[] {0, 0, 0}, new double[] {0, 0, leafLength}, new double[] {-w, 0.05, leafLength * 0.45});
    }
    return model;
  }

  /** A rock: a squashed, jittered sphere. */
  static Model rock(long seed, double size, int color) {
    Model model = new Model();
    Random random = new Random(seed);
    model.part(Material.color("rock", color)).sphere(Mat4.scale(size, size * (0.5 + random.nextDouble() * 0.3),
        size * (0.7 + random.nextDouble() * 0.4)).then(Mat4.rotateY(random.nextDouble() * 90)), 4, 6);
    return model;
  }

  /** A sky with a gradient from the horizon colour to the zenith colour, and the ground colour below. */
  static int gradient(double elevation, int horizon, int zenith, int below) {
    if (elevation < 0) {
      return Paint.mix(horizon, below, Math.min(1, -elevation * 8));
    }
    return Paint.mix(horizon, zenith, Math.pow(elevation, 0.6));
  }
}
