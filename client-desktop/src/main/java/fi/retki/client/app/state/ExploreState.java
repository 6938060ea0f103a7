package fi.retki.client.app.state;

import com.jme3.app.Application;
import com.jme3.app.state.BaseAppState;
import com.jme3.math.FastMath;
import com.jme3.math.Vector3f;
import com.jme3.scene.Spatial;
import com.simsilica.lemur.GuiGlobals;
import com.simsilica.lemur.event.DefaultMouseListener;
import com.simsilica.lemur.event.MouseEventControl;
import com.simsilica.lemur.input.AnalogFunctionListener;
import com.simsilica.lemur.input.FunctionId;
import com.simsilica.lemur.input.InputMapper;
import com.simsilica.lemur.input.InputState;
import com.simsilica.lemur.input.StateFunctionListener;
import com.jme3.input.event.MouseButtonEvent;
import fi.retki.client.app.ClientFunctions;
import fi.retki.client.app.scene.BuiltScene;
import fi.retki.client.app.scene.Obstacles;
import fi.retki.client.app.scene.Poses;
import fi.retki.scenes.PointOfInterest;
import fi.retki.scenes.Pose;
import fi.retki.scenes.Vec3;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

/**
 * Walking: WASD or the arrow keys at a gentle pace, looking around with the right mouse button
 * held, at eye height above the ground, around trees and buildings rather than through them
 * ({@link Obstacles}). Movement starts from wherever the camera is: after a point of interest's
 * view high up, the first steps bring the eye down smoothly, and standing still keeps the view.
 * Clicking a point-of-interest marker opens it, and so does clicking the point's subject.
 * {@link #lock} takes movement away without switching the state off, for as long as any of its
 * reasons holds: the teacher paused the class or brought it somewhere, the pupil looks from above.
 */
public final class ExploreState extends BaseAppState implements AnalogFunctionListener, StateFunctionListener {
  /** Metres per second at camera speed 1.0: a child's walk. */
  static final float WALK = 3.5f;
  static final float EYE_HEIGHT = 1.6f;
  static final float LOOK_SPEED = 1.8f;
  /** Metres per second at least when coming down to eye height: quicker than walking down a slope. */
  static final float DESCENT = 4f;
  /** Seconds of a frame counted at most when coming down. */
  static final float MAX_FRAME = 1 / 20f;
  /** Metres per second at most: a lift's pace, not a fall. */
  static final float MAX_DESCENT = 8f;
  /** Seconds in which the height above eye height would go at the speed it is coming down now. */
  static final float DESCENT_TIME = 0.5f;

  /** Why movement is taken away; each is lifted on its own. */
  public enum Lock {
    /** The teacher paused the class, or brought it to a point of interest. */
    TEACHER,
    /** The plan's view from above. */
    TOP_VIEW
  }

  private final float cameraSpeed;
  private WorldState world;
  private PoiState pois;
  private InputMapper inputs;
  private float yaw;
  private float pitch;
  private float forward;
  private float right;
  private final Set<Lock> locks = EnumSet.noneOf(Lock.class);
  private boolean markersHooked;
  /** Points whose subject has arrived and opens the point when clicked. */
  private final Set<String> subjectsHooked = new HashSet<>();
  private Obstacles obstacles;
  private BuiltScene obstaclesOf;

  /** @param cameraSpeed the preset's camera speed (1.0 = walking pace) */
  public ExploreState(double cameraSpeed) {
    this.cameraSpeed = (float) cameraSpeed;
  }

  @Override
  protected void initialize(Application app) {
    world = getState(WorldState.class);
    pois = getState(PoiState.class);
    inputs = GuiGlobals.getInstance().getInputMapper();
    inputs.addAnalogListener(this, ClientFunctions.F_MOVE, ClientFunctions.F_STRAFE,
        ClientFunctions.F_LOOK_X, ClientFunctions.F_LOOK_Y);
  }

  /** Takes movement away for a reason, or lifts that reason; movement returns when none is left. */
  public void lock(Lock reason, boolean on) {
    boolean was = locked();
    if (on) {
      locks.add(reason);
    } else {
      locks.remove(reason);
    }
    if (was && !locked()) {
      syncFromCamera();
    }
  }

  public boolean locked() {
    return !locks.isEmpty();
  }

  @Override
  protected void onEnable() {
    inputs.activateGroup(ClientFunctions.G_EXPLORE);
    getState(KeyTapState.class).addListener(this, ClientFunctions.F_CLOSE);
    syncFromCamera();
  }

  @Override
  protected void onDisable() {
    inputs.deactivateGroup(ClientFunctions.G_EXPLORE);
    getState(KeyTapState.class).removeListener(this, ClientFunctions.F_CLOSE);
  }

  private void syncFromCamera() {
    Pose pose = world.pose();
    yaw = (float) pose.yaw();
    pitch = (float) pose.pitch();
  }

  @Override
  public void valueActive(FunctionId func, double value, double tpf) {
    if (locked()) {
      return;
    }
    boolean walking = func == ClientFunctions.F_MOVE || func == ClientFunctions.F_STRAFE;
    if (walking && ClientFunctions.typing()) {
      return; // W, A, S and D are letters of a note now
    }
    if (func == ClientFunctions.F_MOVE) {
      forward = (float) value;
    } else if (func == ClientFunctions.F_STRAFE) {
      right = (float) value;
    } else if (func == ClientFunctions.F_LOOK_X) {
      yaw -= (float) value * LOOK_SPEED * 60 * (float) tpf;
    } else if (func == ClientFunctions.F_LOOK_Y) {
      pitch = FastMath.clamp(pitch + (float) value * LOOK_SPEED * 60 * (float) tpf, -80, 80);
    }
  }

  @Override
  public void valueChanged(FunctionId func, InputState value, double tpf) {
    if (func == ClientFunctions.F_CLOSE && value == InputState.Positive) {
      pois.close();
    }
  }

  @Override
  public void update(float tpf) {
    BuiltScene built = world.built();
    if (built == null) {
      return;
    }
    if (!markersHooked) {
      hookMarkers(built);
    }
    hookSubjects(built);
    if (locked()) {
      forward = 0;
      right = 0;
      return;
    }
    Vector3f location = getApplication().getCamera().getLocation().clone();
    if (forward != 0 || right != 0) {
      Vector3f ahead = Poses.direction(yaw, 0);
      Vector3f side = ahead.cross(Vector3f.UNIT_Y).normalizeLocal();
      float step = WALK * cameraSpeed * tpf;
      Vector3f wanted = ahead.mult(forward * step).addLocal(side.mult(right * step));
      float feet = built.groundHeight(location.x, location.z, location.y - EYE_HEIGHT);
      location.addLocal(obstacles(built).allowed(new Vector3f(location.x, feet, location.z), wanted));
      location.y = eyeHeight(location.y, built.groundHeight(location.x, location.z, feet) + EYE_HEIGHT, tpf);
    }
    world.place(new Pose(new Vec3(location.x, location.y, location.z), yaw, pitch));
    forward = 0;
    right = 0;
  }

  /**
   * The camera's height after a step: up at once when the ground rises (never under it), down
   * smoothly when the pupil starts walking from high up (a point of interest's view, the top
   * view): at most {@link #MAX_DESCENT} m/s, slowing to {@link #DESCENT} m/s near the end.
   */
  static float eyeHeight(float now, float eye, float tpf) {
    if (now <= eye) {
      return eye;
    }
    float speed = Math.max(DESCENT, Math.min(MAX_DESCENT, (now - eye) / DESCENT_TIME));
    // A long frame (a hitch in software GL) must not turn into a drop.
    return Math.max(eye, now - speed * Math.min(tpf, MAX_FRAME));
  }

  private Obstacles obstacles(BuiltScene built) {
    if (obstacles == null || obstaclesOf != built) {
      obstacles = new Obstacles(built.solids());
      obstaclesOf = built;
    }
    return obstacles;
  }

  /** Clicking a marker opens its point of interest. */
  private void hookMarkers(BuiltScene built) {
    markersHooked = true;
    for (PointOfInterest poi : built.scene().pointsOfInterest()) {
      MouseEventControl.addListenersToSpatial(built.marker(poi.id()), opener(poi.id()));
    }
  }

  /** Clicking a point's subject opens the point too, once the subject has arrived. */
  private void hookSubjects(BuiltScene built) {
    // In a planning scene a click on the ground or a building is for the plan.
    if (subjectsHooked.size() == built.scene().pointsOfInterest().size()
        || built.scene().kind() == fi.retki.scenes.SceneKind.PLANNING) {
      return;
    }
    for (PointOfInterest poi : built.scene().pointsOfInterest()) {
      if (poi.subject() == null) {
        subjectsHooked.add(poi.id());
      } else if (!subjectsHooked.contains(poi.id()) && built.subject(poi.id()) != null) {
        MouseEventControl.addListenersToSpatial(built.subject(poi.id()), opener(poi.id()));
        subjectsHooked.add(poi.id());
      }
    }
  }

  /**
   * Opens the point on a left click. Other buttons pass through: Lemur consumes what its listeners
   * take, and a right-button drag that starts on a big subject (a tree filling the view) must
   * still turn the view.
   */
  private DefaultMouseListener opener(String poiId) {
    return new DefaultMouseListener() {
      @Override
      public void mouseButtonEvent(MouseButtonEvent event, Spatial target, Spatial capture) {
        if (event.getButtonIndex() == 0) {
          super.mouseButtonEvent(event, target, capture);
        }
      }

      @Override
      protected void click(MouseButtonEvent event, Spatial target, Spatial capture) {
        pois.open(poiId);
      }
    };
  }

  @Override
  protected void cleanup(Application app) {
    inputs.removeAnalogListener(this, ClientFunctions.F_MOVE, ClientFunctions.F_STRAFE,
        ClientFunctions.F_LOOK_X, ClientFunctions.F_LOOK_Y);
  }
}
