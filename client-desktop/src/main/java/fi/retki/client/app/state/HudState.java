package fi.retki.client.app.state;

import com.jme3.app.Application;
import com.jme3.app.SimpleApplication;
import com.jme3.app.state.BaseAppState;
import com.jme3.font.BitmapFont;
import com.jme3.math.ColorRGBA;
import com.jme3.math.Vector3f;
import com.simsilica.lemur.Axis;
import com.simsilica.lemur.Container;
import com.simsilica.lemur.GuiGlobals;
import com.simsilica.lemur.Label;
import com.simsilica.lemur.TextField;
import com.simsilica.lemur.component.SpringGridLayout;
import com.simsilica.lemur.input.FunctionId;
import com.simsilica.lemur.input.InputState;
import com.simsilica.lemur.input.StateFunctionListener;
import com.simsilica.lemur.text.DocumentModel;
import fi.retki.client.app.ClassConnection;
import fi.retki.client.app.ClientFunctions;
import fi.retki.client.app.Services;
import fi.retki.client.app.ui.SoftWrap;
import fi.retki.client.app.ui.Ui;
import fi.retki.client.app.ui.Widgets;
import fi.retki.scenes.Language;
import fi.retki.scenes.live.Command;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import javax.imageio.ImageIO;

/**
 * The pupil's tools while exploring: snapshot (F2 or the button; uploaded as saved work), note
 * (F3 or the button; typed and saved), a help line with the keys, and short messages.
 */
public final class HudState extends BaseAppState implements StateFunctionListener {
  private static final float NOTE_WIDTH = 520;
  private static final float NOTE_FONT = 24;

  private final ClassConnection connection;
  private final Services services;
  private final Language language;
  private final float uiScale;
  private final boolean planning;
  private SimpleApplication app;
  private Container toolbar;
  private Container help;
  private Container toast;
  private Label toastText;
  private float toastLeft;
  private Container notePanel;
  private TextField noteField;
  private SoftWrap noteWrap;
  private String noteShown;
  private int snapshotsSaved;
  private int notesSaved;

  public HudState(ClassConnection connection, Services services, Language language, float uiScale, boolean planning) {
    this.connection = connection;
    this.services = services;
    this.language = language;
    this.uiScale = uiScale;
    this.planning = planning;
  }

  @Override
  protected void initialize(Application application) {
    app = (SimpleApplication) application;
    toolbar = new Container(new SpringGridLayout(Axis.X, Axis.Y));
    toolbar.addChild(Widgets.button(Ui.SNAPSHOT.in(language), this::snapshot));
    toolbar.addChild(Widgets.button(Ui.NOTE.in(language), this::openNote));
    help = Widgets.plate(); // the keys, readable over a bright sky or sand
    help.setName("help");
    help.addChild(Widgets.label((planning ? Ui.HELP_PLAN : Ui.HELP_EXPLORE).in(language), 18)).setColor(ColorRGBA.White);
    toast = Widgets.plate();
    toast.setName("message");
    toastText = toast.addChild(Widgets.label("", 26));
    toastText.setColor(ColorRGBA.White);
  }

  @Override
  protected void onEnable() {
    Widgets.at(toolbar, app.getCamera(), uiScale, 0.01f, 0.99f);
    Widgets.at(help, app.getCamera(), uiScale, 0.01f, 0.05f);
    Widgets.keepInside(help, app.getCamera());
    app.getGuiNode().attachChild(toolbar);
    if (!planning) { // the school yard's panel has its own help line
      app.getGuiNode().attachChild(help);
    }
    getState(KeyTapState.class).addListener(this, ClientFunctions.F_SNAPSHOT, ClientFunctions.F_NOTE);
  }

  @Override
  protected void onDisable() {
    toolbar.removeFromParent();
    help.removeFromParent();
    toast.removeFromParent();
    toastLeft = 0;
    closeNote();
    getState(KeyTapState.class).removeListener(this, ClientFunctions.F_SNAPSHOT, ClientFunctions.F_NOTE);
  }

  @Override
  public void valueChanged(FunctionId func, InputState value, double tpf) {
    if (value != InputState.Positive || notePanel != null) {
      return;
    }
    if (func == ClientFunctions.F_SNAPSHOT) {
      snapshot();
    } else if (func == ClientFunctions.F_NOTE) {
      openNote();
    }
  }

  public int snapshotsSaved() {
    return snapshotsSaved;
  }

  public int notesSaved() {
    return notesSaved;
  }

  /** Takes a snapshot of the view and uploads it as saved work. */
  public CompletableFuture<String> snapshot() {
    return getState(FrameGrabState.class).grabScene()
        .thenApplyAsync(HudState::png, services.workers())
        .thenCompose(png -> services.api().uploadSnapshot(connection.link().resumeToken(), png))
        .whenComplete((id, failure) -> app.enqueue(() -> {
          if (failure == null) {
            snapshotsSaved++;
            say(Ui.SNAPSHOT_SAVED);
          } else {
            say(Ui.NOT_SAVED);
          }
        }));
  }

  /** Saves a note; the core's link sends it again after a reconnect until it is acknowledged. */
  public CompletableFuture<Void> saveNote(String text) {
    return connection.link().send(new Command.SaveNote("n-" + UUID.randomUUID(), text))
        .whenComplete((ok, failure) -> app.enqueue(() -> {
          if (failure == null) {
            notesSaved++;
            say(Ui.NOTE_SAVED);
          } else {
            say(Ui.NOT_SAVED);
          }
        }));
  }

  /**
   * The note box: as wide as the window allows (520 at most, before the UI scale), five lines
   * tall, wrapping its text as it is typed ({@link SoftWrap}).
   */
  private void openNote() {
    if (notePanel != null) {
      return;
    }
    float width = Math.min(NOTE_WIDTH, app.getCamera().getWidth() * 0.9f / uiScale - 40);
    notePanel = Widgets.plate();
    notePanel.addChild(Widgets.heading(Ui.NOTE.in(language)));
    noteField = notePanel.addChild(new TextField(""));
    noteField.setFontSize(NOTE_FONT);
    noteField.setPreferredWidth(width);
    noteField.setSingleLine(false);
    noteField.setPreferredLineCount(5);
    BitmapFont font = noteField.getFont();
    float perPixel = NOTE_FONT / font.getCharSet().getRenderedSize();
    // The field draws its text from a small inset; leave room for the cursor too.
    noteWrap = new SoftWrap(text -> font.getLineWidth(text) * perPixel, width - 2 * NOTE_FONT / 3f);
    noteShown = "";
    Container buttons = notePanel.addChild(new Container(new SpringGridLayout(Axis.X, Axis.Y)));
    buttons.addChild(Widgets.button(Ui.SAVE.in(language), () -> {
      String text = noteText().strip();
      if (!text.isEmpty()) {
        saveNote(text);
      }
      closeNote();
    }));
    buttons.addChild(Widgets.button(Ui.CLOSE.in(language), this::closeNote));
    Widgets.centre(notePanel, app.getCamera(), uiScale, 0.55f);
    Widgets.keepInside(notePanel, app.getCamera());
    notePanel.move(0, 0, 5); // over the toolbar, which a large UI scale may reach
    app.getGuiNode().attachChild(notePanel);
    GuiGlobals.getInstance().requestFocus(noteField);
  }

  /** The note box while it is open (for the tests), or {@code null}. */
  public Container notePanel() {
    return notePanel;
  }

  /** The note as typed (the box's own line breaks are spaces again), or {@code null} if closed. */
  public String noteText() {
    if (noteWrap == null) {
      return null;
    }
    rewrapNote();
    return noteWrap.text();
  }

  private void closeNote() {
    if (notePanel != null) {
      notePanel.removeFromParent();
      notePanel = null;
      noteField = null;
      noteWrap = null;
      GuiGlobals.getInstance().requestFocus(null);
    }
  }

  /** Re-wraps the note after the pupil typed, keeping the cursor where it was. */
  private void rewrapNote() {
    String now = noteField.getText();
    if (now.equals(noteShown)) {
      return;
    }
    String wrapped = noteWrap.rewrap(now);
    if (!wrapped.equals(now)) {
      DocumentModel doc = noteField.getDocumentModel();
      int carat = doc.getCarat();
      doc.setText(wrapped);
      doc.home(true);
      for (int i = 0; i < carat; i++) {
        doc.right();
      }
    }
    noteShown = wrapped;
  }

  /**
   * Shows a short message for a few seconds: light text on a dark plate, centred above the help
   * line, readable over a bright sky or a dark forest alike.
   */
  public void say(Ui message) {
    toastText.setText(message.in(language));
    toast.setLocalScale(uiScale);
    Vector3f size = toast.getPreferredSize().mult(uiScale);
    float bottom = app.getCamera().getHeight() * 0.1f;
    PlanState plan = getState(PlanState.class);
    if (plan != null && plan.isInitialized()) { // above the yard's panel and its own messages
      bottom = Math.max(bottom, plan.palette().getLocalTranslation().y + 60);
    }
    toast.setLocalTranslation((app.getCamera().getWidth() - size.x) / 2f, bottom + size.y, 12);
    Widgets.keepInside(toast, app.getCamera());
    app.getGuiNode().attachChild(toast);
    toastLeft = 4;
  }

  /** The message shown now, or {@code null}. */
  public String saying() {
    return toast.getParent() == null ? null : toastText.getText();
  }

  @Override
  public void update(float tpf) {
    if (noteField != null) {
      rewrapNote();
    }
    if (toastLeft > 0) {
      toastLeft -= tpf;
      if (toastLeft <= 0) {
        toast.removeFromParent();
      }
    }
  }

  static byte[] png(BufferedImage image) {
    try {
      BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
      rgb.getGraphics().drawImage(image, 0, 0, null);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ImageIO.write(rgb, "png", out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  protected void cleanup(Application application) {}
}
