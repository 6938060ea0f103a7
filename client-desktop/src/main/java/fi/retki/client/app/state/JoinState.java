package fi.retki.client.app.state;

import com.jme3.app.Application;
import com.jme3.app.SimpleApplication;
import com.jme3.app.state.BaseAppState;
import com.jme3.math.ColorRGBA;
import com.simsilica.lemur.Button;
import com.simsilica.lemur.Container;
import com.simsilica.lemur.GuiGlobals;
import com.simsilica.lemur.Label;
import com.simsilica.lemur.TextField;
import fi.retki.client.app.ui.Ui;
import fi.retki.client.app.ui.Widgets;
import fi.retki.scenes.Language;
import java.util.Locale;

/**
 * The join screen: server address (remembered), the code from the board and a nickname, one big
 * button, and a clear message when something is wrong. No account, no password.
 */
public final class JoinState extends BaseAppState {
  /** What the screen does with a filled form. */
  public interface Joiner {
    void join(String server, String code, String nickname);
  }

  private final Language language;
  private final float uiScale;
  private final Joiner joiner;
  private final String server;
  private final String code;
  private final String nickname;
  private SimpleApplication app;
  private Container panel;
  private TextField serverField;
  private TextField codeField;
  private TextField nicknameField;
  private Label message;
  private Button joinButton;
  private float waitLeft;
  private boolean autoSubmit;
  private Runnable openPictures;
  private java.util.concurrent.Executor drawing;

  public JoinState(Language language, float uiScale, String server, String code, String nickname, Joiner joiner) {
    this.language = language;
    this.uiScale = uiScale;
    this.server = server;
    this.code = code == null ? "" : code;
    this.nickname = nickname == null ? "" : nickname;
    this.joiner = joiner;
  }

  @Override
  protected void initialize(Application application) {
    app = (SimpleApplication) application;
    panel = new Container();
    panel.addChild(Widgets.heading(Ui.TITLE.in(language)));
    panel.addChild(Widgets.label(Ui.SERVER.in(language), 20));
    serverField = panel.addChild(field(server, 22, 520));
    panel.addChild(Widgets.label(Ui.CODE.in(language), 30));
    codeField = panel.addChild(field(code, 48, 520));
    panel.addChild(Widgets.label(Ui.NICKNAME.in(language), 30));
    nicknameField = panel.addChild(field(nickname, 40, 520));
    joinButton = panel.addChild(Widgets.button(Ui.JOIN.in(language), this::submit));
    joinButton.setFontSize(44);
    if (openPictures != null) {
      Button pictures = panel.addChild(Widgets.button(Ui.PICTURES.in(language), openPictures));
      pictures.setFontSize(36);
      pictures.setName("join-pictures");
      PictureJoinState.decorate(pictures, app, drawing);
    }
    message = panel.addChild(Widgets.label("", 26));
    message.setColor(new ColorRGBA(1f, 0.75f, 0.4f, 1f));
    message.setMaxWidth(520);
    Widgets.centre(panel, app.getCamera(), uiScale, 0.5f);
    app.getGuiNode().attachChild(panel);
    GuiGlobals.getInstance().requestFocus(code.isEmpty() ? codeField : nicknameField);
    if (autoSubmit) {
      submit();
    }
  }

  /** Offers a button to the picture-join screen (call before the state is attached). */
  public void offerPictures(Runnable open, java.util.concurrent.Executor drawing) {
    this.openPictures = open;
    this.drawing = drawing;
  }

  /** Joins as soon as the screen is up (code and nickname came on the command line). */
  public void submitWhenReady() {
    autoSubmit = true;
  }

  private static TextField field(String text, float fontSize, float width) {
    TextField field = new TextField(text);
    field.setFontSize(fontSize);
    field.setPreferredWidth(width);
    return field;
  }

  /** Checks the form and hands it on. */
  public void submit() {
    String c = codeField.getText().strip().toUpperCase(Locale.ROOT);
    String n = nicknameField.getText().strip();
    if (c.isEmpty()) {
      show(Ui.NEED_CODE);
      return;
    }
    if (n.isEmpty() || n.length() > 20) {
      show(Ui.NEED_NICKNAME);
      return;
    }
    message.setText(Ui.JOINING.in(language));
    waitLeft = 8;
    joiner.join(serverField.getText().strip(), c, n);
  }

  /** Shows a message under the form (a wrong code, a locked class, …). */
  public void show(Ui text) {
    waitLeft = 0;
    message.setText(text.in(language));
  }

  /** No welcome for a while after Join: the server is probably out of reach (the link keeps trying). */
  @Override
  public void update(float tpf) {
    if (waitLeft > 0) {
      waitLeft -= tpf;
      if (waitLeft <= 0) {
        message.setText(Ui.CANNOT_REACH.in(language));
      }
    }
  }

  /** The message shown now. */
  public String message() {
    return message.getText();
  }

  @Override
  protected void cleanup(Application application) {
    panel.removeFromParent();
  }

  /** Shown again, after the picture-join screen. */
  @Override
  protected void onEnable() {
    if (panel.getParent() == null) {
      app.getGuiNode().attachChild(panel);
    }
  }

  /** Hidden while the picture-join screen is up. */
  @Override
  protected void onDisable() {
    panel.removeFromParent();
  }
}
