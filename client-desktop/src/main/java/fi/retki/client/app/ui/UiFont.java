package fi.retki.client.app.ui;

import com.jme3.asset.AssetManager;
import com.jme3.font.BitmapCharacter;
import com.jme3.font.BitmapCharacterSet;
import com.jme3.font.BitmapFont;
import com.jme3.material.Material;
import com.jme3.material.RenderState;
import com.jme3.texture.Image;
import com.jme3.texture.Texture;
import com.jme3.texture.Texture2D;
import com.jme3.texture.plugins.AWTLoader;
import com.simsilica.lemur.GuiGlobals;
import com.simsilica.lemur.style.Styles;

/**
 * The client's typeface: DejaVu Sans (bundled, so a PC without fonts still has it) drawn at start
 * into a jME {@link BitmapFont}, so that every character of the fi, sv and en texts, of the
 * client's words and of pupils' nicknames draws, where jME's own font drew only Latin-1 ("30–45 m"
 * read "3045 m").
 *
 * <p>jME looks characters up one UTF-16 unit at a time and silently skips those its font lacks.
 * This font's character set never answers "none" for a printable character: a character the font
 * has not (an emoji in a nickname, a script outside {@link FontAtlas#BLOCKS}) is drawn as a box,
 * and the second half of a surrogate pair takes no room, so one emoji is one box.
 */
public final class UiFont {
  /** Pixels the glyphs are drawn at; jME scales them to each label's size (sharp from 14 to 70). */
  static final int SIZE = 48;
  static final String TRUE_TYPE = "DejaVuSans.ttf";

  private final FontAtlas atlas;
  private final BitmapFont font;

  private UiFont(FontAtlas atlas, BitmapFont font) {
    this.atlas = atlas;
    this.font = font;
  }

  /** Draws the bundled typeface (a few hundred milliseconds) and makes its jME font. */
  public static UiFont load(AssetManager assets) {
    FontAtlas atlas = FontAtlas.draw(FontAtlas.trueType(TRUE_TYPE), SIZE);
    return new UiFont(atlas, bitmapFont(atlas, assets));
  }

  /** Makes this font Lemur's, for every element of every style (glass included). */
  public void useInLemur(String style) {
    Styles styles = GuiGlobals.getInstance().getStyles();
    styles.setDefault(font);
    styles.getSelector(style).set("font", font);
  }

  public BitmapFont font() {
    return font;
  }

  /** True if the typeface has a real glyph for this character (not the placeholder box). */
  public boolean covers(int codePoint) {
    return atlas.covers(codePoint);
  }

  /** True if this character would be drawn as the placeholder box. */
  public boolean drawsAsPlaceholder(char c) {
    return font.getCharSet().getCharacter(c) == ((WithPlaceholder) font.getCharSet()).placeholder;
  }

  private static BitmapFont bitmapFont(FontAtlas atlas, AssetManager assets) {
    WithPlaceholder chars = new WithPlaceholder(character(atlas.placeholder));
    chars.setRenderedSize(atlas.size);
    chars.setLineHeight(atlas.lineHeight);
    chars.setBase(atlas.base);
    chars.setWidth(atlas.image.getWidth());
    chars.setHeight(atlas.image.getHeight());
    for (FontAtlas.Glyph glyph : atlas.glyphs.values()) {
      if (Character.isBmpCodePoint(glyph.codePoint())) {
        chars.addCharacter(glyph.codePoint(), character(glyph));
      }
    }
    // Flipped as jME's font loader flips its pages: the cells' y counts from the top.
    Image image = new AWTLoader().load(atlas.image, true);
    Texture2D texture = new Texture2D(image);
    texture.setMinFilter(Texture.MinFilter.Trilinear);
    texture.setMagFilter(Texture.MagFilter.Bilinear);
    Material page = new Material(assets, "Common/MatDefs/Misc/Unshaded.j3md");
    page.setTexture("ColorMap", texture);
    page.setBoolean("VertexColor", true);
    page.getAdditionalRenderState().setBlendMode(RenderState.BlendMode.Alpha);
    BitmapFont font = new BitmapFont();
    font.setCharSet(chars);
    font.setPages(new Material[] {page});
    return font;
  }

  private static BitmapCharacter character(FontAtlas.Glyph glyph) {
    BitmapCharacter c = new BitmapCharacter((char) glyph.codePoint());
    c.setX(glyph.x());
    c.setY(glyph.y());
    c.setWidth(glyph.width());
    c.setHeight(glyph.height());
    c.setXOffset(glyph.xOffset());
    c.setYOffset(glyph.yOffset());
    c.setXAdvance(glyph.xAdvance());
    c.setPage(0);
    return c;
  }

  /** A character set that answers the placeholder for any printable character it lacks. */
  private static final class WithPlaceholder extends BitmapCharacterSet {
    final BitmapCharacter placeholder;
    final BitmapCharacter nothing = new BitmapCharacter();

    WithPlaceholder(BitmapCharacter placeholder) {
      this.placeholder = placeholder;
    }

    @Override
    public BitmapCharacter getCharacter(int index, int style) {
      BitmapCharacter c = super.getCharacter(index, style);
      if (c != null || Character.isISOControl(index)) {
        return c; // line feeds and tabs are jME's to lay out
      }
      return Character.isLowSurrogate((char) index) ? nothing : placeholder;
    }
  }
}
