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
import com.simsilica.lemur.Axis;
import com.simsilica.lemur.Button;
import com.simsilica.lemur.Container;
import com.simsilica.lemur.component.IconComponent;
import com.simsilica.lemur.component.SpringGridLayout;
import com.simsilica.lemur.event.CursorButtonEvent;
import com.simsilica.lemur.event.CursorEventControl;
import com.simsilica.lemur.event.CursorMotionEvent;
import com.simsilica.lemur.event.DefaultCursorListener;
import com.simsilica.lemur.input.FunctionId;
import com.simsilica.lemur.input.InputState;
import com.simsilica.lemur.input.StateFunctionListener;
import fi.retki.client.app.ClassConnection;
import fi.retki.client.app.ClientFunctions;
import fi.retki.client.app.scene.BuiltScene;
import fi.retki.client.app.scene.Poses;
import fi.retki.client.app.ui.Ui;
import fi.retki.client.app.ui.Widgets;
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
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * Planning the school yard together: a palette of the scene's kinds (icons), click the yard to
 * place, drag to move, Q/E to turn, Delete to remove, Ctrl+Z to undo one's own change, T for the
 * top-down view. The rules are the core's {@link PlanEditor}; the views follow the session copy by
 * object id (add / update / remove), so classmates' changes appear live.
 */
public final class PlanState extends BaseAppState implements LocalSession.Changes, StateFunctionListener {
  static final float TURN_STEP = 15;

  private final ClassConnection connection;
  private final Language language;
  private final float uiScale;
  private final Map<String, Spatial> views = new HashMap<>();
  private final Node planned = new Node("planned");
  private final Dragging drags = new Dragging();
  private SimpleApplication app;
  private WorldState world;
  private PlanEditor editor;
  private Scene scene;
  private Container palette;
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
      CursorEventControl.addListenersToSpatial(built.ground(), new GroundClicks());
    }
    palette = new Container(new SpringGridLayout(Axis.X, Axis.Y));
    for (PaletteKind k : scene.palette().kinds()) {
      Button button = palette.addChild(Widgets.button(k.title().get(language), () -> choose(k.id())));
      button.setFontSize(16);
      String icon = world.assetName(k.icon().value());
      if (icon != null) {
        IconComponent image = new IconComponent(icon);
        image.setIconSize(new Vector2f(48, 48));
        button.setIcon(image);
      }
    }
    Container tools = palette.addChild(new Container());
    tools.addChild(Widgets.button(Ui.UNDO.in(language), this::undo));
    tools.addChild(Widgets.button(Ui.TOP_VIEW.in(language), this::toggleTopView));
    connection.listen(this);
    for (PlacedObject object : connection.session().objects().values()) {
      objectChanged(object.id(), object);
    }
  }

  @Override
  protected void onEnable() {
    float scale = Math.min(uiScale, app.getCamera().getWidth() / Math.max(1f, palette.getPreferredSize().x));
    palette.setLocalScale(scale);
    palette.setLocalTranslation(0, palette.getPreferredSize().y * scale + 30, 10);
    app.getGuiNode().attachChild(palette);
    getState(KeyTapState.class).addListener(this, ClientFunctions.F_TURN, ClientFunctions.F_REMOVE,
        ClientFunctions.F_UNDO, ClientFunctions.F_TOP_VIEW);
  }

  @Override
  protected void onDisable() {
    palette.removeFromParent();
    getState(KeyTapState.class).removeListener(this, ClientFunctions.F_TURN, ClientFunctions.F_REMOVE,
        ClientFunctions.F_UNDO, ClientFunctions.F_TOP_VIEW);
  }

  /** Picks the kind the next click places. */
  public void choose(String kindId) {
    kind = kindId;
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
    HudState hud = getState(HudState.class);
    if (hud != null && text != null) {
      hud.say(text);
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
        selected = null;
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
      CursorEventControl.addListenersToSpatial(view, drags);
      planned.attachChild(view);
      views.put(id, view);
    }
    BuiltScene built = world.built();
    float y = built.groundHeight((float) now.x(), (float) now.z(), 0);
    view.setLocalTranslation((float) now.x(), y, (float) now.z());
    view.setLocalRotation(Poses.yaw(now.yaw()));
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
        selected = null;
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

  /** A click on the ground places the chosen kind there. */
  private final class GroundClicks extends DefaultCursorListener {
    @Override
    protected void click(CursorButtonEvent event, Spatial target, Spatial capture) {
      if (event.getButtonIndex() != 0 || kind == null) {
        return;
      }
      Vector3f hit = groundAt(event.getX(), event.getY());
      if (hit != null) {
        place(kind, hit.x, hit.z, 0);
      }
    }
  }

  /** Pressing on an object selects it; dragging moves it; letting go sends the move. */
  private final class Dragging extends DefaultCursorListener {
    private String dragging;
    private boolean moved;

    @Override
    public void cursorButtonEvent(CursorButtonEvent event, Spatial target, Spatial capture) {
      if (event.getButtonIndex() != 0) {
        return;
      }
      event.setConsumed();
      if (event.isPressed()) {
        dragging = plannedId(target);
        selected = dragging;
        moved = false;
      } else if (dragging != null) {
        Spatial view = views.get(dragging);
        if (moved && view != null) {
          move(dragging, view.getLocalTranslation().x, view.getLocalTranslation().z);
        }
        dragging = null;
      }
    }

    @Override
    public void cursorMoved(CursorMotionEvent event, Spatial target, Spatial capture) {
      if (dragging == null) {
        return;
      }
      Vector3f hit = groundAt(event.getX(), event.getY());
      Spatial view = views.get(dragging);
      if (hit != null && view != null) {
        view.setLocalTranslation(hit);
        moved = true;
      }
    }

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
