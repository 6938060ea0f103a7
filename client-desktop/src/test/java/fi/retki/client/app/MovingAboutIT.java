package fi.retki.client.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.jme3.app.Application;
import com.jme3.app.state.BaseAppState;
import com.jme3.math.Vector3f;
import fi.retki.client.app.scene.BuiltScene;
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
      Vec3 kapok = pupil.client().call(() -> pupil.client().app.getStateManager().getState(WorldState.class).built()
          .scene().object("kapok-1").position());
      // 8 m from the kapok's axis, from the first side where nothing else stands in between.
      float[] start = pupil.client().call(() -> clearApproach(pupil.client(), "object:kapok-1", kapok, 8f));
      assertThat(start).as("a side of the kapok with open ground before it").isNotNull();
      standAt(pupil, start[0], start[1], start[2]);
      pupil.input().hold(3000, "w");
      pupil.client().awaitFrames(3);
      Vector3f at = pupil.location();
      ClientHarness.save(pupil.client().grab(), "walk-tree-trunk");
      float left = (float) Math.hypot(at.x - kapok.x(), at.z - kapok.z());
      assertThat(left).as("metres from the kapok's axis after walking at its trunk for 3 s").isGreaterThan(0.3f);
      assertThat(left).as("metres from the axis: the pupil did walk up to the tree").isLessThan(7f);
    }
  }

  /**
   * A standing place {@code distance} from {@code target} and the yaw that faces it, on the first of
   * 16 sides whose knee- and chest-high rays meet the target's spatial before anything else solid.
   */
  private static float[] clearApproach(ClientHarness client, String name, Vec3 target, float distance) {
    BuiltScene built = client.app.getStateManager().getState(WorldState.class).built();
    for (int side = 0; side < 16; side++) {
      double angle = Math.PI * 2 * side / 16;
      float x = (float) (target.x() + distance * Math.sin(angle));
      float z = (float) (target.z() + distance * Math.cos(angle));
      float ground = built.groundHeight(x, z, 0);
      boolean clear = true;
      for (float height : new float[] {0.4f, 1.2f}) {
        Vector3f from = new Vector3f(x, ground + height, z);
        Vector3f towards = new Vector3f((float) target.x() - x, 0, (float) target.z() - z).normalizeLocal();
        com.jme3.collision.CollisionResults hits = new com.jme3.collision.CollisionResults();
        built.solids().collideWith(new com.jme3.math.Ray(from, towards), hits);
        com.jme3.collision.CollisionResult first = hits.getClosestCollision();
        clear &= first != null && isUnder(first.getGeometry(), name);
      }
      if (clear) {
        // yaw 0 looks towards -z, 90 towards -x
        float yaw = (float) Math.toDegrees(Math.atan2(x - target.x(), z - target.z()));
        return new float[] {x, z, yaw};
      }
    }
    return null;
  }

  private static boolean isUnder(com.jme3.scene.Spatial spatial, String name) {
    for (com.jme3.scene.Spatial s = spatial; s != null; s = s.getParent()) {
      if (name.equals(s.getName())) {
        return true;
      }
    }
    return false;
  }

  @Test
  void exploreFreely_keepsThePointsView_thenTheFirstStepsComeDownSmoothly() throws Exception {
    JsonNode session = lesson.start("lunar-surface");
    try (Pupil pupil = Pupil.join(lesson, data, session, "Ella");
        Lesson.Console teacher = lesson.watch(session.path("id").asText())) {
      ClientHarness client = pupil.client();
      // The crater is seen from a rise above it, 9 m over the plain.
      teacher.command("go-to", "\"poi\":\"crater\"");
      client.awaitTrue(() -> "crater".equals(client.app.getStateManager().getState(GuidedState.class).focus())
          && !client.app.getStateManager().getState(GuidedState.class).flying(), 30);
      Vector3f atPoint = pupil.location();
      assertThat(pupil.heightAboveGround()).as("metres above the ground at the crater's view").isGreaterThan(5f);

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
      assertThat(biggestDrop).as("metres down in one frame while walking from the crater's view").isLessThan(1f);
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
