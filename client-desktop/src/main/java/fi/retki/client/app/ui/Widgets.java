package fi.retki.client.app.ui;

import com.jme3.math.ColorRGBA;
import com.jme3.math.Vector3f;
import com.jme3.renderer.Camera;
import com.simsilica.lemur.Button;
import com.simsilica.lemur.Command;
import com.simsilica.lemur.Container;
import com.simsilica.lemur.Label;
import com.simsilica.lemur.Panel;
import com.simsilica.lemur.component.QuadBackgroundComponent;

/** Small helpers for the client's Lemur panels: big type, placed on the screen, scaled. */
public final class Widgets {
  /** Pixels kept free between a panel and the window's edge. */
  public static final float MARGIN = 12;
  /** A deep blue-black, 90 % opaque. */
  static final ColorRGBA PLATE = new ColorRGBA(0.03f, 0.05f, 0.1f, 0.9f);

  private Widgets() {}

  public static Label label(String text, float size) {
    Label label = new Label(text);
    label.setFontSize(size);
    return label;
  }

  public static Label heading(String text) {
    Label label = label(text, 34);
    label.setColor(new ColorRGBA(1f, 0.95f, 0.75f, 1f));
    return label;
  }

  public static Button button(String text, Runnable action) {
    Button button = new Button(text);
    button.setFontSize(28);
    button.addClickCommands((Command<Button>) source -> action.run());
    return button;
  }

  /** Scales a panel by the UI scale and centres it on the screen (at {@code heightShare} up). */
  public static void centre(Panel panel, Camera cam, float scale, float heightShare) {
    panel.setLocalScale(scale);
    Vector3f size = panel.getPreferredSize().mult(scale);
    panel.setLocalTranslation((cam.getWidth() - size.x) / 2f, cam.getHeight() * heightShare + size.y / 2f, 10);
  }

  /** Puts a panel at a corner: x and y shares of the screen for its top-left corner. */
  public static void at(Panel panel, Camera cam, float scale, float xShare, float yShare) {
    panel.setLocalScale(scale);
    panel.setLocalTranslation(cam.getWidth() * xShare, cam.getHeight() * yShare, 10);
  }

  /**
   * A vertical container on a dark, nearly opaque plate: light text on it reads over any scene
   * (a bright sky, snow, a dark forest).
   */
  public static Container plate() {
    Container plate = new Container();
    QuadBackgroundComponent background = new QuadBackgroundComponent(PLATE);
    background.setMargin(12, 8);
    plate.setBackground(background);
    return plate;
  }

  /**
   * Keeps a placed panel inside the window, a margin from each edge: moves it in, and if it is
   * larger than the window, scales it down to fit. Call after placing it.
   */
  public static void keepInside(Panel panel, Camera cam) {
    float scale = panel.getLocalScale().x;
    Vector3f size = panel.getPreferredSize().mult(scale);
    float room = Math.min((cam.getWidth() - 2 * MARGIN) / size.x, (cam.getHeight() - 2 * MARGIN) / size.y);
    if (room < 1) {
      scale *= room;
      panel.setLocalScale(scale);
      size.multLocal(room);
    }
    Vector3f at = panel.getLocalTranslation();
    float x = Math.max(MARGIN, Math.min(at.x, cam.getWidth() - MARGIN - size.x));
    float top = Math.max(MARGIN + size.y, Math.min(at.y, cam.getHeight() - MARGIN));
    panel.setLocalTranslation(x, top, at.z);
  }

  /** A vertical container. */
  public static Container column() {
    return new Container();
  }
}
