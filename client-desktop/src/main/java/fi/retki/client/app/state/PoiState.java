package fi.retki.client.app.state;

import com.jme3.app.Application;
import com.jme3.app.SimpleApplication;
import com.jme3.app.state.BaseAppState;
import com.jme3.audio.AudioData;
import com.jme3.audio.AudioNode;
import com.simsilica.lemur.Container;
import com.simsilica.lemur.Label;
import com.simsilica.lemur.component.SpringGridLayout;
import fi.retki.client.app.ui.Ui;
import fi.retki.client.app.ui.Widgets;
import fi.retki.scenes.Language;
import fi.retki.scenes.PackPath;
import fi.retki.scenes.PointOfInterest;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * An opened point of interest: its title and text in the session's language and its narration.
 * With {@code textless} (daycare) nothing is shown, only the narration plays.
 */
public final class PoiState extends BaseAppState {
  private static final Logger LOG = Logger.getLogger(PoiState.class.getName());

  private final float uiScale;
  private Language language;
  private boolean textless;
  private SimpleApplication app;
  private WorldState world;
  private Container panel;
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
      panel = new Container(new SpringGridLayout());
      panel.addChild(Widgets.heading(poi.title().get(language)));
      Label text = Widgets.label(poi.text().get(language), 22);
      text.setMaxWidth(560);
      panel.addChild(text);
      Container buttons = panel.addChild(new Container(new SpringGridLayout(com.simsilica.lemur.Axis.X, com.simsilica.lemur.Axis.Y)));
      if (app.getAudioRenderer() != null) {
        buttons.addChild(Widgets.button(Ui.LISTEN.in(language), this::play));
      }
      buttons.addChild(Widgets.button(Ui.CLOSE.in(language), this::close));
      Widgets.at(panel, app.getCamera(), uiScale, 0.52f, 0.92f);
      app.getGuiNode().attachChild(panel);
    }
    play();
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
    }
    openId = null;
  }

  private void stopNarration() {
    if (narration != null) {
      narration.stop();
      narration.removeFromParent();
      narration = null;
    }
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
