package fi.retki.server.yard;

import fi.retki.assets.image.Images;
import fi.retki.scenes.Language;
import fi.retki.scenes.MediaType;
import fi.retki.scenes.PaletteKind;
import fi.retki.scenes.live.SessionState;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The school-yard plan as a picture, drawn with Java2D: the yard's map, the planning area's edge,
 * every placed object as its footprint turned by its yaw, and the labels where
 * {@link LabelLayout} puts them. Looks like the console's live map (same colours, same sizes in
 * metres, same label rule), so what the teacher saw is what the saved work shows.
 */
public final class PlanPicture {
  static final Color AREA_EDGE = new Color(0xffffff);
  static final Color OBJECT_FILL = new Color(0xf78c40);
  static final Color OBJECT_EDGE = new Color(0x3a1e00);
  static final Color LABEL_FILL = new Color(255, 255, 255, 235);
  static final Color LABEL_INK = new Color(0x1a1a1a);
  static final Color LEADER = new Color(0x1a1a1a);

  private PlanPicture() {}

  /** The label's height on the map, in metres: the view's longer side over 40. */
  static double fontSize(Box view) {
    return Math.max(view.width(), view.depth()) / 40;
  }

  /** The plan over the yard, as a PNG. */
  public static byte[] png(YardMap map, Collection<SessionState.PlacedObject> objects, Language language) {
    return Images.encode(draw(map, objects, language), MediaType.PNG);
  }

  static BufferedImage draw(YardMap map, Collection<SessionState.PlacedObject> objects, Language language) {
    BufferedImage image = map.picture();
    Box view = map.view();
    int ppm = YardMap.PIXELS_PER_METRE;
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.scale(ppm, ppm);
      g.translate(-view.minX(), -view.minZ());
      var area = map.palette().area();
      g.setColor(AREA_EDGE);
      g.setStroke(new BasicStroke(0.3f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {1.2f, 0.8f}, 0f));
      g.draw(new Rectangle2D.Double(area.minX(), area.minZ(), area.maxX() - area.minX(), area.maxZ() - area.minZ()));
      g.setStroke(new BasicStroke(0.15f));
      List<LabelLayout.Item> items = new ArrayList<>();
      List<String> texts = new ArrayList<>();
      for (SessionState.PlacedObject object : objects) {
        PaletteKind kind = map.palette().kind(object.kind());
        double w = kind == null ? 1 : kind.footprint().width();
        double d = kind == null ? 1 : kind.footprint().depth();
        AffineTransform at = AffineTransform.getTranslateInstance(object.x(), object.z());
        at.rotate(Math.toRadians(-object.yaw())); // as the console: SVG's rotate(-yaw)
        java.awt.Shape shape = at.createTransformedShape(new Rectangle2D.Double(-w / 2, -d / 2, w, d));
        g.setColor(OBJECT_FILL);
        g.fill(shape);
        g.setColor(OBJECT_EDGE);
        g.draw(shape);
        java.awt.geom.Rectangle2D b = shape.getBounds2D();
        items.add(new LabelLayout.Item(new Box(b.getMinX(), b.getMinY(), b.getMaxX(), b.getMaxY()), 0, 0));
        texts.add(kind == null ? object.kind() : kind.title().get(language));
      }
      labels(g, map, items, texts, language);
    } finally {
      g.dispose();
    }
    return image;
  }

  /** The landmarks' names in their buildings, then the objects' labels around them. */
  private static void labels(Graphics2D g, YardMap map, List<LabelLayout.Item> anchors, List<String> texts,
      Language language) {
    double size = fontSize(map.view());
    Font plain = new Font(Font.SANS_SERIF, Font.PLAIN, 1).deriveFont((float) size);
    Font bold = plain.deriveFont(Font.BOLD);
    List<Box> fixed = new ArrayList<>();
    for (YardMap.Landmark landmark : map.landmarks()) {
      String text = landmark.title().get(language);
      Box box = LabelLayout.inside(centred(landmark.box(), width(g, bold, text, size), height(size)), map.view());
      fixed.add(box);
      label(g, bold, text, box, size);
    }
    List<LabelLayout.Item> items = new ArrayList<>();
    for (int i = 0; i < anchors.size(); i++) {
      items.add(new LabelLayout.Item(anchors.get(i).anchor(), width(g, plain, texts.get(i), size), height(size)));
    }
    List<LabelLayout.Placement> placements = LabelLayout.place(items, fixed, map.view());
    for (int i = 0; i < placements.size(); i++) {
      LabelLayout.Placement placement = placements.get(i);
      if (placement.leader()) {
        Box a = items.get(i).anchor();
        Box l = placement.label();
        g.setColor(LEADER);
        g.setStroke(new BasicStroke((float) (size / 9)));
        g.draw(new Line2D.Double(a.centerX(), a.centerZ(), clamp(a.centerX(), l.minX(), l.maxX()),
            clamp(a.centerZ(), l.minZ(), l.maxZ())));
      }
    }
    for (int i = 0; i < placements.size(); i++) {
      label(g, plain, texts.get(i), placements.get(i).label(), size);
    }
  }

  private static void label(Graphics2D g, Font font, String text, Box box, double size) {
    g.setColor(LABEL_FILL);
    double r = size * 0.3;
    g.fill(new RoundRectangle2D.Double(box.minX(), box.minZ(), box.width(), box.depth(), r, r));
    g.setColor(LABEL_INK);
    g.setFont(font);
    // Line metrics in floats: the font is about 2 units (metres) high, and FontMetrics rounds.
    java.awt.font.LineMetrics line = font.getLineMetrics(text, g.getFontRenderContext());
    float x = (float) (box.centerX() - font.getStringBounds(text, g.getFontRenderContext()).getWidth() / 2);
    float baseline = (float) (box.centerZ() + (line.getAscent() - line.getDescent()) / 2.0);
    g.drawString(text, x, baseline);
  }

  /** A label's width: its text plus a little room on each side, in metres. */
  static double width(Graphics2D g, Font font, String text, double size) {
    return font.getStringBounds(text, g.getFontRenderContext()).getWidth() + size * 0.6;
  }

  static double height(double size) {
    return size * 1.35;
  }

  private static Box centred(Box around, double w, double h) {
    return new Box(around.centerX() - w / 2, around.centerZ() - h / 2, around.centerX() + w / 2, around.centerZ() + h / 2);
  }

  private static double clamp(double v, double min, double max) {
    return Math.max(min, Math.min(max, v));
  }
}
