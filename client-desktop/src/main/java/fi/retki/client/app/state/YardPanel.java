package fi.retki.client.app.state;

import com.jme3.math.ColorRGBA;
import com.jme3.math.Vector2f;
import com.jme3.math.Vector3f;
import com.jme3.renderer.Camera;
import com.jme3.scene.Node;
import com.jme3.scene.Spatial;
import com.simsilica.lemur.Axis;
import com.simsilica.lemur.Button;
import com.simsilica.lemur.Container;
import com.simsilica.lemur.FillMode;
import com.simsilica.lemur.HAlignment;
import com.simsilica.lemur.Insets3f;
import com.simsilica.lemur.Label;
import com.simsilica.lemur.VAlignment;
import com.simsilica.lemur.component.IconComponent;
import com.simsilica.lemur.component.QuadBackgroundComponent;
import com.simsilica.lemur.component.SpringGridLayout;
import com.simsilica.lemur.event.CursorButtonEvent;
import com.simsilica.lemur.event.CursorEventControl;
import com.simsilica.lemur.event.CursorListener;
import com.simsilica.lemur.event.CursorMotionEvent;
import fi.retki.client.app.ui.Ui;
import fi.retki.client.app.ui.Widgets;
import fi.retki.scenes.Language;
import fi.retki.scenes.PaletteKind;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The school yard's panel along the bottom of the window: the help line, Undo and Top view, and
 * one tile per palette kind (its picture above its name), in as many rows as the window's width
 * needs at the UI scale. The chosen kind's tile is lit. The whole panel takes the clicks that land
 * on it, between the tiles too, so none falls through to the yard behind it. Messages ("it must
 * stand inside the yard") appear just above it, where the pupil is looking. Render thread only.
 */
final class YardPanel {
  static final float LABEL_SIZE = 18;
  static final float HELP_SIZE = 18;
  static final float MESSAGE_SIZE = 24;
  static final float ICON_SIZE = 44;
  static final float MESSAGE_SECONDS = 4;
  /** Panels: near-black blue, so that white text stands out over sky, grass and sand alike. */
  static final ColorRGBA PANEL = new ColorRGBA(0.04f, 0.07f, 0.12f, 0.88f);
  static final ColorRGBA TILE = new ColorRGBA(0.12f, 0.18f, 0.26f, 1f);
  static final ColorRGBA CHOSEN = new ColorRGBA(1f, 0.82f, 0.25f, 1f);
  static final ColorRGBA TEXT = new ColorRGBA(1f, 1f, 1f, 1f);
  static final ColorRGBA CHOSEN_TEXT = new ColorRGBA(0.05f, 0.05f, 0.05f, 1f);
  static final ColorRGBA MESSAGE_TEXT = new ColorRGBA(1f, 0.9f, 0.55f, 1f);

  private final Container panel = new Container(new SpringGridLayout(Axis.Y, Axis.X, FillMode.None, FillMode.Even));
  private final Container tiles = new Container(new SpringGridLayout(Axis.Y, Axis.X, FillMode.None, FillMode.None));
  private final Container messageBox = new Container();
  private final Map<String, Button> tileByKind = new LinkedHashMap<>();
  private final Label help;
  private final Label message;
  private final float tileWidth;
  private float messageLeft;
  private float scale = 1;

  /**
   * @param icons the texture asset name of a kind's icon, or {@code null} if it has not arrived
   * @param choose called with a kind's id when its tile is clicked
   */
  YardPanel(List<PaletteKind> kinds, Language language, Function<PaletteKind, String> icons, Consumer<String> choose,
      Runnable undo, Runnable topView) {
    panel.setBackground(new QuadBackgroundComponent(PANEL));
    panel.setInsets(new Insets3f(6, 8, 8, 8));
    CursorEventControl.addListenersToSpatial(panel, new TakesClicks());
    Container top = panel.addChild(new Container(new SpringGridLayout(Axis.X, Axis.Y, FillMode.First, FillMode.Even)));
    help = top.addChild(Widgets.label(Ui.HELP_PLAN.in(language), HELP_SIZE));
    help.setColor(TEXT);
    help.setTextVAlignment(VAlignment.Center);
    help.setInsets(new Insets3f(2, 4, 2, 12));
    for (Button tool : new Button[] {
        Widgets.button(Ui.UNDO.in(language), undo), Widgets.button(Ui.TOP_VIEW.in(language), topView)}) {
      tool.setFontSize(22);
      top.addChild(tool);
    }
    float widest = ICON_SIZE;
    float highest = 0;
    for (PaletteKind kind : kinds) {
      Button tile = tile(kind, language, icons.apply(kind), choose);
      tileByKind.put(kind.id(), tile);
      Vector3f size = tile.getPreferredSize();
      widest = Math.max(widest, size.x);
      // Room for the icon even while it is still on its way, so that the panel never jumps.
      highest = Math.max(highest, tile.getIcon() == null ? size.y + ICON_SIZE + 8 : size.y);
    }
    tileWidth = widest;
    for (Button tile : tileByKind.values()) {
      tile.setPreferredSize(new Vector3f(tileWidth, highest, tile.getPreferredSize().z));
    }
    panel.addChild(tiles);
    messageBox.setBackground(new QuadBackgroundComponent(PANEL));
    message = messageBox.addChild(Widgets.label("", MESSAGE_SIZE));
    message.setColor(MESSAGE_TEXT);
    message.setInsets(new Insets3f(8, 14, 8, 14));
  }

  private static Button tile(PaletteKind kind, Language language, String icon, Consumer<String> choose) {
    Button tile = Widgets.button(kind.title().get(language), () -> choose.accept(kind.id()));
    tile.setName("tile:" + kind.id());
    tile.setFontSize(LABEL_SIZE);
    tile.setTextHAlignment(HAlignment.Center);
    tile.setTextVAlignment(VAlignment.Bottom);
    tile.setBackground(new QuadBackgroundComponent(TILE));
    tile.setInsets(new Insets3f(2, 2, 2, 2));
    tile.setColor(TEXT);
    tile.setHighlightColor(CHOSEN);
    tile.setFocusColor(TEXT);
    setIcon(tile, icon);
    return tile;
  }

  private static void setIcon(Button tile, String icon) {
    if (icon != null) {
      IconComponent image = new IconComponent(icon);
      image.setIconSize(new Vector2f(ICON_SIZE, ICON_SIZE));
      image.setHAlignment(HAlignment.Center);
      image.setVAlignment(VAlignment.Top);
      image.setMargin(4, 4);
      tile.setIcon(image);
    }
  }

  /**
   * Gives the tiles whose icons were still on their way the icons that have arrived since.
   *
   * @return true if every tile has its icon now
   */
  boolean fillIcons(List<PaletteKind> kinds, Function<PaletteKind, String> icons) {
    boolean all = true;
    for (PaletteKind kind : kinds) {
      Button tile = tileByKind.get(kind.id());
      if (tile.getIcon() == null) {
        setIcon(tile, icons.apply(kind));
        all &= tile.getIcon() != null;
      }
    }
    return all;
  }

  /**
   * Lays the tiles out in as few rows as fit the window at the UI scale and puts the panel along
   * the bottom; it shrinks only if even one column would not fit.
   */
  void layout(Camera cam, float uiScale) {
    float gap = 4; // the tiles' insets, both sides
    float room = cam.getWidth() / uiScale - 16;
    int columns = (int) Math.max(1, Math.min(tileByKind.size(), Math.floor(room / (tileWidth + gap))));
    tiles.clearChildren();
    int i = 0;
    for (Button tile : tileByKind.values()) {
      tiles.addChild(tile, i / columns, i % columns);
      i++;
    }
    help.setMaxWidth(Math.min(room, columns * (tileWidth + gap)) - 260);
    Vector3f size = panel.getPreferredSize();
    scale = Math.min(uiScale, cam.getWidth() / size.x);
    panel.setLocalScale(scale);
    panel.setLocalTranslation((cam.getWidth() - size.x * scale) / 2, size.y * scale, 10);
    placeMessage(cam);
  }

  private void placeMessage(Camera cam) {
    Vector3f size = messageBox.getPreferredSize();
    messageBox.setLocalScale(scale);
    float top = panel.getLocalTranslation().y;
    messageBox.setLocalTranslation((cam.getWidth() - size.x * scale) / 2, top + 12 + size.y * scale, 11);
  }

  /** Lights the tile of the chosen kind (none for {@code null}). */
  void chosen(String kindId) {
    tileByKind.forEach((id, tile) -> {
      boolean on = id.equals(kindId);
      ((QuadBackgroundComponent) tile.getBackground()).setColor(on ? CHOSEN : TILE);
      // Glass lights a pointed-at or clicked button's text in its own colours: keep them readable.
      tile.setColor(on ? CHOSEN_TEXT : TEXT);
      tile.setHighlightColor(on ? CHOSEN_TEXT : CHOSEN);
      tile.setFocusColor(on ? CHOSEN_TEXT : TEXT);
    });
  }

  /** Shows a message just above the panel for a few seconds. */
  void say(String text, Camera cam) {
    message.setText(text);
    messageLeft = MESSAGE_SECONDS;
    placeMessage(cam);
    if (messageBox.getParent() == null && panel.getParent() != null) {
      panel.getParent().attachChild(messageBox);
    }
  }

  void update(float tpf) {
    if (messageLeft > 0) {
      messageLeft -= tpf;
      if (messageLeft <= 0) {
        messageBox.removeFromParent();
      }
    }
  }

  void attach(Node gui) {
    gui.attachChild(panel);
    if (messageLeft > 0) {
      gui.attachChild(messageBox);
    }
  }

  void detach() {
    panel.removeFromParent();
    messageBox.removeFromParent();
  }

  /** The message shown now, or {@code null}. */
  String message() {
    return messageBox.getParent() == null ? null : message.getText();
  }

  Container panel() {
    return panel;
  }

  Container messageBox() {
    return messageBox;
  }

  Label help() {
    return help;
  }

  Map<String, Button> tiles() {
    return tileByKind;
  }

  /** Takes every button event on the panel, so that none reaches the yard behind it. */
  private static final class TakesClicks implements CursorListener {
    @Override
    public void cursorButtonEvent(CursorButtonEvent event, Spatial target, Spatial capture) {
      event.setConsumed();
    }

    @Override
    public void cursorEntered(CursorMotionEvent event, Spatial target, Spatial capture) {}

    @Override
    public void cursorExited(CursorMotionEvent event, Spatial target, Spatial capture) {}

    @Override
    public void cursorMoved(CursorMotionEvent event, Spatial target, Spatial capture) {}
  }
}
