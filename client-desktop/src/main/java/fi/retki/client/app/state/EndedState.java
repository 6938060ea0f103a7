package fi.retki.client.app.state;

import com.jme3.app.Application;
import com.jme3.app.SimpleApplication;
import com.jme3.app.state.BaseAppState;
import com.jme3.input.KeyInput;
import com.jme3.input.event.KeyInputEvent;
import com.jme3.math.ColorRGBA;
import com.jme3.renderer.Camera;
import com.jme3.scene.Node;
import com.simsilica.lemur.Button;
import com.simsilica.lemur.Container;
import com.simsilica.lemur.HAlignment;
import com.simsilica.lemur.Label;
import com.simsilica.lemur.component.QuadBackgroundComponent;
import com.simsilica.lemur.event.DefaultRawInputListener;
import fi.retki.client.app.ui.Ui;
import fi.retki.client.app.ui.Widgets;
import fi.retki.scenes.Language;

/**
 * After the lesson: a calm screen (the moon, a large line in the lesson's language) and one big
 * button back to the join screen (or Enter, or Space). The lesson's states are gone by then; the app keeps
 * running, so the next lesson is joined from here without a restart.
 */
public final class EndedState extends BaseAppState {
  private static final ColorRGBA PANEL = new ColorRGBA(0.1f, 0.17f, 0.3f, 0.92f);

  private final Language language;
  private final float uiScale;
  private final Ui headline;
  private final Ui detail;
  private final Runnable back;
  private SimpleApplication app;
  private Container panel;
  private Node moon;
  private final Keys keys = new Keys();
  private boolean wentBack;

  /**
   * @param detail a second, smaller line, or {@code null}
   * @param back what the button does (the flow shows the join screen)
   */
  public EndedState(Language language, float uiScale, Ui headline, Ui detail, Runnable back) {
    this.language = language;
    this.uiScale = uiScale;
    this.headline = headline;
    this.detail = detail;
    this.back = back;
  }

  @Override
  protected void initialize(Application application) {
    app = (SimpleApplication) application;
    app.getViewPort().setBackgroundColor(WorldState.SKY_BLUE);
    panel = Widgets.column();
    panel.setBackground(new QuadBackgroundComponent(PANEL));
    Label big = panel.addChild(Widgets.label(headline.in(language), 56));
    big.setColor(new ColorRGBA(1f, 0.95f, 0.8f, 1f));
    big.setTextHAlignment(HAlignment.Center);
    big.setMaxWidth(900);
    if (detail != null) {
      Label small = panel.addChild(Widgets.label(detail.in(language), 32));
      small.setTextHAlignment(HAlignment.Center);
      small.setMaxWidth(900);
    }
    Button backButton = panel.addChild(Widgets.button(Ui.BACK_TO_JOIN.in(language), this::goBack));
    backButton.setFontSize(40);
    backButton.setTextHAlignment(HAlignment.Center);
    Camera cam = app.getCamera();
    Widgets.centre(panel, cam, uiScale, 0.42f);
    moon = Moon.of(app.getAssetManager(), Math.min(cam.getHeight() * 0.07f, 60 * uiScale));
    moon.setLocalTranslation(cam.getWidth() / 2f, cam.getHeight() * 0.8f, 5);
    app.getGuiNode().attachChild(moon);
    app.getGuiNode().attachChild(panel);
    app.getInputManager().addRawInputListener(keys);
  }

  /** Back to the join screen, once (a click and a key in the same frame are one request). */
  private void goBack() {
    if (!wentBack) {
      wentBack = true;
      back.run();
    }
  }

  /** The large line shown. */
  public Ui headline() {
    return headline;
  }

  @Override
  protected void cleanup(Application application) {
    app.getInputManager().removeRawInputListener(keys);
    panel.removeFromParent();
    moon.removeFromParent();
  }

  @Override
  protected void onEnable() {}

  @Override
  protected void onDisable() {}

  /** Enter or Space also goes back (read as raw key events: a quick tap is never lost). */
  private final class Keys extends DefaultRawInputListener {
    @Override
    public void onKeyEvent(KeyInputEvent event) {
      int key = event.getKeyCode();
      if (event.isPressed() && !event.isRepeating()
          && (key == KeyInput.KEY_RETURN || key == KeyInput.KEY_NUMPADENTER || key == KeyInput.KEY_SPACE)) {
        event.setConsumed();
        goBack();
      }
    }
  }
}
