package fi.retki.client.app.state;

import com.jme3.app.Application;
import com.jme3.app.SimpleApplication;
import com.jme3.app.state.BaseAppState;
import com.jme3.math.ColorRGBA;
import com.jme3.math.Vector2f;
import com.jme3.texture.Texture;
import com.jme3.texture.Texture2D;
import com.jme3.texture.plugins.AWTLoader;
import com.simsilica.lemur.Axis;
import com.simsilica.lemur.Button;
import com.simsilica.lemur.Container;
import com.simsilica.lemur.FillMode;
import com.simsilica.lemur.GuiGlobals;
import com.simsilica.lemur.Label;
import com.simsilica.lemur.TextField;
import com.simsilica.lemur.component.IconComponent;
import com.simsilica.lemur.component.QuadBackgroundComponent;
import com.simsilica.lemur.component.SpringGridLayout;
import fi.retki.assets.pictures.PictureArt;
import fi.retki.client.app.ui.Ui;
import fi.retki.client.app.ui.Widgets;
import fi.retki.scenes.Language;
import fi.retki.scenes.live.Picture;
import fi.retki.scenes.live.PictureCode;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * The picture-join screen, for children who cannot read yet: the 16 pictures as big buttons, four
 * slots that fill in the order the pictures are clicked (a filled slot clicked empties it again),
 * the nickname (prefilled: the one last used on this computer) and a big Join.
 *
 * <p>The pictures are drawn by {@link PictureArt} on {@code drawing} (not the render thread), then
 * made textures on the render thread; the buttons are there from the start and get their
 * pictures a moment later.
 */
public final class PictureJoinState extends BaseAppState {
  /** What the screen does with a picture code and a nickname. */
  public interface Joiner {
    void join(List<String> pictures, String nickname);
  }

  /** The pictures' side in the grid and in the slots, in pixels at UI scale 1. */
  static final float PICTURE = 104;
  static final float SLOT = 124;
  private static final int DRAWN_SIZE = 128;
  private static final ColorRGBA EMPTY_SLOT = new ColorRGBA(0.25f, 0.28f, 0.33f, 1f);

  private final Language language;
  private final float uiScale;
  private final String nickname;
  private final Joiner joiner;
  private final Runnable back;
  private final Executor drawing;
  private final List<Picture> chosen = new ArrayList<>();
  private final Map<Picture, Button> pictureButtons = new EnumMap<>(Picture.class);
  private final Map<Picture, Texture> textures = new EnumMap<>(Picture.class);
  private final List<Button> slots = new ArrayList<>();
  private SimpleApplication app;
  private Container panel;
  private TextField nicknameField;
  private Label message;

  /**
   * @param nickname the name to offer (the last one used here), or null
   * @param back leaves this screen for the letter-code one
   */
  public PictureJoinState(Language language, float uiScale, String nickname, Executor drawing, Joiner joiner,
      Runnable back) {
    this.language = language;
    this.uiScale = uiScale;
    this.nickname = nickname == null ? "" : nickname;
    this.drawing = drawing;
    this.joiner = joiner;
    this.back = back;
  }

  @Override
  protected void initialize(Application application) {
    app = (SimpleApplication) application;
    panel = new Container();
    panel.addChild(Widgets.heading(Ui.PICTURE_TITLE.in(language)));
    Container slotRow = panel.addChild(row());
    slotRow.setInsets(new com.simsilica.lemur.Insets3f(4, (8 * PICTURE - PictureCode.LENGTH * SLOT) / 2, 4, 0)); // centred over the grid
    for (int i = 0; i < PictureCode.LENGTH; i++) {
      int slot = i;
      Button button = slotRow.addChild(pictureButton(SLOT, () -> empty(slot)), 0, i);
      button.setName("picture-slot-" + i);
      slots.add(button);
    }
    Container grid = panel.addChild(row());
    Picture[] all = Picture.values();
    for (int i = 0; i < all.length; i++) {
      Picture picture = all[i];
      Button button = grid.addChild(pictureButton(PICTURE, () -> choose(picture)), i / 8, i % 8);
      button.setName("picture-" + picture.wireName());
      pictureButtons.put(picture, button);
    }
    panel.addChild(Widgets.label(Ui.NICKNAME.in(language), 26));
    nicknameField = panel.addChild(new TextField(nickname));
    nicknameField.setFontSize(36);
    nicknameField.setPreferredWidth(520);
    Container actions = panel.addChild(row());
    Button join = actions.addChild(Widgets.button(Ui.JOIN.in(language), this::submit), 0, 0);
    join.setFontSize(44);
    actions.addChild(Widgets.button(Ui.LETTERS.in(language), back), 0, 1);
    message = panel.addChild(Widgets.label("", 26));
    message.setColor(new ColorRGBA(1f, 0.75f, 0.4f, 1f));
    message.setMaxWidth(8 * PICTURE);
    Widgets.centre(panel, app.getCamera(), uiScale, 0.5f);
    app.getGuiNode().attachChild(panel);
    GuiGlobals.getInstance().requestFocus(nicknameField);
    CompletableFuture.supplyAsync(PictureJoinState::drawAll, drawing)
        .thenAccept(drawn -> app.enqueue(() -> showPictures(drawn)));
  }

  /** Gives the join screen's "pictures" button a picture, drawn on {@code drawing}, so a child who cannot read finds it. */
  public static void decorate(Button button, Application app, Executor drawing) {
    CompletableFuture.supplyAsync(() -> PictureArt.draw(Picture.CAT, 64), drawing)
        .thenAccept(image -> app.enqueue(() -> {
          button.setIcon(icon(new Texture2D(new AWTLoader().load(image, true)), 64));
        }));
  }

  /** A container whose children go in rows ({@code addChild(child, row, column)}), each at its own size. */
  private static Container row() {
    return new Container(new SpringGridLayout(Axis.Y, Axis.X, FillMode.None, FillMode.None));
  }

  private static Button pictureButton(float side, Runnable action) {
    Button button = Widgets.button("", action);
    button.setBackground(new QuadBackgroundComponent(EMPTY_SLOT));
    button.setPreferredSize(new com.jme3.math.Vector3f(side, side, 0));
    return button;
  }

  private static Map<Picture, BufferedImage> drawAll() {
    Map<Picture, BufferedImage> drawn = new EnumMap<>(Picture.class);
    for (Picture picture : Picture.values()) {
      drawn.put(picture, PictureArt.draw(picture, DRAWN_SIZE));
    }
    return drawn;
  }

  /** On the render thread: the drawn pictures become textures on their buttons. */
  private void showPictures(Map<Picture, BufferedImage> drawn) {
    if (!isInitialized()) {
      return;
    }
    AWTLoader loader = new AWTLoader();
    drawn.forEach((picture, image) -> {
      Texture2D texture = new Texture2D(loader.load(image, true));
      textures.put(picture, texture);
      Button button = pictureButtons.get(picture);
      button.setBackground(new QuadBackgroundComponent(ColorRGBA.BlackNoAlpha));
      button.setIcon(icon(texture, PICTURE));
    });
    showSlots();
  }

  private static IconComponent icon(Texture texture, float side) {
    float scale = side / texture.getImage().getWidth();
    return new IconComponent(texture, new Vector2f(scale, scale), 0, 0, 0.01f, false);
  }

  private void choose(Picture picture) {
    if (chosen.size() < PictureCode.LENGTH) {
      chosen.add(picture);
      message.setText("");
      showSlots();
    }
  }

  /** A filled slot clicked: it and every later one empty again, so the next picture goes there. */
  private void empty(int slot) {
    while (chosen.size() > slot) {
      chosen.remove(chosen.size() - 1);
    }
    showSlots();
  }

  private void showSlots() {
    for (int i = 0; i < slots.size(); i++) {
      Button slot = slots.get(i);
      Texture texture = i < chosen.size() ? textures.get(chosen.get(i)) : null;
      slot.setIcon(texture == null ? null : icon(texture, SLOT));
      slot.setBackground(new QuadBackgroundComponent(texture == null ? EMPTY_SLOT : ColorRGBA.BlackNoAlpha));
    }
  }

  /** Checks the four pictures and the nickname and hands them on. */
  public void submit() {
    String n = nicknameField.getText().strip();
    if (chosen.size() < PictureCode.LENGTH) {
      show(Ui.NEED_PICTURES);
      return;
    }
    if (n.isEmpty() || n.length() > 20) {
      show(Ui.NEED_NICKNAME);
      return;
    }
    message.setText(Ui.JOINING.in(language));
    joiner.join(new PictureCode(chosen).names(), n);
  }

  /** Shows a message under the form; a wrong code is said in words about pictures. */
  public void show(Ui text) {
    message.setText((text == Ui.UNKNOWN_CODE ? Ui.UNKNOWN_PICTURES : text).in(language));
  }

  /** The message shown now. */
  public String message() {
    return message.getText();
  }

  /** The pictures in the slots, in order. */
  public List<Picture> chosen() {
    return List.copyOf(chosen);
  }

  @Override
  protected void cleanup(Application application) {
    panel.removeFromParent();
  }

  @Override
  protected void onEnable() {}

  @Override
  protected void onDisable() {}
}
