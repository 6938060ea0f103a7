package fi.retki.client.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.jme3.app.Application;
import com.jme3.app.state.BaseAppState;
import com.jme3.math.Vector3f;
import fi.retki.client.app.state.ExploreState;
import fi.retki.client.app.state.GuidedState;
import fi.retki.client.app.state.WorldState;
import fi.retki.scenes.Pose;
import fi.retki.scenes.Vec3;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Walking about with the keys, through the X server: around what is solid, from where one is. */
class MovingAboutIT extends WithLesson {
  @Test
  void walkingIntoTheSchool_slidesAlongItsWall() throws Exception {
    try (Pupil pupil = Pupil.join(lesson, data, lesson.start("school-yard"), "Aapo")) {
      // 7 m in front of the school's wall (z = -31), walking at 45 degrees towards it and to the left.
      standAt(pupil, 10, -24, 45);
      pupil.input().hold(4000, "w");
      pupil.client().awaitFrames(3);
      Vector3f at = pupil.location();
      ClientHarness.save(pupil.client().grab(), "walk-school-wall");
      assertThat(at.z).as("z after walking into the school's wall for 4 s (its face is at z = -31)").isGreaterThan(-31f);
      assertThat(at.x).as("x after sliding along the wall (it started at 10 and met the wall near 3.4)").isLessThan(3f);
      assertThat(pupil.heightAboveGround()).as("eye height by the wall").isCloseTo(1.6f, within(0.05f));
    }
  }

  @Test
  void walkingIntoATreeTrunk_stopsAtTheBark() throws Exception {
    try (Pupil pupil = Pupil.join(lesson, data, lesson.start("rainforest"), "Iida")) {
      // The kapok tree stands at (0, -10); 8 m in front of it, looking at it.
      standAt(pupil, 0, -2, 0);
      pupil.input().hold(3000, "w");
      pupil.client().awaitFrames(3);
      Vector3f at = pupil.location();
      ClientHarness.save(pupil.client().grab(), "walk-tree-trunk");
      assertThat(at.z).as("z after walking at the kapok's trunk (its axis at z = -10) for 3 s").isGreaterThan(-10f);
      assertThat(at.z).as("z: the pupil did walk up to the tree").isLessThan(-3f);
    }
  }

  @Test
  void exploreFreely_keepsThePointsView_thenTheFirstStepsComeDownSmoothly() throws Exception {
    JsonNode session = lesson.start("rainforest");
    try (Pupil pupil = Pupil.join(lesson, data, session, "Ella");
        Lesson.Console teacher = lesson.watch(session.path("id").asText())) {
      ClientHarness client = pupil.client();
      teacher.command("go-to", "\"poi\":\"canopy\"");
      client.awaitTrue(() -> "canopy".equals(client.app.getStateManager().getState(GuidedState.class).focus())
          && !client.app.getStateManager().getState(GuidedState.class).flying(), 30);
      Vector3f atPoint = pupil.location();
      assertThat(pupil.heightAboveGround()).as("metres above the ground at the canopy's view").isGreaterThan(15f);

      teacher.command("release", "");
      client.awaitTrue(() -> !client.app.getStateManager().getState(ExploreState.class).locked(), 10);
      client.awaitFrames(10);
      assertThat(pupil.location().distance(atPoint)).as("metres the view moved when the teacher let go").isLessThan(0.01f);

      Heights heights = new Heights();
      client.run(() -> client.app.getStateManager().attach(heights));
      pupil.input().hold(2000, "s");
      client.awaitFrames(3);
      List<Float> seen = client.call(() -> new ArrayList<>(heights.seen));
      client.run(() -> client.app.getStateManager().detach(heights));
      float biggestDrop = 0;
      for (int i = 1; i < seen.size(); i++) {
        biggestDrop = Math.max(biggestDrop, seen.get(i - 1) - seen.get(i));
      }
      assertThat(biggestDrop).as("metres down in one frame while walking from the canopy's view").isLessThan(1f);
      assertThat(atPoint.y - pupil.location().y).as("metres down after walking 2 s").isGreaterThan(1.5f);
      // At most 8 m/s (slower when frames are slow): keep walking, up to 20 s, until the eye is down.
      for (int i = 0; i < 10 && pupil.heightAboveGround() > 1.7f; i++) {
        pupil.input().hold(2000, "s");
        client.awaitFrames(3);
      }
      assertThat(pupil.heightAboveGround()).as("eye height after walking on").isCloseTo(1.6f, within(0.1f));
    }
  }

  /** Puts the pupil on the ground at (x, z), looking along {@code yaw}, as the explore state's own place. */
  private static void standAt(Pupil pupil, float x, float z, float yaw) throws Exception {
    ClientHarness client = pupil.client();
    client.run(() -> {
      ExploreState explore = client.app.getStateManager().getState(ExploreState.class);
      WorldState world = client.app.getStateManager().getState(WorldState.class);
      explore.lock(ExploreState.Lock.TEACHER, true);
      world.place(new Pose(new Vec3(x, world.built().groundHeight(x, z, 0) + 1.6, z), yaw, 0));
      explore.lock(ExploreState.Lock.TEACHER, false);
    });
    client.awaitFrames(3);
  }

  /** The camera's height at every frame. */
  static final class Heights extends BaseAppState {
    final List<Float> seen = new ArrayList<>();

    @Override
    public void update(float tpf) {
      seen.add(getApplication().getCamera().getLocation().y);
    }

    @Override
    protected void initialize(Application app) {}

    @Override
    protected void cleanup(Application app) {}

    @Override
    protected void onEnable() {}

    @Override
    protected void onDisable() {}
  }
}
