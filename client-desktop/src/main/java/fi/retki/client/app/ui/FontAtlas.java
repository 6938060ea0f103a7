package fi.retki.client.app.ui;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A TrueType font drawn once into one image: every character of some Unicode blocks that the
 * font has, white on transparent, each in its own cell, plus a placeholder box for characters it
 * has not. Plain AWT (no jME), so it can be made and checked without a window.
 *
 * <p>Cells are packed in rows, with a gap around each glyph so that mipmaps do not bleed one
 * glyph into its neighbour. Metrics follow AngelCode's bitmap-font convention, which jME's
 * {@code BitmapFont} reads: {@code y} and {@code yOffset} count down from the top.
 */
final class FontAtlas {
  /** One character's cell and metrics, in pixels at {@link #size}. */
  record Glyph(int codePoint, int x, int y, int width, int height, int xOffset, int yOffset, int xAdvance) {}

  /** The Unicode blocks drawn, as first and last code point (a school's languages and symbols). */
  static final int[][] BLOCKS = {
      {0x0020, 0x007E}, // Basic Latin
      {0x00A0, 0x024F}, // Latin-1 Supplement, Latin Extended-A and -B (Sámi, Baltic, Polish, Turkish…)
      {0x02B0, 0x02FF}, // spacing modifier letters
      {0x0370, 0x03FF}, // Greek (µ, π, Ω in science texts)
      {0x0400, 0x04FF}, // Cyrillic (pupils' names)
      {0x1E00, 0x1EFF}, // Latin Extended Additional (Vietnamese names)
      {0x2000, 0x206F}, // general punctuation: dashes, quotes, ellipsis, bullets
      {0x2070, 0x209F}, // superscripts and subscripts (m², CO₂)
      {0x20A0, 0x20CF}, // currency (€)
      {0x2100, 0x218F}, // letterlike symbols and number forms (℃, ½)
      {0x2190, 0x21FF}, // arrows
      {0x2200, 0x22FF}, // mathematical operators (−, ≈, ≤)
      {0x25A0, 0x25FF}, // geometric shapes
      {0x2600, 0x26FF}, // miscellaneous symbols (☀, ★, ♥)
  };

  private static final int WIDTH = 2048;
  private static final int GAP = 3;

  final int size;
  final int lineHeight;
  final int base;
  final BufferedImage image;
  final Map<Integer, Glyph> glyphs;
  final Glyph placeholder;

  private FontAtlas(int size, int lineHeight, int base, BufferedImage image, Map<Integer, Glyph> glyphs,
      Glyph placeholder) {
    this.size = size;
    this.lineHeight = lineHeight;
    this.base = base;
    this.image = image;
    this.glyphs = glyphs;
    this.placeholder = placeholder;
  }

  /** Reads a TrueType font from a resource of this package. */
  static Font trueType(String resource) {
    try (InputStream in = FontAtlas.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("font resource missing: " + resource);
      }
      return Font.createFont(Font.TRUETYPE_FONT, in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (FontFormatException e) {
      throw new IllegalStateException("not a TrueType font: " + resource, e);
    }
  }

  /** Draws every character of {@link #BLOCKS} the font has, at {@code size} pixels. */
  static FontAtlas draw(Font font, int size) {
    if (size < 8) {
      throw new IllegalArgumentException("size must be at least 8 pixels, not " + size);
    }
    Font sized = font.deriveFont((float) size);
    FontRenderContext frc = new FontRenderContext(null, true, true);
    java.awt.font.LineMetrics metrics = sized.getLineMetrics("Åg", frc);
    int base = (int) Math.ceil(metrics.getAscent());
    int lineHeight = (int) Math.ceil(metrics.getAscent() + metrics.getDescent() + metrics.getLeading());

    List<Integer> codePoints = new ArrayList<>();
    for (int[] block : BLOCKS) {
      for (int cp = block[0]; cp <= block[1]; cp++) {
        if (sized.canDisplay(cp) && !Character.isISOControl(cp)) {
          codePoints.add(cp);
        }
      }
    }
    Map<Integer, GlyphVector> shapes = new LinkedHashMap<>();
    for (int cp : codePoints) {
      shapes.put(cp, sized.createGlyphVector(frc, Character.toChars(cp)));
    }
    // Pack: measure first, then draw into an image just tall enough (a power of two for the GPU).
    Map<Integer, Glyph> glyphs = new LinkedHashMap<>();
    int x = GAP;
    int y = GAP;
    int rowHeight = 0;
    for (Map.Entry<Integer, GlyphVector> e : shapes.entrySet()) {
      Rectangle bounds = e.getValue().getPixelBounds(frc, 0, 0);
      if (!bounds.isEmpty()) {
        bounds.grow(1, 1); // antialiasing may touch a pixel beyond the reported bounds
      }
      int w = bounds.isEmpty() ? 0 : bounds.width;
      int h = bounds.isEmpty() ? 0 : bounds.height;
      if (x + w + GAP > WIDTH) {
        x = GAP;
        y += rowHeight + GAP;
        rowHeight = 0;
      }
      int advance = Math.round(e.getValue().getGlyphMetrics(0).getAdvanceX());
      glyphs.put(e.getKey(), new Glyph(e.getKey(), x, y, w, h, bounds.isEmpty() ? 0 : bounds.x,
          bounds.isEmpty() ? 0 : base + bounds.y, advance));
      x += w + GAP;
      rowHeight = Math.max(rowHeight, h);
    }
    Rectangle box = placeholderBox(sized, frc, base);
    if (x + box.width + GAP > WIDTH) {
      x = GAP;
      y += rowHeight + GAP;
      rowHeight = 0;
    }
    Glyph placeholder = new Glyph(0xFFFD, x, y, box.width, box.height, box.x, box.y,
        box.width + 2 * box.x);
    int height = Integer.highestOneBit(Math.max(1, y + Math.max(rowHeight, box.height) + GAP - 1)) << 1;

    BufferedImage image = new BufferedImage(WIDTH, height, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
      g.setColor(Color.WHITE);
      for (Glyph glyph : glyphs.values()) {
        if (glyph.width() > 0) {
          g.drawGlyphVector(shapes.get(glyph.codePoint()), glyph.x() - glyph.xOffset(),
              glyph.y() - glyph.yOffset() + base);
        }
      }
      int stroke = Math.max(2, size / 16);
      g.setStroke(new java.awt.BasicStroke(stroke));
      g.drawRect(placeholder.x() + stroke / 2, placeholder.y() + stroke / 2,
          placeholder.width() - stroke, placeholder.height() - stroke);
    } finally {
      g.dispose();
    }
    return new FontAtlas(size, lineHeight, base, image, Map.copyOf(glyphs), placeholder);
  }

  /** A hollow box as tall as a capital letter: xOffset in x, yOffset in y. */
  private static Rectangle placeholderBox(Font sized, FontRenderContext frc, int base) {
    Rectangle capital = sized.createGlyphVector(frc, "H").getPixelBounds(frc, 0, 0);
    int height = capital.height;
    int width = Math.max(4, Math.round(height * 0.7f));
    return new Rectangle(Math.max(1, capital.x), base + capital.y, width, height);
  }

  /** True if the font drew this character (the placeholder stands in for the others). */
  boolean covers(int codePoint) {
    return glyphs.containsKey(codePoint);
  }
}
