package fi.retki.client.app.state;

import com.jme3.app.Application;
import com.jme3.app.SimpleApplication;
import com.jme3.app.state.BaseAppState;
import com.jme3.material.Material;
import com.jme3.material.RenderState;
import com.jme3.math.ColorRGBA;
import com.jme3.renderer.Camera;
import com.jme3.renderer.queue.RenderQueue;
import com.jme3.scene.Geometry;
import com.jme3.scene.Node;
import com.jme3.scene.shape.Quad;
import fi.retki.client.app.motion.Flight;
import fi.retki.client.app.motion.Tour;
import fi.retki.scenes.Language;
import fi.retki.scenes.PointOfInterest;
import fi.retki.scenes.Pose;
import fi.retki.scenes.Preset;
import fi.retki.scenes.Scene;
import fi.retki.scenes.TourStop;
import java.util.ArrayList;
import java.util.List;

/**
 * The daycare kiosk: no free movement and nothing to read. A slow camera tour over the points of
 * interest (the scene's {@code daycare} preset, or every point for 30 s), each narrated in the
 * chosen language, a fade in at the start, a thin shrinking line as the only timer, and a calm
 * fade to evening blue when the time is up. An adult leaves with Ctrl+Alt+Q held for 2 s
 * ({@link AdultExitState}, there from the daycare's start).
 */
public final class DaycareState extends BaseAppState {
  static final double FLIGHT_SECONDS = 9;
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
      Pose to = world.viewOf(tour.stops().get(stop).poi());
      flight = to == null ? null : new Flight(world.pose(), to, FLIGHT_SECONDS);
    }
    if (flight != null) {
      world.place(flight.advance(tpf));
      if (flight.done()) {
        flight = null;
      }
    }
    if (!now.flying() && !arrived) {
      arrived = true;
      pois.open(tour.stops().get(stop).poi());
    }
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
