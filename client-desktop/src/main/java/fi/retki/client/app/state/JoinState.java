package fi.retki.client.app.state;

import com.jme3.app.Application;
import com.jme3.app.SimpleApplication;
import com.jme3.app.state.BaseAppState;
import com.jme3.input.KeyInput;
import com.jme3.input.event.KeyInputEvent;
import com.jme3.math.ColorRGBA;
import com.jme3.scene.Spatial;
import com.simsilica.lemur.Button;
import com.simsilica.lemur.Container;
import com.simsilica.lemur.GuiGlobals;
import com.simsilica.lemur.Label;
import com.simsilica.lemur.Panel;
import com.simsilica.lemur.TextField;
import com.simsilica.lemur.core.VersionedReference;
import com.simsilica.lemur.event.DefaultRawInputListener;
import com.simsilica.lemur.event.KeyAction;
import com.simsilica.lemur.event.KeyActionListener;
import com.simsilica.lemur.event.KeyModifiers;
import com.simsilica.lemur.focus.FocusNavigationFunctions;
import com.simsilica.lemur.text.DocumentModel;
import fi.retki.client.app.ui.Ui;
import fi.retki.client.app.ui.Widgets;
import fi.retki.scenes.Language;
import fi.retki.scenes.live.Nicknames;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The join screen: the code from the board and a nickname, one big button, and a clear message
 * when something is wrong. No account, no password. The server's address is a row of its own,
 * shown only while no server is set; F10 shows it (for the adult who set the machine up).
 */
public final class JoinState extends BaseAppState {
  /*
   * The keyboard: Enter in a field or on the Join button joins; Tab and Shift+Tab go round the
   * fields and the button; F10 shows the server. A focused text field takes its keys first (Lemur's
   * key intercept), so there they are the field's own key actions; when the button or nothing has
   * the focus, the raw listener below hears them. Lemur's own navigation and its activate function
   * (Enter or Space on a focused button) go through its InputMapper, which looks at the keys once a
   * frame: a quick tap is lost, and a longer one would act a second time. So its "UI Navigation"
   * group is off while this screen is up (and a second Join while joining does nothing anyway).
   */

  /** What the screen does with a filled form. */
  public interface Joiner {
    void join(String server, String code, String nickname);
  }

  /** Messages that an edit of the form makes out of date. */
  private static final Set<Ui> FORM_PROBLEMS = Set.of(Ui.NEED_CODE, Ui.NEED_NICKNAME, Ui.UNKNOWN_CODE,
      Ui.TOO_MANY_TRIES, Ui.BAD_SERVER, Ui.JOINING_LOCKED, Ui.CLASS_FULL, Ui.SESSION_ENDED, Ui.CANNOT_REACH);

  private final Language language;
  private final float uiScale;
  private final Joiner joiner;
  private final String server;
  private final String code;
  private final String nickname;
  private final Keys keys = new Keys();
  private SimpleApplication app;
  private Container panel;
  private boolean serverShown;
  private Label heading;
  private Label serverLabel;
  private TextField serverField;
  private Label codeLabel;
  private TextField codeField;
  private Label nicknameLabel;
  private TextField nicknameField;
  private Label message;
  private Ui shown;
  private Button joinButton;
  private Button picturesButton;
  private VersionedReference<DocumentModel> codeEdits;
  private VersionedReference<DocumentModel> nicknameEdits;
  private float waitLeft;
  private boolean autoSubmit;
  private Runnable openPictures;
  private java.util.concurrent.Executor drawing;

  /**
   * @param server the address to join at; shown in a field of its own when {@code askServer}
   * @param askServer true when no server is set yet (neither a flag nor a remembered one)
   */
  public JoinState(Language language, float uiScale, String server, boolean askServer, String code, String nickname,
      Joiner joiner) {
    this.language = language;
    this.uiScale = uiScale;
    this.server = server;
    this.serverShown = askServer;
    this.code = code == null ? "" : code;
    this.nickname = nickname == null ? "" : nickname;
    this.joiner = joiner;
  }

  @Override
  protected void initialize(Application application) {
    app = (SimpleApplication) application;
    heading = Widgets.heading(Ui.TITLE.in(language));
    serverLabel = Widgets.label(Ui.SERVER.in(language), 20);
    serverField = field(new LimitedDocument(200, server), 22);
    codeLabel = Widgets.label(Ui.CODE.in(language), 30);
    codeField = field(new LimitedDocument(40, code), 48);
    nicknameLabel = Widgets.label(Ui.NICKNAME.in(language), 30);
    nicknameField = field(new LimitedDocument(Nicknames.MAX, nickname), 40);
    joinButton = Widgets.button(Ui.JOIN.in(language), this::submit);
    joinButton.setFontSize(44);
    if (openPictures != null) {
      picturesButton = Widgets.button(Ui.PICTURES.in(language), openPictures);
      picturesButton.setFontSize(36);
      picturesButton.setName("join-pictures");
      PictureJoinState.decorate(picturesButton, app, drawing);
    }
    message = Widgets.label("", 26);
    message.setColor(new ColorRGBA(1f, 0.75f, 0.4f, 1f));
    message.setMaxWidth(520);
    codeEdits = codeField.getDocumentModel().createReference();
    nicknameEdits = nicknameField.getDocumentModel().createReference();
    panel = Widgets.column();
    layout();
    app.getGuiNode().attachChild(panel);
    app.getInputManager().addRawInputListener(keys);
    GuiGlobals.getInstance().getInputMapper().deactivateGroup(FocusNavigationFunctions.UI_NAV);
    GuiGlobals.getInstance().requestFocus(code.isEmpty() ? codeField : nicknameField);
    if (autoSubmit) {
      submit();
    }
  }

  /** The rows from the top; a new row goes in here. */
  private void layout() {
    panel.clearChildren();
    panel.addChild(heading);
    if (serverShown) {
      panel.addChild(serverLabel);
      panel.addChild(serverField);
    }
    panel.addChild(codeLabel);
    panel.addChild(codeField);
    panel.addChild(nicknameLabel);
    panel.addChild(nicknameField);
    panel.addChild(joinButton);
    if (picturesButton != null) {
      panel.addChild(picturesButton);
    }
    panel.addChild(message);
    Widgets.centre(panel, app.getCamera(), uiScale, 0.5f);
  }

  /** What Tab goes round, in order. */
  private List<Panel> focusOrder() {
    List<Panel> order = new ArrayList<>();
    if (serverShown) {
      order.add(serverField);
    }
    order.add(codeField);
    order.add(nicknameField);
    order.add(joinButton);
    return order;
  }

  private TextField field(DocumentModel text, float fontSize) {
    TextField field = new TextField(text);
    field.setFontSize(fontSize);
    field.setPreferredWidth(520);
    KeyActionListener join = (source, key) -> submit();
    field.getActionMap().put(new KeyAction(KeyInput.KEY_RETURN), join);
    field.getActionMap().put(new KeyAction(KeyInput.KEY_NUMPADENTER), join);
    field.getActionMap().put(new KeyAction(KeyInput.KEY_TAB), (source, key) -> moveFocus(1));
    field.getActionMap().put(new KeyAction(KeyInput.KEY_TAB, KeyModifiers.SHIFT_DOWN), (source, key) -> moveFocus(-1));
    field.getActionMap().put(new KeyAction(KeyInput.KEY_F10), (source, key) -> showServer());
    return field;
  }

  /** Moves the keyboard's focus {@code step} places round the form. */
  private void moveFocus(int step) {
    List<Panel> order = focusOrder();
    int at = order.indexOf(focused());
    int next = at < 0 ? (step > 0 ? 0 : order.size() - 1) : Math.floorMod(at + step, order.size());
    GuiGlobals.getInstance().requestFocus(order.get(next));
  }

  private static Spatial focused() {
    return GuiGlobals.getInstance().getFocusManagerState().getFocus();
  }

  /** Shows the server's address on the form (F10), with the keyboard in it. */
  public void showServer() {
    if (!serverShown) {
      serverShown = true;
      layout();
    }
    GuiGlobals.getInstance().requestFocus(serverField);
  }

  /** The server's address as the form has it (shown or not). */
  public String serverAddress() {
    return serverField.getText().strip();
  }

  /** True while the server's address is on the form. */
  public boolean serverShown() {
    return serverShown;
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

  /** Checks the form and hands it on. */
  public void submit() {
    if (shown == Ui.JOINING) {
      return; // Enter pressed again, or held: one join at a time
    }
    String c = codeField.getText().strip().toUpperCase(Locale.ROOT);
    String n = nicknameField.getText().strip();
    if (c.isEmpty()) {
      show(Ui.NEED_CODE);
      return;
    }
    if (Nicknames.clean(n) == null) {
      show(Ui.NEED_NICKNAME);
      return;
    }
    show(Ui.JOINING);
    waitLeft = 8;
    joiner.join(serverField.getText().strip(), c, n);
  }

  /** Shows a message under the form (a wrong code, a locked class, …). */
  public void show(Ui text) {
    waitLeft = 0;
    shown = text;
    message.setText(text.in(language));
  }

  /** No welcome for a while after Join: the server is probably out of reach (the link keeps trying). */
  @Override
  public void update(float tpf) {
    boolean edited = codeEdits.update() | nicknameEdits.update();
    if (edited && shown != null && FORM_PROBLEMS.contains(shown)) {
      shown = null;
      message.setText("");
    }
    if (waitLeft > 0) {
      waitLeft -= tpf;
      if (waitLeft <= 0) {
        show(Ui.CANNOT_REACH);
      }
    }
  }

  /** The message shown now. */
  public String message() {
    return message.getText();
  }

  public String codeText() {
    return codeField.getText();
  }

  public String nicknameText() {
    return nicknameField.getText();
  }

  /** Which part of the form has the keyboard: "server", "code", "nickname", "join" or "" for none. */
  public String focus() {
    Spatial focus = focused();
    return focus == serverField ? "server" : focus == codeField ? "code" : focus == nicknameField ? "nickname"
        : focus == joinButton ? "join" : focus == null ? "" : "other " + focus;
  }

  @Override
  protected void cleanup(Application application) {
    app.getInputManager().removeRawInputListener(keys);
    GuiGlobals.getInstance().getInputMapper().activateGroup(FocusNavigationFunctions.UI_NAV);
    if (focusOrder().contains(focused())) {
      GuiGlobals.getInstance().requestFocus(null);
    }
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

  /** Tab, Shift+Tab, Enter and F10 while no field has the keyboard (the Join button, or nothing). */
  private final class Keys extends DefaultRawInputListener {
    private boolean shift;

    @Override
    public void onKeyEvent(KeyInputEvent event) {
      int key = event.getKeyCode();
      if (key == KeyInput.KEY_LSHIFT || key == KeyInput.KEY_RSHIFT) {
        shift = event.isPressed();
        return;
      }
      if (!event.isPressed() || !isEnabled() || focused() instanceof TextField) {
        return;
      }
      if (key == KeyInput.KEY_TAB) {
        event.setConsumed();
        moveFocus(shift ? -1 : 1);
      } else if (key == KeyInput.KEY_RETURN || key == KeyInput.KEY_NUMPADENTER) {
        event.setConsumed();
        submit();
      } else if (key == KeyInput.KEY_F10) {
        event.setConsumed();
        showServer();
      }
    }
  }
}
