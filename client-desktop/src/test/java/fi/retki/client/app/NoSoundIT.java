package fi.retki.client.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.jme3.font.BitmapText;
import com.jme3.scene.SceneGraphVisitor;
import fi.retki.client.app.state.PoiState;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The client on a computer without a sound device, as many school PCs and daycare screens are:
 * no {@code ALSOFT_DRIVERS}, so OpenAL finds no device (jME 3.9 used to die in
 * {@code alcCreateContext} before the first frame). It must come up, render, open a point of
 * interest without its Listen button, and say once in the log that it runs without sound.
 */
class NoSoundIT {
  @TempDir
  Path data;

  @Test
  void withoutASoundDevice_theClientRunsSilently_andSaysSoOnce() throws Exception {
    assertThat(System.getenv("ALSOFT_DRIVERS")).as("ALSOFT_DRIVERS (this test needs OpenAL as it is)").isNull();
    assumeFalse(SoundDevice.available(), "this computer has a sound device: nothing to test here");
    List<String> said = new CopyOnWriteArrayList<>();
    Handler handler = new Handler() {
      @Override
      public void publish(LogRecord record) {
        said.add(record.getMessage());
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    Logger log = Logger.getLogger(RetkiApp.class.getName());
    log.addHandler(handler);
    try (Lesson lesson = new Lesson(data.resolve("server"))) {
      JsonNode session = lesson.start("rainforest");
      try (Pupil pupil = Pupil.join(lesson, data, session, "Aada")) {
        ClientHarness client = pupil.client();
        assertThat(client.call(client.app::hasSound)).as("sound").isFalse();
        long frames = client.call(() -> client.app.frames);
        client.awaitFrames(3);
        assertThat(client.call(() -> client.app.frames)).as("frames drawn").isGreaterThan(frames);
        BufferedImage frame = client.grab();
        ClientHarness.save(frame, "no-sound-rainforest");
        assertThat(FrameCheck.of(frame).distinctColours()).as("distinct colours").isGreaterThan(200);

        PoiState pois = client.state(PoiState.class);
        client.run(() -> pois.open("canopy"));
        client.awaitFrames(3);
        assertThat(client.call(() -> pois.openId())).isEqualTo("canopy");
        assertThat(client.call(pois::narrating)).as("narrating").isFalse();
        List<String> texts = client.call(() -> texts(client));
        assertThat(texts).as("words on screen").contains("Close").doesNotContain("Listen");
        ClientHarness.save(client.grab(), "no-sound-canopy");
      }
    } finally {
      log.removeHandler(handler);
    }
    assertThat(said.stream().filter(m -> m.contains("without sound")))
        .as("what the client said: %s", said).hasSize(1);
  }

  private static List<String> texts(ClientHarness client) {
    List<String> texts = new ArrayList<>();
    client.app.getGuiNode().depthFirstTraversal((SceneGraphVisitor) s -> {
      if (s instanceof BitmapText text) {
        texts.add(text.getText());
      }
    });
    return texts;
  }
}
