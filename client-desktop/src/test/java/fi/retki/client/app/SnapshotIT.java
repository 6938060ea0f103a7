package fi.retki.client.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.jme3.scene.Spatial;
import fi.retki.client.app.state.HudState;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * A pupil's snapshot shows the scene, not the client's buttons and panels: the picture the
 * teacher gets is the frame as drawn with the GUI hidden, and differs from the frame on screen
 * where the toolbar and the help line are.
 */
class SnapshotIT extends WithLesson {
  @Test
  void aSavedSnapshot_hasTheSceneButNoneOfTheGui() throws Exception {
    JsonNode session = lesson.start("rainforest");
    try (ClientHarness client = ClientHarness.client(data.resolve("cache"), new Timings(System.nanoTime()),
        "--server", lesson.base(), "--code", session.path("code").asText(), "--nickname", "Aino", "--tier", "low",
        "--language", "en")) {
      client.awaitLessonReady();
      // The scene's birds and the sloth move: time stands still so that the frames compare.
      client.run(() -> client.app.setSpeed(1e-6f)); // not 0: jME skips drawing at speed 0
      BufferedImage onScreen = client.grab();
      HudState hud = client.state(HudState.class);
      client.call(hud::snapshot).get(20, TimeUnit.SECONDS);
      JsonNode work = lesson.awaitWork(session.path("id").asText(), w -> w.path("snapshots").size() == 1);
      BufferedImage saved = ImageIO.read(new ByteArrayInputStream(
          lesson.bytes(work.path("snapshots").get(0).path("href").asText())));
      client.run(() -> client.app.getGuiNode().setCullHint(Spatial.CullHint.Always));
      BufferedImage withoutGui = client.grab();
      client.run(() -> client.app.getGuiNode().setCullHint(Spatial.CullHint.Inherit));
      ClientHarness.save(onScreen, "snapshot-on-screen");
      ClientHarness.save(saved, "snapshot-saved");

      assertThat(saved.getWidth()).isEqualTo(onScreen.getWidth());
      assertThat(saved.getHeight()).isEqualTo(onScreen.getHeight());
      assertThat(FrameCheck.changed(onScreen, withoutGui)).as("the GUI covers part of the frame on screen")
          .isGreaterThan(0.005);
      assertThat(FrameCheck.changed(withoutGui, saved)).as("share of the snapshot's pixels unlike the scene alone")
          .isLessThan(0.001);
    }
  }
}
