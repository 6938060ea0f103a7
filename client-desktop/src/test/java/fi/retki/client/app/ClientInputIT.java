package fi.retki.client.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.jme3.math.Vector3f;
import com.jme3.renderer.Camera;
import com.simsilica.lemur.GuiGlobals;
import com.simsilica.lemur.TextField;
import fi.retki.client.app.scene.Poses;
import fi.retki.client.app.state.DaycareState;
import fi.retki.client.app.state.ExploreState;
import fi.retki.client.app.state.GuidedState;
import fi.retki.client.app.state.HudState;
import fi.retki.client.app.state.PlanState;
import fi.retki.client.app.state.PoiState;
import fi.retki.client.app.state.WorldState;
import fi.retki.scenes.PointOfInterest;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * The client used as a pupil or an adult uses it, in its window against a real server. Keys and
 * the mouse go into the X server through xdotool ({@link XInput}), so they take the whole way a
 * person's do: GLFW, jME's input manager, Lemur's InputMapper and pick state, {@code KeyTapState},
 * the states' listeners ({@link ClientFunctions}). What they did is read back from the camera, the
 * states and the session's saved work as the teacher sees it. Key taps are quick on purpose
 * (about 30 ms, often less than a frame under Mesa).
 */
class ClientInputIT extends WithLesson {
  /** The flat (x, z) part of a vector, made unit length. */
  private static Vector3f flat(Vector3f v) {
    return new Vector3f(v.x, 0, v.z).normalizeLocal();
  }

  /** Holds keys, then waits a few frames so that the camera has taken the last of it. */
  private static Vector3f walk(Pupil pupil, long millis, String... keys) throws Exception {
    Vector3f before = pupil.location();
    pupil.input().hold(millis, keys);
    pupil.client().awaitFrames(3);
    return pupil.location().subtract(before);
  }

  @Test
  void explore_heldKeysWalkAlongTheGround_rightDragTurnsTheView() throws Exception {
    try (Pupil pupil = Pupil.join(lesson, data, lesson.start("rainforest"), "Aino")) {
      Vector3f ahead = flat(pupil.direction());
      Vector3f right = ahead.cross(Vector3f.UNIT_Y).normalizeLocal();

      Vector3f step = walk(pupil, 1000, "w");
      assertThat(step.dot(ahead)).as("metres forward after W held 1 s (3.5 m/s)").isBetween(2.5f, 5f);
      assertThat(step.dot(right)).as("metres sideways after W").isCloseTo(0f, within(0.1f));
      assertThat(pupil.heightAboveGround()).as("eye height above the ground").isCloseTo(1.6f, within(0.05f));

      step = walk(pupil, 500, "Up");
      assertThat(step.dot(ahead)).as("metres forward after Up held 0.5 s").isBetween(1f, 3f);
      step = walk(pupil, 500, "Down");
      assertThat(step.dot(ahead)).as("metres forward after Down held 0.5 s").isBetween(-3f, -1f);
      step = walk(pupil, 500, "Left");
      assertThat(step.dot(right)).as("metres to the right after Left held 0.5 s").isBetween(-3f, -1f);
      assertThat(step.dot(ahead)).as("metres forward after Left").isCloseTo(0f, within(0.1f));
      step = walk(pupil, 500, "d");
      assertThat(step.dot(right)).as("metres to the right after D held 0.5 s").isBetween(1f, 3f);
      assertThat(pupil.heightAboveGround()).as("eye height after walking about").isCloseTo(1.6f, within(0.05f));

      XInput input = pupil.input();
      int cx = input.width() / 2;
      int cy = input.height() / 2;
      Vector3f before = pupil.direction();
      pupil.drag(3, new int[] {cx, cy}, new int[] {cx + 300, cy});
      pupil.client().awaitFrames(3);
      Vector3f after = pupil.direction();
      float turned = Poses.yawOf(before) - Poses.yawOf(after);
      assertThat(turned).as("degrees turned right by a right-button drag of 300 px to the right").isBetween(15f, 60f);
      assertThat(Poses.pitchOf(after)).as("pitch after a sideways drag").isCloseTo(Poses.pitchOf(before), within(1f));

      pupil.drag(3, new int[] {cx, cy}, new int[] {cx, cy - 100});
      pupil.client().awaitFrames(3);
      assertThat(Poses.pitchOf(pupil.direction()) - Poses.pitchOf(after))
          .as("degrees looked up by a right-button drag of 100 px upwards").isBetween(4f, 20f);

      before = pupil.direction();
      pupil.drag(1, new int[] {cx, cy}, new int[] {cx - 300, cy});
      pupil.client().awaitFrames(3);
      assertThat(pupil.direction().distance(before)).as("change of view after a left-button drag").isLessThan(0.001f);
    }
  }

  @Test
  void clickingAMarker_opensItsPoint_escClosesIt_f2SavesASnapshot() throws Exception {
    JsonNode session = lesson.start("rainforest");
    try (Pupil pupil = Pupil.join(lesson, data, session, "Eino")) {
      ClientHarness client = pupil.client();
      PoiState pois = client.state(PoiState.class);
      String poi = nearestMarkerInView(pupil);
      int[] at = pupil.onScreen(client.call(() -> client.app.getStateManager().getState(WorldState.class)
          .built().marker(poi).getWorldBound().getCenter().clone()));
      pupil.click(1, at);
      client.awaitTrue(() -> poi.equals(pois.openId()), 5);
      ClientHarness.save(client.grab(), "input-marker-clicked");

      pupil.input().key("Escape");
      client.awaitTrue(() -> pois.openId() == null, 5);
      assertThat(client.call(() -> client.app.getContext().isCreated())).as("the app still runs after Esc").isTrue();

      pupil.input().key("F2");
      String id = session.path("id").asText();
      JsonNode work = lesson.awaitWork(id, w -> w.path("snapshots").size() == 1);
      assertThat(work.path("snapshots").size()).as("snapshots in the saved work after F2 (on screen: %s)",
          client.call(() -> ClientRenderIT.texts(client.app.getGuiNode()))).isEqualTo(1);
      assertThat(client.call(() -> client.app.getStateManager().getState(HudState.class).snapshotsSaved())).isEqualTo(1);
    }
  }

  @Test
  void paused_keysAndMouseDoNotMoveTheCamera_notEvenAfterTheTopView() throws Exception {
    JsonNode session = lesson.start("school-yard");
    try (Pupil pupil = Pupil.join(lesson, data, session, "Saga");
        Lesson.Console teacher = lesson.watch(session.path("id").asText())) {
      ClientHarness client = pupil.client();
      teacher.command("pause", "");
      client.awaitTrue(() -> client.app.getStateManager().getState(GuidedState.class).pausedSignShown(), 10);
      Vector3f direction = pupil.direction();
      assertThat(walk(pupil, 600, "w").length()).as("metres walked with W held while paused").isLessThan(0.01f);
      int cx = pupil.input().width() / 2;
      int cy = pupil.input().height() / 2;
      pupil.drag(3, new int[] {cx, cy}, new int[] {cx + 200, cy});
      assertThat(pupil.direction().distance(direction)).as("change of view by a right-button drag while paused")
          .isLessThan(0.001f);

      PlanState plan = client.state(PlanState.class);
      pupil.input().key("t");
      client.awaitTrue(plan::topView, 5);
      pupil.input().key("t");
      client.awaitTrue(() -> !plan.topView(), 5);
      assertThat(walk(pupil, 600, "w").length()).as("metres walked with W held, paused, after the top view and back")
          .isLessThan(0.01f);

      teacher.command("resume", "");
      client.awaitTrue(() -> !client.app.getStateManager().getState(ExploreState.class).locked(), 10);
      assertThat(walk(pupil, 400, "w").length()).as("metres walked with W held after the teacher resumed")
          .isGreaterThan(0.5f);
    }
  }

  @Test
  void schoolYard_paletteAndClickPlace_dragMoves_qTurns_ctrlZUndoes_tLooksDown() throws Exception {
    JsonNode session = lesson.start("school-yard");
    String id = session.path("id").asText();
    try (Pupil pupil = Pupil.join(lesson, data, session, "Linnea")) {
      ClientHarness client = pupil.client();
      PlanState plan = client.awaitState(PlanState.class, 30);
      float ground = client.call(() -> client.app.getStateManager().getState(WorldState.class).built()
          .groundHeight(0, 22, 0));

      pupil.click(1, pupil.button("Sandbox"));
      pupil.click(1, pupil.onScreen(new Vector3f(0, ground, 22)));
      JsonNode placed = awaitPlan(id, p -> p.size() == 1);
      assertThat(placed).as("the plan after choosing the sandbox and clicking the yard").hasSize(1);
      assertThat(placed.get(0).path("kind").asText()).isEqualTo("sandbox");
      assertThat(placed.get(0).path("x").asDouble()).as("x").isCloseTo(0, within(0.6));
      assertThat(placed.get(0).path("z").asDouble()).as("z").isCloseTo(22, within(0.6));
      String object = placed.get(0).path("id").asText();
      client.awaitTrue(() -> plan.shown().contains(object), 10);
      ClientHarness.save(client.grab(), "input-sandbox-placed");

      // Grabbed on the ground at its centre: a drag keeps the grabbed point under the cursor.
      Vector3f on = new Vector3f((float) placed.get(0).path("x").asDouble(), ground, (float) placed.get(0).path("z").asDouble());
      pupil.drag(1, pupil.onScreen(on), pupil.onScreen(new Vector3f(4, ground, 19)));
      JsonNode moved = awaitPlan(id, p -> p.size() == 1 && p.get(0).path("x").asDouble() > 2);
      assertThat(moved.get(0).path("x").asDouble()).as("x after the drag").isCloseTo(4, within(0.6));
      assertThat(moved.get(0).path("z").asDouble()).as("z after the drag").isCloseTo(19, within(0.6));
      ClientHarness.save(client.grab(), "input-sandbox-dragged");

      pupil.input().key("q", "q");
      JsonNode turned = awaitPlan(id, p -> p.get(0).path("yaw").asDouble() == 30);
      assertThat(turned.get(0).path("yaw").asDouble()).as("yaw after Q tapped twice").isEqualTo(30);

      pupil.input().key("ctrl+z");
      JsonNode undone = awaitPlan(id, p -> p.get(0).path("yaw").asDouble() == 15);
      assertThat(undone.get(0).path("yaw").asDouble()).as("yaw after Ctrl+Z").isEqualTo(15);
      assertThat(undone.get(0).path("x").asDouble()).as("x after undoing a turn").isEqualTo(moved.get(0).path("x").asDouble());
      pupil.input().key("ctrl+z", "ctrl+z");
      JsonNode back = awaitPlan(id, p -> p.get(0).path("x").asDouble() < 2 && p.get(0).path("yaw").asDouble() == 0);
      assertThat(back.get(0).path("yaw").asDouble()).as("yaw after undoing both turns").isEqualTo(0);
      assertThat(back.get(0).path("x").asDouble()).as("x after undoing the drag too").isEqualTo(placed.get(0).path("x").asDouble());
      assertThat(back.get(0).path("z").asDouble()).as("z after undoing the drag too").isEqualTo(placed.get(0).path("z").asDouble());

      Vector3f location = pupil.location();
      pupil.input().key("t");
      client.awaitTrue(plan::topView, 5);
      assertThat(pupil.direction().y).as("the top view looks straight down").isLessThan(-0.999f);
      ClientHarness.save(client.grab(), "input-top-view");
      pupil.input().key("t");
      client.awaitTrue(() -> !plan.topView(), 5);
      assertThat(pupil.location().distance(location)).as("metres from where the pupil stood before the top view")
          .isLessThan(0.05f);
    }
  }

  @Test
  void daycare_ctrlAltQHeldTwoSecondsEndsTheApp_halfASecondDoesNot() throws Exception {
    try (ClientHarness client = ClientHarness.client(data.resolve("cache-daycare"), new Timings(System.nanoTime()),
        "--server", lesson.base(), "--daycare", "rainforest", "--tier", "low", "--windowed", "--language", "fi")) {
      DaycareState daycare = client.awaitState(DaycareState.class, 60);
      client.awaitTrue(() -> daycare.stop() >= 0, 10);
      XInput input = XInput.of(client.title);

      input.hold(500, "ctrl+alt+q");
      assertThat(client.ended(1)).as("the app ended after Ctrl+Alt+Q held 0.5 s").isFalse();
      client.awaitFrames(5); // fails if the app has stopped drawing

      input.hold(2300, "ctrl+alt+q");
      assertThat(client.ended(10)).as("the app ended after Ctrl+Alt+Q held 2.3 s").isTrue();
    }
  }

  @Test
  void note_typedWithF3_savesTheWords_andTheLettersDoNotWalk() throws Exception {
    JsonNode session = lesson.start("rainforest");
    try (Pupil pupil = Pupil.join(lesson, data, session, "Oona")) {
      ClientHarness client = pupil.client();
      Vector3f location = pupil.location();
      pupil.input().key("F3");
      client.awaitTrue(() -> GuiGlobals.getInstance().getFocusManagerState().getFocus() instanceof TextField, 5);
      pupil.input().hold(400, "w");
      pupil.input().key("a", "s", "d", "space", "t", "r", "e", "e", "s");
      client.awaitTrue(() -> ((TextField) GuiGlobals.getInstance().getFocusManagerState().getFocus()).getText()
          .equals("wasd trees"), 5);
      assertThat(pupil.location().distance(location)).as("metres walked while typing a note").isLessThan(0.01f);
      pupil.click(1, pupil.button("Save"));
      JsonNode work = lesson.awaitWork(session.path("id").asText(), w -> w.path("notes").size() == 1);
      assertThat(work.path("notes").toString()).contains("wasd trees");
    }
  }

  /** Polls the teacher's view of the yard plan until it satisfies the condition. */
  private static JsonNode awaitPlan(String sessionId, Predicate<JsonNode> condition) throws Exception {
    return lesson.awaitWork(sessionId, w -> condition.test(w.path("plan"))).path("plan");
  }

  /** The point of interest whose marker is nearest the camera among those well inside the view. */
  private static String nearestMarkerInView(Pupil pupil) throws Exception {
    ClientHarness client = pupil.client();
    return client.call(() -> {
      Camera cam = client.app.getCamera();
      WorldState world = client.app.getStateManager().getState(WorldState.class);
      String best = null;
      float bestDistance = Float.MAX_VALUE;
      for (PointOfInterest poi : world.built().scene().pointsOfInterest()) {
        // The pin's middle: its tip (where it stands) is too fine a point to click.
        Vector3f centre = world.built().marker(poi.id()).getWorldBound().getCenter();
        Vector3f screen = cam.getScreenCoordinates(centre);
        boolean inView = screen.z > 0 && screen.z < 1 && screen.x > 150 && screen.x < cam.getWidth() - 150
            && screen.y > 150 && screen.y < cam.getHeight() - 150;
        float distance = centre.distance(cam.getLocation());
        if (inView && distance < bestDistance) {
          best = poi.id();
          bestDistance = distance;
        }
      }
      assertThat(best).as("a marker well inside the view").isNotNull();
      return best;
    });
  }
}
