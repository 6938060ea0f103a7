package fi.retki.client.app;

import com.jme3.app.state.AppState;
import com.jme3.app.state.AppStateManager;
import fi.retki.client.app.state.AdultExitState;
import fi.retki.client.app.state.BannerState;
import fi.retki.client.app.ui.Ui;
import fi.retki.client.app.state.DaycareState;
import fi.retki.client.app.state.ExploreState;
import fi.retki.client.app.state.GuidedState;
import fi.retki.client.app.state.HudState;
import fi.retki.client.app.state.JoinState;
import fi.retki.client.app.state.LobbyState;
import fi.retki.client.app.state.PictureJoinState;
import fi.retki.client.app.state.PlanState;
import fi.retki.client.app.state.PoiState;
import fi.retki.client.live.LocalSession;
import fi.retki.client.load.LoadedScene;
import fi.retki.scenes.Language;
import fi.retki.scenes.Preset;
import fi.retki.scenes.Scene;
import fi.retki.scenes.SceneKind;
import fi.retki.scenes.wire.Reply;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Which states run when: join → lobby → explore (+ guided, HUD; + plan in a planning scene), or
 * straight to daycare. Render thread only.
 */
public final class ClientFlow {
  private static final Logger LOG = Logger.getLogger(ClientFlow.class.getName());

  private final RetkiApp app;
  private final Services services;
  private final ClientOptions options;
  private final Timings timings;
  private ClientSettings settings;
  private ClassConnection connection;
  private boolean inLesson;

  public ClientFlow(RetkiApp app, Services services, ClientOptions options, Timings timings) {
    this.app = app;
    this.services = services;
    this.options = options;
    this.timings = timings;
    this.settings = services.settings();
  }

  private AppStateManager states() {
    return app.getStateManager();
  }

  private Language uiLanguage() {
    return settings.lang();
  }

  private float scale() {
    return (float) settings.uiScale();
  }

  /** Starts the first state: daycare, or the join screen (joining at once if code and nickname were given). */
  public void start() {
    if (options.daycare() != null) {
      startDaycare(options.daycare());
      return;
    }
    JoinState join = new JoinState(uiLanguage(), scale(), settings.server(), options.code(), options.nickname(), this::join);
    join.offerPictures(() -> showPictureJoin(join), services.workers());
    states().attach(join);
    if (options.code() != null && options.nickname() != null) {
      join.submitWhenReady();
    }
  }

  public ClassConnection connection() {
    return connection;
  }

  /** Joins a class: remembers the server, connects, and waits for the welcome. */
  public void join(String server, String code, String nickname) {
    URI uri;
    try {
      uri = URI.create(server);
      services.useServer(uri);
    } catch (IllegalArgumentException | IOException e) {
      joinMessage(Ui.BAD_SERVER);
      return;
    }
    rememberServer(server);
    if (connection != null) {
      connection.close();
    }
    connection = new ClassConnection(app, uri, this::welcomed, this::refused);
    connection.join(code, nickname);
    LastNickname.save(LastNickname.file(services.settingsFile()), nickname);
  }

  // ---- picture join

  /** The picture-join screen in place of the join screen, until the pupil goes back or is in. */
  private void showPictureJoin(JoinState join) {
    String nickname = options.nickname() != null ? options.nickname()
        : LastNickname.load(LastNickname.file(services.settingsFile()));
    join.setEnabled(false);
    states().attach(new PictureJoinState(uiLanguage(), scale(), nickname, services.workers(), this::joinByPictures,
        () -> {
          states().detach(states().getState(PictureJoinState.class));
          join.setEnabled(true);
        }));
  }

  /** Joins a class by its picture code, on the server the join screen has. */
  public void joinByPictures(List<String> pictures, String nickname) {
    URI uri;
    try {
      uri = URI.create(settings.server());
      services.useServer(uri);
    } catch (IllegalArgumentException | IOException e) {
      joinMessage(Ui.BAD_SERVER);
      return;
    }
    if (connection != null) {
      connection.close();
    }
    connection = new ClassConnection(app, uri, this::welcomed, this::refused);
    connection.joinByPictures(pictures, nickname);
    LastNickname.save(LastNickname.file(services.settingsFile()), nickname);
  }

  private void rememberServer(String server) {
    settings = settings.withServer(server);
    if (services.settingsFile() != null) {
      try {
        settings.save(services.settingsFile());
      } catch (IOException e) {
        LOG.log(Level.FINE, "cannot remember the settings: " + e.getMessage());
      }
    }
  }

  private void joinMessage(fi.retki.client.app.ui.Ui message) {
    JoinState join = states().getState(JoinState.class);
    if (join != null) {
      join.show(message);
    }
    PictureJoinState pictures = states().getState(PictureJoinState.class);
    if (pictures != null) {
      pictures.show(message);
    }
  }

  private void welcomed(Reply.Welcome welcome) {
    if (inLesson) {
      return; // a welcome after a reconnect: the session copy has caught up, nothing else changes
    }
    inLesson = true;
    JoinState join = states().getState(JoinState.class);
    if (join != null) {
      states().detach(join);
    }
    PictureJoinState pictures = states().getState(PictureJoinState.class);
    if (pictures != null) {
      states().detach(pictures);
    }
    LocalSession session = connection.session();
    states().attach(new BannerState(connection, uiLanguage(), scale()));
    states().attach(new PoiState(session.language(), scale()));
    LobbyState lobby = new LobbyState(services, session.sceneId(), settings.tier(), uiLanguage(), scale(), false,
        fraction -> connection.link().progress(fraction), this::lessonStates, timings);
    states().attach(lobby);
  }

  private AppState[] lessonStates(LoadedScene loaded) {
    Scene scene = loaded.scene();
    LocalSession session = connection.session();
    Preset preset = scene.preset(session.preset());
    double speed = preset == null ? 1.0 : preset.cameraSpeed();
    boolean planning = scene.kind() == SceneKind.PLANNING;
    List<AppState> play = new ArrayList<>();
    play.add(new ExploreState(speed));
    play.add(new GuidedState(connection, uiLanguage(), scale()));
    play.add(new HudState(connection, services, uiLanguage(), scale(), planning));
    if (planning) {
      play.add(new PlanState(connection, uiLanguage(), scale()));
    }
    return play.toArray(new AppState[0]);
  }

  private void refused(String code, String message) {
    Ui text = Ui.forRefusal(code);
    if (!inLesson) {
      joinMessage(text != null ? text : Ui.CANNOT_REACH);
      return;
    }
    LOG.info("the class session closed the link: " + code + " " + message);
    HudState hud = states().getState(HudState.class);
    if (hud != null) {
      hud.say(text != null ? text : Ui.SESSION_ENDED);
    }
  }

  /** Daycare: a narrated tour of a scene, no class session. */
  public void startDaycare(String sceneId) {
    try {
      services.useServer(URI.create(settings.server()));
    } catch (IllegalArgumentException | IOException e) {
      LOG.severe("daycare: the server address " + settings.server() + " does not work: " + e.getMessage());
      app.stop();
      return;
    }
    // The adult's way out, from the first frame: while loading, on the tour, after a failed start.
    states().attach(new AdultExitState());
    states().attach(new PoiState(uiLanguage(), scale()));
    states().attach(new LobbyState(services, sceneId, settings.tier(), uiLanguage(), scale(), true,
        fraction -> {}, loaded -> new AppState[] {new DaycareState(uiLanguage())}, timings));
  }
}
