package fi.retki.client.app;

import static org.assertj.core.api.Assertions.assertThat;

import fi.retki.client.app.state.WorldState;
import fi.retki.scenes.Scene;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The rainforest, built from its pack files, drawn in a real window. */
class SceneRenderIT {
  @Test
  void rainforest_fromFiles_showsSkyAboveGround() throws Exception {
    Scene scene = Packs.scene("rainforest");
    Map<String, Path> files = Packs.files("rainforest");
    try (ClientHarness client = ClientHarness.start(1280, 720)) {
      client.run(() -> client.app.getStateManager().getState(WorldState.class).show(scene, files));
      BufferedImage frame = client.grab();
      ClientHarness.save(frame, "rainforest-from-files");
      FrameCheck check = FrameCheck.of(frame);
      assertThat(check.distinctColours()).isGreaterThan(200);
      assertThat(check.upperDiffersFromLower()).isTrue();
    }
  }
}
