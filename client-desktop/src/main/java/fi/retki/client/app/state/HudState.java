package fi.retki.client.app.state;

import com.jme3.app.Application;
import com.jme3.app.SimpleApplication;
import com.jme3.app.state.BaseAppState;
import com.simsilica.lemur.Axis;
import com.simsilica.lemur.Container;
import com.simsilica.lemur.GuiGlobals;
import com.simsilica.lemur.Label;
import com.simsilica.lemur.TextField;
import com.simsilica.lemur.component.SpringGridLayout;
import com.simsilica.lemur.input.FunctionId;
import com.simsilica.lemur.input.InputState;
import com.simsilica.lemur.input.StateFunctionListener;
import fi.retki.client.app.ClassConnection;
import fi.retki.client.app.ClientFunctions;
import fi.retki.client.app.Services;
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
  private final ClassConnection connection;
  private final Services services;
  private final Language language;
  private final float uiScale;
  private final boolean planning;
  private SimpleApplication app;
  private Container toolbar;
  private Label help;
  private Label toast;
  private float toastLeft;
  private Container notePanel;
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
    help = Widgets.label((planning ? Ui.HELP_PLAN : Ui.HELP_EXPLORE).in(language), 18);
    toast = Widgets.label("", 26);
  }

  @Override
  protected void onEnable() {
    Widgets.at(toolbar, app.getCamera(), uiScale, 0.01f, 0.99f);
    Widgets.at(help, app.getCamera(), uiScale, 0.01f, 0.04f);
    Widgets.at(toast, app.getCamera(), uiScale, 0.35f, 0.12f);
    app.getGuiNode().attachChild(toolbar);
    if (!planning) { // the school yard's panel has its own help line
      app.getGuiNode().attachChild(help);
    }
    app.getGuiNode().attachChild(toast);
    getState(KeyTapState.class).addListener(this, ClientFunctions.F_SNAPSHOT, ClientFunctions.F_NOTE);
  }

  @Override
  protected void onDisable() {
    toolbar.removeFromParent();
    help.removeFromParent();
    toast.removeFromParent();
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
    return getState(FrameGrabState.class).grab()
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

  private void openNote() {
    if (notePanel != null) {
      return;
    }
    notePanel = new Container();
    notePanel.addChild(Widgets.heading(Ui.NOTE.in(language)));
    TextField field = notePanel.addChild(new TextField(""));
    field.setFontSize(24);
    field.setPreferredWidth(520);
    field.setSingleLine(false);
    field.setPreferredLineCount(5);
    Container buttons = notePanel.addChild(new Container(new SpringGridLayout(Axis.X, Axis.Y)));
    buttons.addChild(Widgets.button(Ui.SAVE.in(language), () -> {
      String text = field.getText().strip();
      if (!text.isEmpty()) {
        saveNote(text);
      }
      closeNote();
    }));
    buttons.addChild(Widgets.button(Ui.CLOSE.in(language), this::closeNote));
    Widgets.centre(notePanel, app.getCamera(), uiScale, 0.55f);
    app.getGuiNode().attachChild(notePanel);
    GuiGlobals.getInstance().requestFocus(field);
  }

  private void closeNote() {
    if (notePanel != null) {
      notePanel.removeFromParent();
      notePanel = null;
      GuiGlobals.getInstance().requestFocus(null);
    }
  }

  /** Shows a short message for a few seconds. */
  public void say(Ui message) {
    toast.setText(message.in(language));
    toastLeft = 4;
  }

  @Override
  public void update(float tpf) {
    if (toastLeft > 0) {
      toastLeft -= tpf;
      if (toastLeft <= 0) {
        toast.setText("");
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
