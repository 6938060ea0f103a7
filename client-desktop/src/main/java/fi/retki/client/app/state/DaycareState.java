package fi.retki.client.app.state;

import com.jme3.app.Application;
import com.jme3.app.SimpleApplication;
import com.jme3.app.state.BaseAppState;
import com.jme3.bounding.BoundingBox;
import com.jme3.material.Material;
import com.jme3.material.RenderState;
import com.jme3.math.ColorRGBA;
import com.jme3.math.Vector3f;
import com.jme3.renderer.Camera;
import com.jme3.renderer.queue.RenderQueue;
import com.jme3.scene.Geometry;
import com.jme3.scene.Node;
import com.jme3.scene.shape.Quad;
import fi.retki.client.app.motion.Flight;
import fi.retki.client.app.motion.Orbit;
import fi.retki.client.app.scene.BuiltScene;
import fi.retki.client.app.scene.Poses;
import fi.retki.client.app.motion.Tour;
import fi.retki.scenes.Language;
import fi.retki.scenes.PointOfInterest;
import fi.retki.scenes.Pose;
import fi.retki.scenes.Preset;
import fi.retki.scenes.Scene;
import fi.retki.scenes.TourStop;
import fi.retki.scenes.Vec3;
import java.util.ArrayList;
import java.util.List;

/**
 * The daycare kiosk: no free movement and nothing to read. A slow camera tour over the points of
 * interest (the scene's {@code daycare} preset, or every point for 30 s), each narrated in the
 * chosen language, a fade in at the start, a thin shrinking line as the only timer, and a calm
 * fade to evening blue when the time is up. An adult leaves with Ctrl+Alt+Q held for 2 s
 * ({@link AdultExitState}, there from the daycare's start).
 *
 * <p>At each stop the camera walks slowly round the point's subject ({@link Orbit}), keeping it in
 * the middle of the picture: up to {@link Orbit#MAX_SWING} degrees either side of the view, less on
 * a side where a tree or a hill would come between the eye and the subject (checked every
 * {@link #ORBIT_STEP} degrees when the stop begins). A point without a subject, or whose written
 * view already looks past something, sways gently on the spot instead.
 */
public final class DaycareState extends BaseAppState {
  static final double FLIGHT_SECONDS = 9;
  /** Degrees between the places checked for a clear sight of the subject. */
  static final double ORBIT_STEP = 5;
  /** Metres short of the eye that a hit does not count (the eye's own near plane). */
  static final float SIGHT_SLACK = 0.3f;
  static final ColorRGBA EVENING = new ColorRGBA(0.08f, 0.12f, 0.3f, 1f);

  private final Language language;
  private SimpleApplication app;
  private WorldState world;
  private PoiState pois;
  private Tour tour;
  private double time;
  private int stop = -1;
  private boolean arrived;
  private Flight flight;
  private Orbit orbit;
  private boolean over;
  private double overEnd;
  private final Node overlay = new Node("daycare-overlay");
  private Geometry fade;
  private Geometry timerLine;

  public DaycareState(Language language) {
    this.language = language;
  }

  @Override
  protected void initialize(Application application) {
    app = (SimpleApplication) application;
    world = getState(WorldState.class);
    pois = getState(PoiState.class);
    pois.setLanguage(language);
    pois.setTextless(true);
    Scene scene = world.built().scene();
    tour = tourOf(scene);
    Camera cam = app.getCamera();
    fade = quad("fade", cam.getWidth(), cam.getHeight(), new ColorRGBA(0, 0, 0, 1));
    timerLine = quad("timer", cam.getWidth(), 6, new ColorRGBA(1f, 0.85f, 0.4f, 0.7f));
    overlay.attachChild(timerLine);
    overlay.attachChild(fade);
    app.getInputManager().setCursorVisible(false);
  }

  /** The scene's daycare tour, or every point of interest for 30 s over 10 minutes. */
  static Tour tourOf(Scene scene) {
    Preset preset = scene.preset("daycare");
    if (preset != null && !preset.tour().isEmpty()) {
      return new Tour(preset.tour(), FLIGHT_SECONDS, preset.timerMinutes() * 60.0);
    }
    List<TourStop> stops = new ArrayList<>();
    for (PointOfInterest poi : scene.pointsOfInterest()) {
      stops.add(new TourStop(poi.id(), 30));
    }
    return new Tour(stops, FLIGHT_SECONDS, 600);
  }

  private Geometry quad(String name, float width, float height, ColorRGBA color) {
    Geometry geometry = new Geometry(name, new Quad(width, height));
    Material material = new Material(app.getAssetManager(), "Common/MatDefs/Misc/Unshaded.j3md");
    material.setColor("Color", color.clone());
    material.getAdditionalRenderState().setBlendMode(RenderState.BlendMode.Alpha);
    geometry.setMaterial(material);
    geometry.setQueueBucket(RenderQueue.Bucket.Gui);
    return geometry;
  }

  public Tour tour() {
    return tour;
  }

  /** The tour's stop now (index), -1 before the first. */
  public int stop() {
    return stop;
  }

  public boolean over() {
    return over;
  }

  /** The present stop's swing around its subject, or {@code null} before the first stop. */
  public Orbit orbit() {
    return orbit;
  }

  /** Seconds of the tour gone by. */
  public double elapsed() {
    return time;
  }

  /** Moves the tour on by {@code seconds} at once (tests: to reach the end without waiting). */
  public void skip(double seconds) {
    time += seconds;
  }

  @Override
  protected void onEnable() {
    app.getGuiNode().attachChild(overlay);
  }

  @Override
  protected void onDisable() {
    overlay.removeFromParent();
  }

  @Override
  public void update(float tpf) {
    time += tpf;
    Tour.Moment now = tour.at(time);
    timerLine.setLocalScale((float) (1 - tour.timerFraction(time)), 1, 1);
    float fadeAlpha = (float) Math.max(0, 1 - time / 3);
    if (now.over()) {
      if (!over) {
        over = true;
        pois.close();
        flight = null;
        overEnd = time;
      }
      float t = (float) Math.min(1, (time - overEnd) / 5);
      color(fade, EVENING.r, EVENING.g, EVENING.b, 0.85f * t);
      return;
    }
    color(fade, 0, 0, 0, fadeAlpha);
    if (now.stop() != stop) {
      stop = now.stop();
      arrived = false;
      pois.close();
      TourStop at = tour.stops().get(stop);
      Pose view = world.viewOf(at.poi());
      orbit = view == null ? null : orbitOf(world.built(), at.poi(), view, at.seconds());
      flight = orbit == null ? null : new Flight(world.pose(), orbit.at(0, this::groundHeight), FLIGHT_SECONDS);
    }
    if (now.flying()) {
      if (flight != null) {
        world.place(flight.advance(tpf));
      }
      return;
    }
    flight = null;
    if (orbit != null) {
      world.place(orbit.at(now.stopFraction(), this::groundHeight));
    }
    if (!arrived) {
      arrived = true;
      pois.open(tour.stops().get(stop).poi());
    }
  }

  private double groundHeight(double x, double z) {
    return world.built().groundHeight((float) x, (float) z, -Float.MAX_VALUE);
  }

  /**
   * The swing for a stop of {@code seconds} at a point's view: as wide on each side as the subject
   * stays in clear sight; a sway on the spot without a subject or a clear sight at the view itself.
   */
  static Orbit orbitOf(BuiltScene built, String poiId, Pose view, double seconds) {
    BoundingBox bound = built.subjectBound(poiId);
    if (bound == null) {
      return Orbit.sway(view, seconds);
    }
    Vector3f c = bound.getCenter();
    Vec3 centre = new Vec3(c.x, c.y, c.z);
    Vec3 target = Orbit.target(view, centre);
    if (!clearAt(built, poiId, view, target, 0)) {
      return Orbit.sway(view, seconds);
    }
    return Orbit.around(view, centre, -reach(built, poiId, view, target, -1), reach(built, poiId, view, target, 1),
        seconds);
  }

  /** How far round (degrees, up to {@link Orbit#MAX_SWING}) the subject stays in clear sight going {@code sign}. */
  private static double reach(BuiltScene built, String poiId, Pose view, Vec3 target, int sign) {
    for (double degrees = ORBIT_STEP; degrees <= Orbit.MAX_SWING; degrees += ORBIT_STEP) {
      if (!clearAt(built, poiId, view, target, sign * degrees)) {
        return degrees - ORBIT_STEP;
      }
    }
    return Orbit.MAX_SWING;
  }

  private static boolean clearAt(BuiltScene built, String poiId, Pose view, Vec3 target, double degrees) {
    Vec3 eye = Orbit.eyeAt(view, target, degrees);
    float floor = built.groundHeight((float) eye.x(), (float) eye.z(), -Float.MAX_VALUE) + (float) Orbit.CLEARANCE;
    Vector3f from = Poses.vector(target);
    Vector3f to = new Vector3f((float) eye.x(), Math.max((float) eye.y(), floor), (float) eye.z());
    return built.clearSight(from, to, poiId, SIGHT_SLACK);
  }

  private static void color(Geometry geometry, float r, float g, float b, float a) {
    geometry.getMaterial().setColor("Color", new ColorRGBA(r, g, b, a));
  }

  @Override
  protected void cleanup(Application application) {
    overlay.removeFromParent();
    app.getInputManager().setCursorVisible(true);
  }
}
