package fi.retki.client.app.state;

import com.jme3.app.Application;
import com.jme3.app.SimpleApplication;
import com.jme3.app.state.BaseAppState;
import com.jme3.math.Ray;
import com.jme3.math.Vector2f;
import com.jme3.math.Vector3f;
import com.jme3.renderer.Camera;
import com.jme3.scene.Node;
import com.jme3.scene.Spatial;
import com.simsilica.lemur.event.CursorButtonEvent;
import com.simsilica.lemur.event.CursorEventControl;
import com.simsilica.lemur.event.CursorListener;
import com.simsilica.lemur.event.CursorMotionEvent;
import com.simsilica.lemur.input.FunctionId;
import com.simsilica.lemur.input.InputState;
import com.simsilica.lemur.input.StateFunctionListener;
import fi.retki.client.app.ClassConnection;
import fi.retki.client.app.ClientFunctions;
import fi.retki.client.app.scene.BuiltScene;
import fi.retki.client.app.scene.Poses;
import fi.retki.client.app.ui.Ui;
import fi.retki.client.live.LocalSession;
import fi.retki.client.live.RejectedException;
import fi.retki.client.plan.PlanEditor;
import fi.retki.scenes.Area;
import fi.retki.scenes.Language;
import fi.retki.scenes.PaletteKind;
import fi.retki.scenes.Pose;
import fi.retki.scenes.Scene;
import fi.retki.scenes.Vec3;
import fi.retki.scenes.live.Command;
import fi.retki.scenes.live.SessionState.PlacedObject;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * Planning the school yard together: a palette of the scene's kinds ({@link YardPanel}), click the
 * yard to place, click an object to select it, drag it to move it, Q/E to turn, Delete to remove,
 * Ctrl+Z to undo one's own change, Esc to put the chosen kind down, T for the top-down view. The
 * rules are the core's {@link PlanEditor}; the views follow the session copy by object id (add /
 * update / remove), so classmates' changes appear live.
 *
 * <p>The mouse is read off the ground, not off the models: a press means the object whose
 * footprint is under the cursor (so a click between a climbing frame's bars still means the
 * climbing frame), and a drag keeps the object where it was grabbed relative to the cursor. Only a
 * drag that began on an object with the left button moves it, and only that object.
 */
public final class PlanState extends BaseAppState implements LocalSession.Changes, StateFunctionListener {
  static final float TURN_STEP = 15;

  private final ClassConnection connection;
  private final Language language;
  private final float uiScale;
  private final Map<String, Spatial> views = new HashMap<>();
  private final Node planned = new Node("planned");
  private final YardMouse mouse = new YardMouse();
  private final SelectionFrame frame = new SelectionFrame();
  private SimpleApplication app;
  private WorldState world;
  private PlanEditor editor;
  private Scene scene;
  private YardPanel panel;
  private boolean iconsComplete;
  private String kind;
  private String selected;
  private boolean topView;
  private Pose beforeTopView;

  public PlanState(ClassConnection connection, Language language, float uiScale) {
    this.connection = connection;
    this.language = language;
    this.uiScale = uiScale;
  }

  @Override
  protected void initialize(Application application) {
    app = (SimpleApplication) application;
    world = getState(WorldState.class);
    BuiltScene built = world.built();
    scene = built.scene();
    editor = new PlanEditor(scene, connection.session());
    built.root().attachChild(planned);
    if (built.ground() != null) {
      CursorEventControl.addListenersToSpatial(built.ground(), mouse);
    }
    panel = new YardPanel(scene.palette().kinds(), language, this::iconName, this::choose, this::undo,
        this::toggleTopView);
    iconsComplete = panel.fillIcons(scene.palette().kinds(), this::iconName);
    frame.build(app.getAssetManager());
    connection.listen(this);
    for (PlacedObject object : connection.session().objects().values()) {
      objectChanged(object.id(), object);
    }
  }

  private String iconName(PaletteKind k) {
    return world.assetName(k.icon().value());
  }

  @Override
  protected void onEnable() {
    panel.layout(app.getCamera(), uiScale);
    panel.attach(app.getGuiNode());
    getState(KeyTapState.class).addListener(this, ClientFunctions.F_TURN, ClientFunctions.F_REMOVE,
        ClientFunctions.F_UNDO, ClientFunctions.F_TOP_VIEW, ClientFunctions.F_CLOSE);
  }

  @Override
  protected void onDisable() {
    panel.detach();
    getState(KeyTapState.class).removeListener(this, ClientFunctions.F_TURN, ClientFunctions.F_REMOVE,
        ClientFunctions.F_UNDO, ClientFunctions.F_TOP_VIEW, ClientFunctions.F_CLOSE);
  }

  @Override
  public void update(float tpf) {
    panel.update(tpf);
    if (!iconsComplete) {
      iconsComplete = panel.fillIcons(scene.palette().kinds(), this::iconName);
    }
    if (selected == null || !views.containsKey(selected)) {
      frame.hide();
    }
  }

  /** Picks the kind the next click on the open yard places ({@code null}: none). */
  public void choose(String kindId) {
    kind = kindId;
    panel.chosen(kindId);
  }

  /** The kind the next click on the open yard places, or {@code null}. */
  public String chosen() {
    return kind;
  }

  /** The object Q/E, Delete and a drag act on, or {@code null}. */
  public String selected() {
    return selected;
  }

  /** The message shown above the palette now, or {@code null}. */
  public String message() {
    return panel.message();
  }

  /** The palette panel (tests: to find its tiles, help line and background). */
  public com.simsilica.lemur.Container palette() {
    return panel.panel();
  }

  /** The box of messages above the palette. */
  public com.simsilica.lemur.Container messageBox() {
    return panel.messageBox();
  }

  private void select(String id) {
    selected = id;
    Spatial view = id == null ? null : views.get(id);
    PaletteKind k = view == null ? null : scene.palette().kind(view.getUserData("kind"));
    if (k == null) {
      frame.hide();
    } else {
      frame.around(view, k.footprint());
    }
  }

  /** The ids of the objects shown. */
  public Set<String> shown() {
    return Set.copyOf(views.keySet());
  }

  /** The view of an object, or {@code null}. */
  public Spatial view(String id) {
    return views.get(id);
  }

  /** Places an object of a kind at (x, z), snapped to the grid and the yard. */
  public CompletableFuture<Void> place(String kindId, double x, double z, double yaw) {
    PlanEditor.Spot spot = editor.snap(x, z);
    try {
      return send(editor.place(kindId, spot.x(), spot.z(), yaw));
    } catch (RejectedException e) {
      say(e.code());
      return CompletableFuture.failedFuture(e);
    }
  }

  public void move(String id, double x, double z) {
    PlanEditor.Spot spot = editor.snap(x, z);
    try {
      send(editor.move(id, spot.x(), spot.z()));
    } catch (RejectedException e) {
      say(e.code());
      resync(id);
    }
  }

  public void undo() {
    editor.undo().ifPresent(this::send);
  }

  private CompletableFuture<Void> send(Command command) {
    return connection.link().send(command).whenComplete((ok, failure) -> app.enqueue(() -> {
      editor.settled(command, failure == null);
      if (failure instanceof RejectedException rejected) {
        say(rejected.code());
      } else if (failure != null && failure.getCause() instanceof RejectedException rejected) {
        say(rejected.code());
      }
    }));
  }

  private void say(String code) {
    Ui text = Ui.forRefusal(code);
    if (text != null) {
      panel.say(text.in(language), app.getCamera());
    }
  }

  @Override
  public void objectChanged(String id, PlacedObject now) {
    Spatial view = views.get(id);
    if (now == null) {
      if (view != null) {
        view.removeFromParent();
        views.remove(id);
      }
      if (id.equals(selected)) {
        select(null);
      }
      return;
    }
    if (view == null || !view.getUserData("kind").equals(now.kind())) {
      if (view != null) {
        view.removeFromParent();
      }
      PaletteKind k = scene.palette().kind(now.kind());
      if (k == null || world.assetName(k.model().value()) == null) {
        return;
      }
      view = world.built().builder().paletteModel(k);
      view.setUserData("kind", now.kind());
      view.setUserData("planned", id);
      // On each view, not on their parent: Lemur hands a listener the spatial that holds it.
      CursorEventControl.addListenersToSpatial(view, mouse);
      planned.attachChild(view);
      views.put(id, view);
      if (id.equals(selected)) {
        select(id);
      }
    }
    BuiltScene built = world.built();
    float y = built.groundHeight((float) now.x(), (float) now.z(), 0);
    view.setLocalTranslation((float) now.x(), y, (float) now.z());
    view.setLocalRotation(Poses.yaw(now.yaw()));
    if (id.equals(mouse.dragging)) {
      mouse.cancel(); // a classmate or the teacher moved it meanwhile: their word stands
    }
  }

  private void resync(String id) {
    objectChanged(id, connection.session().objects().get(id));
  }

  @Override
  public void valueChanged(FunctionId func, InputState value, double tpf) {
    if (value == InputState.Off) {
      return;
    }
    try {
      if (func == ClientFunctions.F_TURN && selected != null) {
        send(editor.turn(selected, value == InputState.Positive ? -TURN_STEP : TURN_STEP));
      } else if (func == ClientFunctions.F_REMOVE && selected != null) {
        send(editor.remove(selected));
        select(null);
      } else if (func == ClientFunctions.F_CLOSE && value == InputState.Positive) {
        choose(null);
        select(null);
      } else if (func == ClientFunctions.F_UNDO) {
        undo();
      } else if (func == ClientFunctions.F_TOP_VIEW) {
        toggleTopView();
      }
    } catch (RejectedException e) {
      say(e.code());
    }
  }

  /** Looks straight down on the yard, or back to where the pupil was. */
  public void toggleTopView() {
    ExploreState explore = getState(ExploreState.class);
    topView = !topView;
    if (topView) {
      beforeTopView = world.pose();
      Area area = scene.palette().area();
      double cx = (area.minX() + area.maxX()) / 2;
      double cz = (area.minZ() + area.maxZ()) / 2;
      double span = Math.max(area.maxX() - area.minX(), area.maxZ() - area.minZ());
      world.place(new Pose(new Vec3(cx, span * 0.95 + 5, cz + 0.01), 0, -89.9));
    } else {
      world.place(beforeTopView);
    }
    if (explore != null) {
      explore.lock(ExploreState.Lock.TOP_VIEW, topView);
    }
  }

  public boolean topView() {
    return topView;
  }

  /** The ground point under screen coordinates. */
  private Vector3f groundAt(float x, float y) {
    Camera cam = app.getCamera();
    Vector3f near = cam.getWorldCoordinates(new Vector2f(x, y), 0f);
    Vector3f far = cam.getWorldCoordinates(new Vector2f(x, y), 1f);
    return world.built().groundHit(new Ray(near, far.subtractLocal(near).normalizeLocal()));
  }

  /**
   * The yard under the mouse, on the ground and on the planned objects alike. Lemur sends a press
   * to what is nearest under the cursor and then every move and the release to that same spatial
   * (its capture), so a drag is followed from press to release whatever it passes over.
   */
  private final class YardMouse implements CursorListener {
    /** Pointer travel, in pixels, below which a press and release are a click. */
    static final float CLICK_SLOP = 6;
    private String dragging;
    private Spatial capture;
    private double offsetX;
    private double offsetZ;
    private float pressX;
    private float pressY;
    private boolean pressed;
    private boolean moved;

    @Override
    public void cursorButtonEvent(CursorButtonEvent event, Spatial target, Spatial capture) {
      if (event.getButtonIndex() != 0) {
        return;
      }
      event.setConsumed();
      if (event.isPressed()) {
        press(event, target);
      } else if (pressed) {
        release(event);
      }
    }

    private void press(CursorButtonEvent event, Spatial target) {
      pressed = true;
      moved = false;
      pressX = event.getX();
      pressY = event.getY();
      capture = target;
      Vector3f hit = groundAt(event.getX(), event.getY());
      String id = plannedId(target);
      if (id == null && hit != null) {
        id = editor.objectAt(hit.x, hit.z).orElse(null);
      }
      dragging = id;
      if (id != null) {
        select(id);
        Spatial view = views.get(id);
        Vector3f at = view.getLocalTranslation();
        offsetX = hit == null ? 0 : at.x - hit.x;
        offsetZ = hit == null ? 0 : at.z - hit.z;
      }
    }

    private void release(CursorButtonEvent event) {
      pressed = false;
      String id = dragging;
      dragging = null;
      capture = null;
      if (id != null) {
        Spatial view = views.get(id);
        if (moved && view != null) {
          move(id, view.getLocalTranslation().x, view.getLocalTranslation().z);
        }
        return;
      }
      if (moved) {
        return;
      }
      Vector3f hit = groundAt(event.getX(), event.getY());
      if (hit == null) {
        return;
      }
      if (kind != null) {
        place(kind, hit.x, hit.z, 0);
      } else {
        select(null);
      }
    }

    @Override
    public void cursorMoved(CursorMotionEvent event, Spatial target, Spatial capture) {
      if (!pressed || capture != this.capture) {
        return; // passing over, or not this press's drag
      }
      if (!moved && Math.hypot(event.getX() - pressX, event.getY() - pressY) < CLICK_SLOP) {
        return;
      }
      moved = true;
      Spatial view = dragging == null ? null : views.get(dragging);
      Vector3f hit = groundAt(event.getX(), event.getY());
      if (view != null && hit != null) {
        PlanEditor.Spot spot = editor.snap(hit.x + offsetX, hit.z + offsetZ);
        float y = world.built().groundHeight((float) spot.x(), (float) spot.z(), view.getLocalTranslation().y);
        view.setLocalTranslation((float) spot.x(), y, (float) spot.z());
        event.setConsumed();
      }
    }

    /** Forgets a drag under way (its object changed under it); the release then does nothing. */
    void cancel() {
      dragging = null;
      moved = true;
    }

    @Override
    public void cursorEntered(CursorMotionEvent event, Spatial target, Spatial capture) {}

    @Override
    public void cursorExited(CursorMotionEvent event, Spatial target, Spatial capture) {}

    private String plannedId(Spatial target) {
      for (Spatial s = target; s != null; s = s.getParent()) {
        String id = s.getUserData("planned");
        if (id != null) {
          return id;
        }
      }
      return null;
    }
  }

  @Override
  protected void cleanup(Application application) {
    connection.unlisten(this);
    planned.removeFromParent();
  }
}
