package fi.retki.client.app.state;

import com.jme3.app.Application;
import com.jme3.app.SimpleApplication;
import com.jme3.app.state.BaseAppState;
import com.jme3.audio.AudioData;
import com.jme3.audio.AudioNode;
import com.jme3.math.ColorRGBA;
import com.jme3.renderer.Camera;
import com.simsilica.lemur.Axis;
import com.simsilica.lemur.Button;
import com.simsilica.lemur.Container;
import com.simsilica.lemur.Label;
import com.simsilica.lemur.component.SpringGridLayout;
import fi.retki.client.app.ui.TextPages;
import fi.retki.client.app.ui.Ui;
import fi.retki.client.app.ui.Widgets;
import fi.retki.scenes.Language;
import fi.retki.scenes.PackPath;
import fi.retki.scenes.PointOfInterest;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * An opened point of interest: its title and text in the session's language and its narration.
 * With {@code textless} (daycare) nothing is shown, only the narration plays. While a point is
 * open, its marker and any marker drawn over its subject are hidden ({@link MarkersAside}).
 */
public final class PoiState extends BaseAppState {
  private static final Logger LOG = Logger.getLogger(PoiState.class.getName());
  /** The panel's widest, before the UI scale. */
  static final float PANEL_WIDTH = 600;
  static final float TEXT_SIZE = 22;
  /** The plate's and the label's insets, left and right together. */
  private static final float INSETS = 40;

  private final float uiScale;
  private Language language;
  private boolean textless;
  private SimpleApplication app;
  private WorldState world;
  private Container panel;
  private Label text;
  private Label pageNumber;
  private List<String> pages;
  private int page;
  private AudioNode narration;
  private String openId;

  public PoiState(Language language, float uiScale) {
    this.language = language;
    this.uiScale = uiScale;
  }

  public void setLanguage(Language language) {
    this.language = language;
  }

  public void setTextless(boolean textless) {
    this.textless = textless;
  }

  @Override
  protected void initialize(Application application) {
    app = (SimpleApplication) application;
    world = getState(WorldState.class);
  }

  /** The point of interest open now, or {@code null}. */
  public String openId() {
    return openId;
  }

  /** Opens a point of interest (closing any other) and starts its narration. */
  public void open(String poiId) {
    close();
    PointOfInterest poi = world.built() == null ? null : world.built().scene().pointOfInterest(poiId);
    if (poi == null) {
      return;
    }
    openId = poiId;
    if (!textless) {
      show(poi);
    }
    play();
    MarkersAside.update(world.built(), app.getCamera(), openId);
  }

  /**
   * The panel, on a dark plate at the window's top right: as wide as {@link #PANEL_WIDTH} or
   * 46 % of the window, whichever is less; the text wraps to that width, and if it is taller than
   * the room above the help line, it is shown a page at a time (◀ ▶).
   */
  private void show(PointOfInterest poi) {
    Camera cam = app.getCamera();
    float width = Math.min(PANEL_WIDTH, cam.getWidth() * 0.46f / uiScale);
    // Down to just above the help line at the bottom.
    float height = (cam.getHeight() * 0.92f - 2 * Widgets.MARGIN) / uiScale;
    panel = Widgets.plate();
    Label title = panel.addChild(Widgets.heading(poi.title().get(language)));
    title.setMaxWidth(width - INSETS);
    text = panel.addChild(Widgets.label(poi.text().get(language), TEXT_SIZE));
    text.setColor(ColorRGBA.White);
    text.setMaxWidth(width - INSETS);
    Container buttons = panel.addChild(new Container(new SpringGridLayout(Axis.X, Axis.Y)));
    Button close = Widgets.button(Ui.CLOSE.in(language), this::close);
    buttons.addChild(close);
    float room = height - (panel.getPreferredSize().y - text.getPreferredSize().y);
    pages = TextPages.split(poi.text().get(language), page -> {
      text.setText(page);
      return text.getPreferredSize().y <= room;
    });
    buttons.clearChildren();
    if (pages.size() > 1) {
      buttons.addChild(Widgets.button("◀", () -> turn(-1)));
      pageNumber = buttons.addChild(Widgets.label("", 24));
      buttons.addChild(Widgets.button("▶", () -> turn(1)));
    }
    if (app.getAudioRenderer() != null) {
      buttons.addChild(Widgets.button(Ui.LISTEN.in(language), this::play));
    }
    buttons.addChild(close);
    page = 0;
    turn(0);
    panel.setLocalScale(uiScale);
    panel.setLocalTranslation(cam.getWidth() - Widgets.MARGIN - width * uiScale, cam.getHeight() - Widgets.MARGIN,
        10);
    Widgets.keepInside(panel, cam);
    app.getGuiNode().attachChild(panel);
  }

  /** Shows the page {@code by} pages on from this one (0: this one again). */
  private void turn(int by) {
    page = Math.max(0, Math.min(pages.size() - 1, page + by));
    text.setText(pages.get(page));
    if (pageNumber != null) {
      pageNumber.setText((page + 1) + " / " + pages.size());
    }
    if (panel.getParent() != null) {
      Widgets.keepInside(panel, app.getCamera());
    }
  }

  /** The open panel (for the tests), or {@code null}. */
  public Container panel() {
    return panel;
  }

  /** How many pages the open point's text has (1 if it fits at once). */
  public int pages() {
    return pages == null ? 0 : pages.size();
  }

  /** The page shown, from 0. */
  public int page() {
    return page;
  }

  /**
   * Plays the narration of the open point, if it has one in the language and it has arrived, and
   * the computer has sound (without, the point's text is all there is).
   */
  public void play() {
    stopNarration();
    if (app.getAudioRenderer() == null) {
      return;
    }
    PointOfInterest poi = openId == null ? null : world.built().scene().pointOfInterest(openId);
    PackPath clip = poi == null ? null : poi.narration().get(language);
    String name = clip == null ? null : world.assetName(clip.value());
    if (name == null) {
      return;
    }
    try {
      narration = new AudioNode(app.getAssetManager(), name, AudioData.DataType.Stream);
      narration.setPositional(false);
      narration.setLooping(false);
      narration.setVolume(1f);
      app.getRootNode().attachChild(narration);
      narration.play();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "cannot play narration " + clip.value() + ": " + e.getMessage());
      narration = null;
    }
  }

  /** True while a narration plays. */
  public boolean narrating() {
    return narration != null && narration.getStatus() == com.jme3.audio.AudioSource.Status.Playing;
  }

  public void close() {
    stopNarration();
    if (panel != null) {
      panel.removeFromParent();
      panel = null;
      text = null;
      pageNumber = null;
      pages = null;
    }
    openId = null;
    if (world != null) {
      MarkersAside.update(world.built(), app.getCamera(), null);
    }
  }

  private void stopNarration() {
    if (narration != null) {
      narration.stop();
      narration.removeFromParent();
      narration = null;
    }
  }

  @Override
  public void update(float tpf) {
    MarkersAside.update(world.built(), app.getCamera(), openId);
  }

  @Override
  protected void cleanup(Application application) {
    close();
  }

  @Override
  protected void onEnable() {}

  @Override
  protected void onDisable() {
    close();
  }
}
