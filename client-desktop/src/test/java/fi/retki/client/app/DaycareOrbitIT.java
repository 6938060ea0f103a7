package fi.retki.client.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.jme3.math.Vector3f;
import com.jme3.renderer.Camera;
import fi.retki.client.app.motion.Tour;
import fi.retki.client.app.scene.BuiltScene;
import fi.retki.client.app.scene.Poses;
import fi.retki.client.app.state.DaycareState;
import fi.retki.client.app.state.PoiState;
import fi.retki.client.app.state.WorldState;
import fi.retki.scenes.Language;
import fi.retki.scenes.Scene;
import fi.retki.scenes.TourStop;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The daycare tour walks slowly round each stop's subject: during a stop the camera moves and
 * turns, the subject stays near the middle of the picture, and the eye stays above the ground.
 */
class DaycareOrbitIT {
  /** The river's point: a subject seen across open water (the frog is seen from 0.3 m, too near to go round). */
  private static final String FROG = "river";
  private static final int STAY = 30;

  /** Where the camera is and what it sees of the subject at one moment. */
  private record Frame(Vector3f eye, float yaw, float subjectX, float subjectY, float aboveGround, boolean markerShown) {}

  @Test
  void duringAStop_theCameraCirclesTheSubject_keepingItInTheMiddle() throws Exception {
    Scene scene = SubjectScenes.withDaycareTour(SubjectScenes.rainforest(), 10, new TourStop(FROG, STAY),
        new TourStop("sloth", STAY));
    Map<String, Path> files = Packs.files("rainforest");
    try (ClientHarness client = ClientHarness.start(1280, 720, new PoiState(Language.EN, 1f))) {
      WorldState world = client.state(WorldState.class);
      client.run(() -> world.show(scene, files));
      DaycareState daycare = new DaycareState(Language.EN);
      client.run(() -> client.app.getStateManager().attach(daycare));
      client.awaitTrue(() -> daycare.isInitialized() && daycare.stop() == 0, 20);
      Tour tour = client.call(daycare::tour);
      double flight = (tour.roundSeconds() - 2 * STAY) / 2;

      Frame early = at(client, daycare, flight + 0.2 * STAY, "daycare-circle-1");
      Frame late = at(client, daycare, flight + 0.8 * STAY, "daycare-circle-2");
      assertThat(client.call(daycare::stop)).as("still at the first stop").isZero();
      assertThat(late.eye().distance(early.eye())).as("metres the eye went round the frog, %s to %s", early, late)
          .isGreaterThan(0.8f);
      assertThat(Math.abs(late.yaw() - early.yaw())).as("degrees the view turned").isBetween(20f, 60f);
      for (Frame frame : new Frame[] {early, late}) {
        assertThat(Math.abs(frame.subjectX() - 640)).as("pixels the frog is off the middle across, %s", frame)
            .isLessThan(0.1f * 1280);
        assertThat(Math.abs(frame.subjectY() - 360)).as("pixels the frog is off the middle up, %s", frame)
            .isLessThan(0.1f * 720);
        assertThat(frame.aboveGround()).as("metres above the ground").isGreaterThanOrEqualTo(0.99f);
        assertThat(frame.markerShown()).as("the frog's marker while the frog is told about").isFalse();
      }
      at(client, daycare, flight + STAY + flight + 0.3 * STAY, "daycare-sloth");
      assertThat(client.call(daycare::stop)).as("at the second stop").isEqualTo(1);
    }
  }

  /** Moves the tour to {@code seconds} from its start, lets it draw, and reads the camera. */
  private static Frame at(ClientHarness client, DaycareState daycare, double seconds, String shot) throws Exception {
    client.run(() -> daycare.skip(seconds - daycare.elapsed()));
    client.awaitFrames(3);
    ClientHarness.save(client.grab(), shot);
    return client.call(() -> {
      Camera cam = client.app.getCamera();
      BuiltScene built = client.app.getStateManager().getState(WorldState.class).built();
      Vector3f screen = cam.getScreenCoordinates(built.subjectBound(FROG).getCenter());
      Vector3f eye = cam.getLocation().clone();
      float ground = built.groundHeight(eye.x, eye.z, -1000);
      return new Frame(eye, Poses.yawOf(cam.getDirection()), screen.x, screen.y, eye.y - ground, built.markerShown(FROG));
    });
  }
}
