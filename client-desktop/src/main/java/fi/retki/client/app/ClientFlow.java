package fi.retki.client.app;

import com.jme3.app.state.AppState;
import com.jme3.app.state.AppStateManager;
import com.simsilica.lemur.GuiGlobals;
import fi.retki.client.app.state.AdultExitState;
import fi.retki.client.app.state.BannerState;
import fi.retki.client.app.state.DaycareState;
import fi.retki.client.app.state.EndedState;
import fi.retki.client.app.state.ExploreState;
import fi.retki.client.app.state.GuidedState;
import fi.retki.client.app.state.HudState;
import fi.retki.client.app.state.JoinState;
import fi.retki.client.app.state.LobbyState;
import fi.retki.client.app.state.PictureJoinState;
import fi.retki.client.app.state.PlanState;
import fi.retki.client.app.state.PoiState;
import fi.retki.client.app.state.WorldState;
import fi.retki.client.app.ui.Ui;
import fi.retki.client.live.LocalSession;
import fi.retki.client.load.LoadedScene;
import fi.retki.scenes.Language;
import fi.retki.scenes.Preset;
import fi.retki.scenes.Scene;
import fi.retki.scenes.SceneKind;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Which states run when: join → lobby → explore (+ guided, HUD; + plan in a planning scene) →
 * ended → join again, or straight to daycare. Render thread only.
 */
public final class ClientFlow {
  /*
   * Languages: the client's own words are in the lesson's language from the welcome on, and in the
   * join language (the last choice remembered, else the computer's) on the join screen; a
   * --language flag puts every word in its language. The end of a lesson takes down every state it
   * started, closes the link for good and unloads the scene, so the next join starts as the first.
   */
  private static final Logger LOG = Logger.getLogger(ClientFlow.class.getName());

  private final RetkiApp app;
  private final Services services;
  private final ClientOptions options;
  private final Timings timings;
  private final List<AppState> lesson = new ArrayList<>();
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

  /** The language a {@code --language} flag asks for, or {@code null}. */
  private Language forced() {
    return Language.ofCode(options.language());
  }

  /** The join screen's language (and the daycare's, which shows almost no words). */
  private Language joinLanguage() {
    Language forced = forced();
    return forced != null ? forced : settings.joinLanguage(Locale.getDefault());
  }

  /** The language of the client's words in this lesson. */
  private Language lessonLanguage() {
    Language forced = forced();
    return forced != null ? forced : connection.session().language();
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
    JoinState join = joinScreen(options.code());
    if (options.code() != null && options.nickname() != null) {
      join.submitWhenReady();
    }
  }

  private JoinState joinScreen(String code) {
    JoinState join = new JoinState(joinLanguage(), scale(), settings.serverOrDefault(), !settings.serverSet(), code,
        options.nickname(), this::join);
    join.offerPictures(() -> showPictureJoin(join), services.workers());
    states().attach(join);
    return join;
  }

  public ClassConnection connection() {
    return connection;
  }

  /** True from the welcome until the lesson ends for this pupil. */
  public boolean inLesson() {
    return inLesson;
  }

  /** Joins a class: connects, and waits for the welcome (which remembers the server). */
  public void join(String server, String code, String nickname) {
    connect(server, nickname, connection -> connection.join(code, nickname));
  }

  /** Joins a class by its picture code, on the server the join screen has. */
  public void joinByPictures(String server, List<String> pictures, String nickname) {
    connect(server, nickname, connection -> connection.joinByPictures(pictures, nickname));
  }

  /** A new connection to {@code server} (the last one closed), on which {@code join} asks to come in. */
  private void connect(String server, String nickname, java.util.function.Consumer<ClassConnection> join) {
    URI uri;
    try {
      uri = URI.create(server);
      services.useServer(uri);
    } catch (IllegalArgumentException | IOException e) {
      joinMessage(Ui.BAD_SERVER);
      return;
    }
    if (connection != null) {
      connection.close();
    }
    connection = new ClassConnection(app, uri, welcome -> welcomed(server), this::refused);
    join.accept(connection);
    LastNickname.save(LastNickname.file(services.settingsFile()), nickname);
  }

  // ---- picture join

  /** The picture-join screen in place of the join screen, until the pupil goes back or is in. */
  private void showPictureJoin(JoinState join) {
    String nickname = options.nickname() != null ? options.nickname()
        : LastNickname.load(LastNickname.file(services.settingsFile()));
    join.setEnabled(false);
    String server = join.serverAddress();
    states().attach(new PictureJoinState(joinLanguage(), scale(), nickname, services.workers(),
        (pictures, name) -> joinByPictures(server, pictures, name),
        () -> {
          states().detach(states().getState(PictureJoinState.class));
          join.setEnabled(true);
        }));
  }

  private void rememberServer(String server) {
    if (server.equals(settings.server())) {
      return;
    }
    settings = settings.withServer(server);
    if (services.settingsFile() != null) {
      try {
        settings.save(services.settingsFile());
      } catch (IOException e) {
        LOG.log(Level.FINE, "cannot remember the settings: " + e.getMessage());
      }
    }
  }

  private void joinMessage(Ui message) {
    JoinState join = states().getState(JoinState.class);
    if (join != null) {
      join.show(message);
    }
    PictureJoinState pictures = states().getState(PictureJoinState.class);
    if (pictures != null) {
      pictures.show(message);
    }
  }

  private void welcomed(String server) {
    if (inLesson) {
      return; // a welcome after a reconnect: the session copy has caught up, nothing else changes
    }
    inLesson = true;
    rememberServer(server); // only an address that took the pupil into a class
    JoinState join = states().getState(JoinState.class);
    if (join != null) {
      states().detach(join);
    }
    PictureJoinState pictures = states().getState(PictureJoinState.class);
    if (pictures != null) {
      states().detach(pictures);
    }
    LocalSession session = connection.session();
    connection.listen(new LocalSession.Changes() {
      @Override
      public void ended() {
        endLesson(Ui.LESSON_ENDED, Ui.THANKS);
      }
    });
    Language language = lessonLanguage();
    attach(new BannerState(connection, language, scale()));
    attach(new PoiState(session.language(), scale()));
    attach(new LobbyState(services, session.sceneId(), settings.tier(), language, scale(), false,
        fraction -> connection.link().progress(fraction), this::lessonStates, timings));
  }

  private void attach(AppState state) {
    lesson.add(state);
    states().attach(state);
  }

  private AppState[] lessonStates(LoadedScene loaded) {
    Scene scene = loaded.scene();
    LocalSession session = connection.session();
    Preset preset = scene.preset(session.preset());
    double speed = preset == null ? 1.0 : preset.cameraSpeed();
    boolean planning = scene.kind() == SceneKind.PLANNING;
    Language language = lessonLanguage();
    List<AppState> play = new ArrayList<>();
    play.add(new ExploreState(speed));
    play.add(new GuidedState(connection, language, scale()));
    play.add(new HudState(connection, services, language, scale(), planning));
    if (planning) {
      play.add(new PlanState(connection, language, scale()));
    }
    lesson.addAll(play); // the lobby attaches them
    return play.toArray(new AppState[0]);
  }

  private void refused(String code, String message) {
    Ui text = Ui.forRefusal(code);
    if (!inLesson) {
      joinMessage(text != null ? text : Ui.CANNOT_REACH);
      return;
    }
    // In a lesson the link gives up only for good: the session has ended (or its place is gone),
    // or the pupil has joined again elsewhere.
    LOG.info("the class session closed the link: " + code + " " + message);
    if ("replaced".equals(code)) {
      endLesson(Ui.REPLACED, null);
    } else {
      endLesson(Ui.LESSON_ENDED, Ui.THANKS);
    }
  }

  /**
   * The lesson is over for this pupil: every lesson state goes, the link is closed for good, the
   * scene is unloaded, and the ended screen (in the lesson's language) offers the way back.
   */
  private void endLesson(Ui headline, Ui detail) {
    if (!inLesson) {
      return;
    }
    inLesson = false;
    Language language = lessonLanguage();
    connection.close();
    connection = null;
    lesson.forEach(states()::detach);
    lesson.clear();
    states().getState(WorldState.class).clear();
    GuiGlobals.getInstance().requestFocus(null);
    states().attach(new EndedState(language, scale(), headline, detail, this::backToJoin));
  }

  private void backToJoin() {
    EndedState ended = states().getState(EndedState.class);
    if (ended != null) {
      states().detach(ended);
    }
    joinScreen(null);
  }

  /** Daycare: a narrated tour of a scene, no class session. */
  public void startDaycare(String sceneId) {
    String server = settings.serverOrDefault();
    try {
      services.useServer(URI.create(server));
    } catch (IllegalArgumentException | IOException e) {
      LOG.severe("daycare: the server address " + server + " does not work: " + e.getMessage());
      app.stop();
      return;
    }
    // The adult's way out, from the first frame: while loading, on the tour, after a failed start.
    states().attach(new AdultExitState());
    states().attach(new PoiState(joinLanguage(), scale()));
    states().attach(new LobbyState(services, sceneId, settings.tier(), joinLanguage(), scale(), true,
        fraction -> {}, loaded -> new AppState[] {new DaycareState(joinLanguage())}, timings));
  }
}
