package fi.retki.client.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fi.retki.client.app.state.PoiState;
import fi.retki.client.app.state.WorldState;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

/**
 * The client with sound: the scene's background sound and a point's narration play. OpenAL runs
 * on its null device, so the build runs this test on its own with {@code ALSOFT_DRIVERS=null}
 * (see client-desktop/pom.xml, execution {@code with-sound}); the other tests run without sound.
 */
@EnabledIfEnvironmentVariable(named = "ALSOFT_DRIVERS", matches = "null",
    disabledReason = "needs OpenAL's null device: runs in the failsafe execution with-sound")
class SoundIT {
  @TempDir
  Path data;

  @Test
  void ambientSoundAndNarrationPlay() throws Exception {
    try (Lesson lesson = new Lesson(data.resolve("server"))) {
      JsonNode session = lesson.start("rainforest");
      try (Pupil pupil = Pupil.join(lesson, data, session, "Aino")) {
        ClientHarness client = pupil.client();
        assertThat(client.call(client.app::hasSound)).as("sound").isTrue();
        assertThat(client.call(() -> client.app.getStateManager().getState(WorldState.class).ambientPlaying()))
            .as("the rainforest's ambient sound").isTrue();
        PoiState pois = client.state(PoiState.class);
        client.run(() -> pois.open("canopy"));
        client.awaitTrue(pois::narrating, 10);
        assertThat(pupil.button("Listen")).as("the Listen button's place").hasSize(2);
      }
    }
  }
}
