package fi.retki.assets.pictures;

import fi.retki.scenes.live.Picture;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Arc2D;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/**
 * Draws each {@link Picture} as a bold, flat icon on a white rounded card, at any size.
 */
public final class PictureArt {
  /*
   * Every picture is drawn on a 100 x 100 grid, scaled to the size asked for, so a 64 px button and
   * a 256 px projector image show the same thing. Thick dark outlines and one main colour each
   * keep them apart for a 6-year-old at the back of a classroom, and for colour-blind eyes the
   * silhouettes differ too. Changing a drawing changes what a URL serves: raise VERSION.
   */

  /** The version of the drawings, part of their URLs so that browsers may keep them for good. */
  public static final int VERSION = 1;

  private static final Color INK = new Color(0x26, 0x26, 0x2e);
  private static final Color CARD = new Color(0xff, 0xfd, 0xf7);
  private static final Color WHITE = Color.WHITE;

  private PictureArt() {}

  /** The picture as a {@code size} x {@code size} image with an alpha channel. */
  public static BufferedImage draw(Picture picture, int size) {
    if (size < 8 || size > 2048) {
      throw new IllegalArgumentException("a picture is 8 to 2048 pixels wide, not " + size);
    }
    BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
      g.scale(size / 100.0, size / 100.0);
      g.setColor(CARD);
      g.fill(new RoundRectangle2D.Double(1, 1, 98, 98, 22, 22));
      g.setStroke(new BasicStroke(3.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
      new Pen(g).draw(picture);
    } finally {
      g.dispose();
    }
    return image;
  }

  /** The picture as PNG bytes. */
  public static byte[] png(Picture picture, int size) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(draw(picture, size), "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** Draws on the 100 x 100 grid: shapes filled and outlined. */
  private static final class Pen {
    private final Graphics2D g;

    Pen(Graphics2D g) {
      this.g = g;
    }

    void draw(Picture picture) {
      switch (picture) {
        case APPLE -> apple();
        case BANANA -> banana();
        case PEAR -> pear();
        case GRAPES -> grapes();
        case WATERMELON -> watermelon();
        case CARROT -> carrot();
        case MUSHROOM -> mushroom();
        case SUN -> sun();
        case CAT -> cat();
        case DOG -> dog();
        case FISH -> fish();
        case PENGUIN -> penguin();
        case FROG -> frog();
        case PIG -> pig();
        case SNAIL -> snail();
        case BUTTERFLY -> butterfly();
        default -> throw new IllegalArgumentException("no drawing for " + picture);
      }
    }

    private void shape(Shape shape, int rgb) {
      g.setColor(new Color(rgb));
      g.fill(shape);
      g.setColor(INK);
      g.draw(shape);
    }

    private void fill(Shape shape, Color color) {
      g.setColor(color);
      g.fill(shape);
    }

    private void line(double x1, double y1, double x2, double y2, float width, Color color) {
      g.setColor(color);
      java.awt.Stroke old = g.getStroke();
      g.setStroke(new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
      g.draw(new java.awt.geom.Line2D.Double(x1, y1, x2, y2));
      g.setStroke(old);
    }

    private static Ellipse2D circle(double x, double y, double r) {
      return new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r);
    }

    private static Shape polygon(double... xy) {
      Path2D path = new Path2D.Double();
      path.moveTo(xy[0], xy[1]);
      for (int i = 2; i < xy.length; i += 2) {
        path.lineTo(xy[i], xy[i + 1]);
      }
      path.closePath();
      return path;
    }

    private void eye(double x, double y, double r) {
      shape(circle(x, y, r), 0xffffff);
      fill(circle(x + r * 0.15, y + r * 0.1, r * 0.55), INK);
    }

    private void apple() {
      line(50, 30, 54, 12, 5, new Color(0x6d4c41));
      Area body = new Area(circle(37, 55, 25));
      body.add(new Area(circle(63, 55, 25)));
      body.add(new Area(circle(50, 66, 24)));
      shape(body, 0xe53935);
      shape(rotated(new Ellipse2D.Double(56, 10, 24, 11), -25, 68, 16), 0x43a047);
      fill(new Ellipse2D.Double(28, 42, 8, 14), new Color(255, 255, 255, 150));
    }

    private void banana() {
      Area crescent = new Area(circle(46, 36, 46));
      crescent.subtract(new Area(circle(38, 20, 44)));
      crescent.intersect(new Area(new java.awt.Rectangle(6, 0, 90, 90)));
      shape(crescent, 0xfdd835);
      shape(circle(88, 40, 4), 0x6d4c41);
      shape(circle(9, 52, 3.5), 0x6d4c41);
    }

    private void pear() {
      line(50, 26, 53, 10, 5, new Color(0x6d4c41));
      Area body = new Area(circle(50, 66, 27));
      body.add(new Area(circle(50, 38, 15)));
      body.add(new Area(polygon(36, 40, 64, 40, 76, 62, 24, 62)));
      shape(body, 0xc0ca33);
      shape(rotated(new Ellipse2D.Double(54, 12, 18, 9), -20, 62, 16), 0x43a047);
    }

    private void grapes() {
      line(50, 20, 52, 6, 5, new Color(0x6d4c41));
      shape(rotated(new Ellipse2D.Double(54, 8, 26, 13), -15, 66, 14), 0x43a047);
      double r = 9.5;
      int[] row = {4, 3, 2, 1};
      for (int y = 0; y < row.length; y++) {
        for (int x = 0; x < row[y]; x++) {
          double cx = 50 + (x - (row[y] - 1) / 2.0) * 2 * r * 0.95;
          shape(circle(cx, 30 + y * r * 1.7, r), 0x8e24aa);
        }
      }
    }

    private void watermelon() {
      shape(new Arc2D.Double(6, 0, 88, 88, 180, 180, Arc2D.CHORD), 0x2e7d32);
      shape(new Arc2D.Double(14, 8, 72, 72, 180, 180, Arc2D.CHORD), 0xef5350);
      for (double[] seed : new double[][] {{30, 54}, {42, 64}, {50, 52}, {58, 64}, {70, 54}, {50, 74}}) {
        fill(new Ellipse2D.Double(seed[0] - 2.5, seed[1] - 4, 5, 8), INK);
      }
    }

    private void carrot() {
      shape(rotated(new Ellipse2D.Double(40, 4, 12, 28), -20, 46, 26), 0x43a047);
      shape(rotated(new Ellipse2D.Double(48, 4, 12, 28), 20, 54, 26), 0x43a047);
      shape(new Ellipse2D.Double(44, 2, 12, 28), 0x66bb6a);
      Path2D body = new Path2D.Double();
      body.moveTo(28, 34);
      body.quadTo(50, 22, 72, 34);
      body.lineTo(52, 95);
      body.quadTo(50, 98, 48, 95);
      body.closePath();
      shape(body, 0xfb8c00);
      line(38, 48, 46, 48, 3, INK);
      line(54, 60, 61, 60, 3, INK);
      line(42, 72, 48, 72, 3, INK);
    }

    private void mushroom() {
      shape(new java.awt.geom.RoundRectangle2D.Double(37, 46, 26, 44, 12, 12), 0xfff3e0);
      Area cap = new Area(new Arc2D.Double(8, 14, 84, 70, 0, 180, Arc2D.CHORD));
      shape(cap, 0xd32f2f);
      for (double[] dot : new double[][] {{28, 38, 6}, {50, 27, 6}, {72, 38, 6}, {40, 45, 4}, {61, 45, 4}}) {
        fill(circle(dot[0], dot[1], dot[2]), WHITE);
      }
    }

    private void sun() {
      for (int i = 0; i < 8; i++) {
        double a = Math.toRadians(i * 45);
        double cx = 50 + Math.cos(a) * 36;
        double cy = 50 + Math.sin(a) * 36;
        double px = -Math.sin(a) * 8;
        double py = Math.cos(a) * 8;
        double bx = 50 + Math.cos(a) * 24;
        double by = 50 + Math.sin(a) * 24;
        shape(polygon(bx + px, by + py, cx + Math.cos(a) * 10, cy + Math.sin(a) * 10, bx - px, by - py), 0xfb8c00);
      }
      shape(circle(50, 50, 25), 0xfdd835);
      fill(circle(41, 46, 3.5), INK);
      fill(circle(59, 46, 3.5), INK);
      g.setColor(INK);
      g.draw(new Arc2D.Double(38, 42, 24, 18, 200, 140, Arc2D.OPEN));
    }

    private void cat() {
      shape(polygon(20, 46, 24, 10, 46, 30), 0x90a4ae);
      shape(polygon(80, 46, 76, 10, 54, 30), 0x90a4ae);
      fill(polygon(26, 36, 27, 19, 38, 30), new Color(0xf8bbd0));
      fill(polygon(74, 36, 73, 19, 62, 30), new Color(0xf8bbd0));
      shape(new Ellipse2D.Double(16, 24, 68, 64), 0x90a4ae);
      shape(new Ellipse2D.Double(32, 44, 12, 16), 0x9ccc65);
      shape(new Ellipse2D.Double(56, 44, 12, 16), 0x9ccc65);
      fill(new Ellipse2D.Double(36, 46, 4, 12), INK);
      fill(new Ellipse2D.Double(60, 46, 4, 12), INK);
      shape(polygon(45, 64, 55, 64, 50, 70), 0xf06292);
      for (int side = -1; side <= 1; side += 2) {
        line(50 + side * 10, 70, 50 + side * 34, 64, 2.5f, INK);
        line(50 + side * 10, 73, 50 + side * 34, 76, 2.5f, INK);
      }
    }

    private void dog() {
      shape(new Ellipse2D.Double(22, 20, 56, 66), 0xbc8a5f);
      shape(rotated(new Ellipse2D.Double(8, 20, 20, 46), 20, 18, 40), 0x5d4037);
      shape(rotated(new Ellipse2D.Double(72, 20, 20, 46), -20, 82, 40), 0x5d4037);
      shape(new Ellipse2D.Double(34, 56, 32, 26), 0xefdcc7);
      eye(39, 46, 6);
      eye(61, 46, 6);
      fill(new Ellipse2D.Double(43, 57, 14, 10), INK);
      shape(new RoundRectangle2D.Double(45, 72, 10, 14, 8, 8), 0xf06292);
    }

    private void fish() {
      shape(polygon(70, 50, 94, 28, 90, 50, 94, 72), 0x1565c0);
      shape(polygon(38, 32, 52, 16, 58, 34), 0x1565c0);
      shape(new Ellipse2D.Double(8, 28, 68, 44), 0x1e88e5);
      eye(26, 46, 6);
      g.setColor(INK);
      g.draw(new Arc2D.Double(34, 36, 16, 28, -60, 120, Arc2D.OPEN));
    }

    private void penguin() {
      shape(new Ellipse2D.Double(28, 84, 18, 10), 0xfb8c00);
      shape(new Ellipse2D.Double(54, 84, 18, 10), 0xfb8c00);
      shape(new Ellipse2D.Double(22, 8, 56, 82), 0x263238);
      fill(new Ellipse2D.Double(32, 30, 36, 56), WHITE);
      fill(new Ellipse2D.Double(34, 18, 14, 20), WHITE);
      fill(new Ellipse2D.Double(52, 18, 14, 20), WHITE);
      fill(circle(42, 28, 3.5), INK);
      fill(circle(58, 28, 3.5), INK);
      shape(polygon(42, 36, 58, 36, 50, 46), 0xfb8c00);
    }

    private void frog() {
      shape(circle(32, 34, 14), 0x43a047);
      shape(circle(68, 34, 14), 0x43a047);
      shape(new Ellipse2D.Double(10, 36, 80, 50), 0x43a047);
      fill(new Ellipse2D.Double(16, 40, 68, 40), new Color(0x43a047));
      eye(32, 33, 9);
      eye(68, 33, 9);
      g.setColor(INK);
      g.setStroke(new BasicStroke(4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
      g.draw(new Arc2D.Double(28, 46, 44, 26, 200, 140, Arc2D.OPEN));
      fill(new Ellipse2D.Double(20, 60, 10, 7), new Color(0xf48fb1));
      fill(new Ellipse2D.Double(70, 60, 10, 7), new Color(0xf48fb1));
    }

    private void pig() {
      shape(polygon(18, 36, 22, 10, 42, 24), 0xf48fb1);
      shape(polygon(82, 36, 78, 10, 58, 24), 0xf48fb1);
      shape(circle(50, 54, 36), 0xf8bbd0);
      eye(36, 44, 5.5);
      eye(64, 44, 5.5);
      shape(new Ellipse2D.Double(33, 56, 34, 24), 0xf06292);
      fill(new Ellipse2D.Double(40, 63, 6, 10), INK);
      fill(new Ellipse2D.Double(54, 63, 6, 10), INK);
    }

    private void snail() {
      Path2D body = new Path2D.Double();
      body.moveTo(8, 86);
      body.lineTo(78, 86);
      body.quadTo(84, 86, 84, 78);
      body.lineTo(84, 50);
      body.quadTo(84, 40, 76, 40);
      body.quadTo(68, 40, 68, 50);
      body.lineTo(68, 72);
      body.lineTo(10, 76);
      body.quadTo(4, 80, 8, 86);
      body.closePath();
      line(73, 42, 66, 20, 3, INK);
      line(80, 42, 86, 20, 3, INK);
      fill(circle(66, 19, 3.5), INK);
      fill(circle(86, 19, 3.5), INK);
      shape(body, 0xc5e1a5);
      shape(circle(40, 52, 28), 0xff8a65);
      g.setColor(INK);
      Path2D spiral = new Path2D.Double();
      for (int i = 0; i <= 60; i++) {
        double t = i / 60.0 * Math.PI * 4;
        double r = 22 * (1 - i / 66.0);
        double x = 40 + Math.cos(t) * r;
        double y = 52 + Math.sin(t) * r;
        if (i == 0) {
          spiral.moveTo(x, y);
        } else {
          spiral.lineTo(x, y);
        }
      }
      g.draw(spiral);
      fill(circle(78, 52, 3), INK);
    }

    private void butterfly() {
      shape(rotated(new Ellipse2D.Double(6, 10, 44, 42), -10, 28, 31), 0x26c6da);
      shape(rotated(new Ellipse2D.Double(50, 10, 44, 42), 10, 72, 31), 0x26c6da);
      shape(rotated(new Ellipse2D.Double(14, 48, 34, 34), 10, 31, 65), 0x00acc1);
      shape(rotated(new Ellipse2D.Double(52, 48, 34, 34), -10, 69, 65), 0x00acc1);
      fill(circle(28, 32, 7), new Color(0xfdd835));
      fill(circle(72, 32, 7), new Color(0xfdd835));
      line(48, 20, 40, 6, 3, INK);
      line(52, 20, 60, 6, 3, INK);
      fill(new RoundRectangle2D.Double(45, 16, 10, 70, 10, 10), INK);
    }

    private static Shape rotated(Shape shape, double degrees, double x, double y) {
      return java.awt.geom.AffineTransform.getRotateInstance(Math.toRadians(degrees), x, y).createTransformedShape(shape);
    }
  }
}
