package fi.retki.client.app.state;

import com.jme3.app.Application;
import com.jme3.app.SimpleApplication;
import com.jme3.app.state.BaseAppState;
import com.jme3.math.ColorRGBA;
import com.jme3.math.Vector3f;
import com.jme3.scene.Node;
import com.simsilica.lemur.Container;
import com.simsilica.lemur.Insets3f;
import com.simsilica.lemur.Label;
import com.simsilica.lemur.component.QuadBackgroundComponent;
import fi.retki.client.app.ClassConnection;
import fi.retki.client.app.motion.Flight;
import fi.retki.client.app.ui.Ui;
import fi.retki.client.app.ui.Widgets;
import fi.retki.client.live.LocalSession;
import fi.retki.scenes.Language;
import fi.retki.scenes.Pose;

/**
 * Following the teacher: {@code went-to} flies the camera smoothly to the point of interest and
 * opens it, {@code paused} locks input under an "eyes on the teacher" sign, {@code released} gives
 * movement back. Listens to the session copy; moves the camera through {@link WorldState}.
 */
public final class GuidedState extends BaseAppState implements LocalSession.Changes {
  /** Metres per second of a guided flight: brisk enough for a lesson, slow enough to follow. */
  static final double FLIGHT_SPEED = 12;

  private final ClassConnection connection;
  private final Language language;
  private final float uiScale;
  private SimpleApplication app;
  private WorldState world;
  private PoiState pois;
  private Flight flight;
  private String flyingTo;
  private String focus;
  private boolean paused;
  private Node pausedSign;

  public GuidedState(ClassConnection connection, Language language, float uiScale) {
    this.connection = connection;
    this.language = language;
    this.uiScale = uiScale;
  }

  @Override
  protected void initialize(Application application) {
    app = (SimpleApplication) application;
    world = getState(WorldState.class);
    pois = getState(PoiState.class);
    connection.listen(this);
    LocalSession session = connection.session();
    if (session.ready()) {
      paused(session.paused());
      guided(session.focus());
    }
  }

  /** The point of interest the camera is at or flying to, by the teacher's word; or {@code null}. */
  public String focus() {
    return focus;
  }

  /** True while a flight is under way. */
  public boolean flying() {
    return flight != null;
  }

  @Override
  public void guided(String poiOrNull) {
    focus = poiOrNull;
    if (poiOrNull == null) {
      flight = null;
      flyingTo = null;
    } else if (world.built() != null) {
      Pose to = world.viewOf(poiOrNull);
      if (to != null) {
        flight = Flight.gentle(world.pose(), to, FLIGHT_SPEED, 1.5);
        flyingTo = poiOrNull;
        pois.close();
      }
    }
    applyLock();
  }

  @Override
  public void paused(boolean nowPaused) {
    paused = nowPaused;
    if (paused && pausedSign == null) {
      showPausedSign();
    } else if (!paused && pausedSign != null) {
      pausedSign.removeFromParent();
      pausedSign = null;
    }
    applyLock();
  }

  /**
   * "Eyes on the teacher": the whole view dimmed to a quarter of its light, and the words large,
   * in warm white on a dark plate in the middle, so the class sees at a glance that it is paused.
   */
  private void showPausedSign() {
    float width = app.getCamera().getWidth();
    float height = app.getCamera().getHeight();
    pausedSign = new Node("eyes on the teacher");
    Container dim = new Container();
    dim.setBackground(new QuadBackgroundComponent(new ColorRGBA(0f, 0f, 0f, 0.75f)));
    dim.setPreferredSize(new Vector3f(width, height, 0));
    dim.setLocalTranslation(0, height, 20); // above every panel
    pausedSign.attachChild(dim);
    Container plate = Widgets.plate();
    Label label = plate.addChild(Widgets.label(Ui.EYES_ON_TEACHER.in(language), 64));
    label.setColor(new ColorRGBA(1f, 0.96f, 0.82f, 1f));
    label.setInsets(new Insets3f(30, 60, 30, 60));
    Widgets.centre(plate, app.getCamera(), uiScale, 0.5f);
    Widgets.keepInside(plate, app.getCamera());
    plate.move(0, 0, 12);
    pausedSign.attachChild(plate);
    app.getGuiNode().attachChild(pausedSign);
  }

  /** The dimmed layer and the message while "eyes on the teacher" is up (for the tests), or {@code null}. */
  public Node pausedSign() {
    return pausedSign;
  }

  /** True while the "eyes on the teacher" sign is up. */
  public boolean pausedSignShown() {
    return pausedSign != null;
  }

  private void applyLock() {
    ExploreState explore = getState(ExploreState.class);
    if (explore != null) {
      explore.lock(ExploreState.Lock.TEACHER, paused || focus != null);
    }
  }

  @Override
  public void update(float tpf) {
    if (flight == null) {
      return;
    }
    world.place(flight.advance(tpf));
    if (flight.done()) {
      flight = null;
      pois.open(flyingTo);
    }
  }

  @Override
  protected void cleanup(Application application) {
    connection.unlisten(this);
    if (pausedSign != null) {
      pausedSign.removeFromParent();
    }
  }

  @Override
  protected void onEnable() {}

  @Override
  protected void onDisable() {}
}
