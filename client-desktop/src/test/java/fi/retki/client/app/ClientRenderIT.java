package fi.retki.client.app;

import org.awaitility.Awaitility;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.jme3.font.BitmapText;
import com.jme3.math.Vector3f;
import com.jme3.scene.Spatial;
import com.jme3.scene.SceneGraphVisitor;
import fi.retki.client.app.state.BannerState;
import fi.retki.client.app.state.DaycareState;
import fi.retki.client.app.state.ExploreState;
import fi.retki.client.app.state.GuidedState;
import fi.retki.client.app.state.HudState;
import fi.retki.client.app.state.JoinState;
import fi.retki.client.app.state.PlanState;
import fi.retki.client.app.state.PoiState;
import fi.retki.client.app.state.WorldState;
import fi.retki.client.live.LinkDrops;
import fi.retki.client.live.LiveLink;
import fi.retki.client.live.LocalSession;
import fi.retki.scenes.Pose;
import fi.retki.scenes.live.Command;
import fi.retki.scenes.wire.Reply;
import java.awt.image.BufferedImage;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The client in a real window (Xvfb + Mesa) against a real server on a loopback port: joining,
 * loading at the low tier, following the teacher, planning with a classmate, daycare.
 * Screenshots are kept in {@code target/screenshots/}.
 */
class ClientRenderIT extends WithLesson {
  private ClientHarness pupil(String code, String nickname, String... more) throws Exception {
    List<String> args = new ArrayList<>(List.of("--server", lesson.base(), "--code", code, "--nickname", nickname,
        "--tier", "low", "--language", "en"));
    args.addAll(List.of(more));
    return ClientHarness.client(data.resolve("cache-" + nickname), new Timings(System.nanoTime()),
        args.toArray(new String[0]));
  }

  @Test
  void joinsRainforestAtLowTier_showsSkyAboveGround() throws Exception {
    JsonNode session = lesson.start("rainforest");
    try (ClientHarness client = pupil(session.path("code").asText(), "Aino")) {
      client.awaitLessonReady();
      BufferedImage frame = client.grab();
      ClientHarness.save(frame, "rainforest-low-joined");
      FrameCheck check = FrameCheck.of(frame);
      assertThat(check.distinctColours()).as("distinct colours").isGreaterThan(200);
      assertThat(check.upperDiffersFromLower()).as("sky above, ground below: %s / %s",
          java.util.Arrays.toString(check.upper()), java.util.Arrays.toString(check.lower())).isTrue();

      HudState hud = client.state(HudState.class);
      client.call(hud::snapshot).get(20, TimeUnit.SECONDS);
      client.call(() -> hud.saveNote("The kapok tree is taller than our school.")).get(20, TimeUnit.SECONDS);
      JsonNode work = lesson.work(session.path("id").asText());
      assertThat(work.path("notes").toString()).contains("The kapok tree is taller than our school.");
      assertThat(work.path("snapshots").size()).as("snapshots in the saved work").isEqualTo(1);
    }
  }

  @Test
  void goTo_fliesTheCameraToThePointAndOpensIt_pauseLocksInput() throws Exception {
    JsonNode session = lesson.start("rainforest");
    try (ClientHarness client = pupil(session.path("code").asText(), "Eino");
        Lesson.Console teacher = lesson.watch(session.path("id").asText())) {
      client.awaitLessonReady();
      BufferedImage before = client.grab();
      teacher.command("go-to", "\"poi\":\"canopy\"");
      client.awaitTrue(() -> {
        GuidedState guided = client.app.getStateManager().getState(GuidedState.class);
        return "canopy".equals(guided.focus()) && !guided.flying();
      }, 30);
      Pose view = client.call(() -> client.app.getStateManager().getState(WorldState.class).viewOf("canopy"));
      Vector3f at = client.call(() -> client.app.getCamera().getLocation().clone());
      assertThat(at.distance(new Vector3f((float) view.position().x(), (float) view.position().y(),
          (float) view.position().z()))).as("camera at the canopy's view").isLessThan(0.5f);
      assertThat(client.call(() -> client.app.getStateManager().getState(PoiState.class).openId())).isEqualTo("canopy");
      BufferedImage after = client.grab();
      ClientHarness.save(after, "rainforest-went-to-canopy");
      assertThat(FrameCheck.changed(before, after)).as("share of pixels changed").isGreaterThan(0.2);
      assertThat(client.call(() -> client.app.getStateManager().getState(ExploreState.class).locked())).isTrue();

      teacher.command("pause", "");
      client.awaitTrue(() -> client.app.getStateManager().getState(GuidedState.class).pausedSignShown(), 10);
      ClientHarness.save(client.grab(), "rainforest-paused");
      teacher.command("resume", "");
      teacher.command("release", "");
      client.awaitTrue(() -> !client.app.getStateManager().getState(ExploreState.class).locked(), 10);
    }
  }

  @Test
  void schoolYard_anObjectPlacedByAClassmateAppears_andOneWePlaceReachesThem() throws Exception {
    JsonNode session = lesson.start("school-yard");
    String code = session.path("code").asText();
    CompletableFuture<Reply.Welcome> welcomed = new CompletableFuture<>();
    LocalSession classmateCopy = new LocalSession();
    try (ClientHarness client = pupil(code, "Linnea");
        LiveLink classmate = new LiveLink(URI.create(lesson.base()), new LiveLink.Listener() {
          @Override
          public synchronized void welcome(Reply.Welcome welcome) {
            classmateCopy.welcome(welcome);
            welcomed.complete(welcome);
          }

          @Override
          public synchronized void event(Reply.Happened event) {
            classmateCopy.apply(event);
          }

          @Override
          public void connection(LiveLink.ConnectionState state) {}

          @Override
          public void refused(String c, String message) {
            welcomed.completeExceptionally(new IllegalStateException(c + ": " + message));
          }
        })) {
      client.awaitLessonReady();
      PlanState plan = client.awaitState(PlanState.class, 30);
      client.run(plan::toggleTopView);
      BufferedImage before = client.grab();
      classmate.join(code, "Ville");
      welcomed.get(10, TimeUnit.SECONDS);
      classmate.send(new Command.PlaceObject("slide-by-ville", "slide", 0, 5, 0)).get(10, TimeUnit.SECONDS);
      client.awaitTrue(() -> plan.shown().contains("slide-by-ville"), 10);
      BufferedImage after = client.grab();
      ClientHarness.save(after, "school-yard-classmate-placed");
      assertThat(FrameCheck.changed(before, after)).as("share of pixels changed (a slide seen from 30 m up)").isGreaterThan(0.0001);

      client.call(() -> plan.place("bench", -10, 10, 90)).get(10, TimeUnit.SECONDS);
      Awaitility.await("the classmate's copy has our bench").atMost(10, TimeUnit.SECONDS).until(() -> {
        synchronized (classmate) {
          return classmateCopy.ready() && classmateCopy.objects().values().stream()
              .anyMatch(o -> o.kind().equals("bench"));
        }
      });

      client.run(plan::undo);
      client.awaitTrue(() -> plan.shown().size() == 1, 10);
      assertThat(plan.shown()).containsExactly("slide-by-ville");
    }
  }

  @Test
  void droppedConnection_showsACalmBanner_reconnects_andLosesNothing() throws Exception {
    JsonNode session = lesson.start("rainforest");
    try (ClientHarness client = pupil(session.path("code").asText(), "Saga")) {
      client.awaitLessonReady();
      BannerState banner = client.state(BannerState.class);
      HudState hud = client.state(HudState.class);
      ClassConnection connection = client.app.flow().connection();
      LinkDrops.drop(connection.link());
      client.awaitTrue(banner::shown, 10);
      ClientHarness.save(client.grab(), "rainforest-reconnecting");
      CompletableFuture<Void> note = client.call(() -> hud.saveNote("written while offline"));
      client.awaitTrue(() -> !banner.shown(), 20);
      note.get(20, TimeUnit.SECONDS);
      assertThat(lesson.work(session.path("id").asText()).path("notes").toString()).contains("written while offline");
    }
  }

  @Test
  void wrongCode_saysSoOnTheJoinScreen() throws Exception {
    try (ClientHarness client = pupil("ZZZZZZ", "Oona")) {
      JoinState join = client.awaitState(JoinState.class, 30);
      client.awaitTrue(() -> join.message().contains("not known"), 20);
      ClientHarness.save(client.grab(), "join-wrong-code");
    }
  }

  @Test
  void daycare_startsATextlessTour_andEndsCalmly() throws Exception {
    try (ClientHarness client = ClientHarness.client(data.resolve("cache-daycare"), new Timings(System.nanoTime()),
        "--server", lesson.base(), "--daycare", "rainforest", "--tier", "low", "--windowed", "--language", "fi")) {
      DaycareState daycare = client.awaitState(DaycareState.class, 60);
      client.awaitTrue(() -> daycare.stop() >= 0, 10);
      client.run(() -> daycare.skip(3.5)); // past the fade in
      client.awaitFrames(3);
      assertThat(client.call(() -> texts(client.app.getGuiNode()))).as("words on screen").isEmpty();
      PoiState pois = client.state(PoiState.class);
      client.run(() -> daycare.skip(10)); // past the first flight
      client.awaitTrue(() -> pois.openId() != null, 10);
      assertThat(client.call(() -> texts(client.app.getGuiNode()))).as("words at a point").isEmpty();
      BufferedImage frame = client.grab();
      ClientHarness.save(frame, "daycare-tour");
      assertThat(FrameCheck.of(frame).distinctColours()).isGreaterThan(100);
      client.run(() -> daycare.skip(daycare.tour().timerSeconds()));
      client.awaitTrue(daycare::over, 10);
      client.run(() -> daycare.skip(5.5)); // through the fade to evening
      client.awaitFrames(3);
      ClientHarness.save(client.grab(), "daycare-ended");
      assertThat(client.call(() -> texts(client.app.getGuiNode()))).isEmpty();
    }
  }

  /** Every non-blank text in a GUI tree. */
  static List<String> texts(Spatial root) {
    List<String> texts = new ArrayList<>();
    root.depthFirstTraversal((SceneGraphVisitor) spatial -> {
      if (spatial instanceof BitmapText text && !text.getText().isBlank()) {
        texts.add(text.getText());
      }
    });
    return texts;
  }
}
