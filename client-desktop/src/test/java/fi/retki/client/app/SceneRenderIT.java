package fi.retki.client.app;

import static org.assertj.core.api.Assertions.assertThat;

import fi.retki.client.app.state.WorldState;
import fi.retki.scenes.Scene;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Map;
import fi.retki.scenes.Pose;
import fi.retki.scenes.Vec3;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rainforest, built from its pack files, drawn in a real window. */
class SceneRenderIT {
  @TempDir
  Path temp;

  /**
   * The sky panorama follows the format: u = 0 towards yaw 0 (-z), u rising with yaw. A panorama
   * with a colour per quarter must show each colour in the middle of its quarter's yaw.
   */
  @Test
  void skyPanorama_isTurnedAsTheFormatSays() throws Exception {
    Path sky = temp.resolve("sky.png");
    int[] quarters = {0xff0000, 0x00ff00, 0x0000ff, 0xffff00};
    BufferedImage panorama = new BufferedImage(256, 128, BufferedImage.TYPE_INT_RGB);
    for (int x = 0; x < 256; x++) {
      for (int y = 0; y < 128; y++) {
        panorama.setRGB(x, y, quarters[x / 64]);
      }
    }
    ImageIO.write(panorama, "png", sky.toFile());
    // A scene without fog: fog hides the sky in its own colour.
    Scene scene = Packs.scene("medieval-town");
    Map<String, Path> files = Map.of(scene.sky().texture().value(), sky);
    try (ClientHarness client = ClientHarness.start(320, 240)) {
      WorldState world = client.state(WorldState.class);
      client.run(() -> world.show(scene, files));
      java.util.List<String> seen = new java.util.ArrayList<>();
      java.util.List<String> wanted = new java.util.ArrayList<>();
      for (int quarter = 0; quarter < 4; quarter++) {
        double yaw = 45 + 90 * quarter;
        client.run(() -> world.place(new Pose(new Vec3(0, 2, 0), yaw, 0)));
        seen.add(Integer.toHexString(client.grab().getRGB(160, 120) & 0xffffff));
        wanted.add(Integer.toHexString(quarters[quarter]));
      }
      assertThat(seen).as("sky colours at yaw 45, 135, 225, 315").isEqualTo(wanted);
    }
  }

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
