package fi.retki.client.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.jme3.math.Vector3f;
import com.jme3.renderer.Camera;
import com.jme3.scene.SceneGraphVisitor;
import com.simsilica.lemur.Button;
import fi.retki.client.app.state.JoinState;
import fi.retki.client.app.state.LobbyState;
import fi.retki.client.app.state.PictureJoinState;
import fi.retki.scenes.live.Picture;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A child joins a live session by its picture code, with the mouse through the X server: the
 * "pictures" button on the join screen, four pictures clicked in order (a wrong one taken back by
 * clicking its slot), Join, and into the lesson's lobby; four wrong pictures are refused in words
 * about pictures.
 */
@Timeout(value = 240, unit = TimeUnit.SECONDS)
class PictureJoinIT {
  @TempDir static Path data;
  private static Lesson lesson;

  @BeforeAll
  static void startServer() throws Exception {
    lesson = new Lesson(data.resolve("server"));
  }

  @AfterAll
  static void stopServer() throws Exception {
    lesson.close();
  }

  @Test
  void fourPicturesClickedInOrderJoinTheLesson_andWrongOnesAreRefused() throws Exception {
    JsonNode session = lesson.start("rainforest");
    List<Picture> code = new ArrayList<>();
    session.path("pictures").forEach(name -> code.add(Picture.ofWireName(name.asText())));
    assertThat(code).hasSize(4).doesNotContainNull();
    Picture wrong = Picture.values()[(code.get(0).ordinal() + 1) % 16];
    try (Lesson.Console console = lesson.watch(session.path("id").asText());
        ClientHarness client = ClientHarness.client(data.resolve("cache"), new Timings(System.nanoTime()),
            "--server", lesson.base(), "--nickname", "Aino", "--tier", "low", "--language", "en", "--windowed")) {
      Pupil pupil = new Pupil(client, XInput.of(client.title));
      client.awaitState(JoinState.class, 30);
      client.awaitTrue(() -> named(client, "join-pictures").getIcon() != null, 20);
      ClientHarness.save(client.grab(), "join-with-pictures-button");
      click(pupil, "join-pictures");
      PictureJoinState pictures = client.awaitState(PictureJoinState.class, 10);
      client.awaitTrue(() -> named(client, "picture-cat").getIcon() != null, 20);
      ClientHarness.save(client.grab(), "picture-join-empty");

      for (int i = 0; i < 4; i++) {
        click(pupil, "picture-" + wrong.wireName());
      }
      assertThat(client.call(pictures::chosen)).containsExactly(wrong, wrong, wrong, wrong);
      click(pupil, "picture-cat");
      assertThat(client.call(pictures::chosen)).as("a fifth picture has no slot").hasSize(4);
      pupil.click(1, pupil.button("Join"));
      client.awaitTrue(() -> pictures.message().contains("No class has these pictures"), 20);
      ClientHarness.save(client.grab(), "picture-join-wrong");

      click(pupil, "picture-slot-0"); // empties every slot from the first on
      assertThat(client.call(pictures::chosen)).isEmpty();
      click(pupil, "picture-" + code.get(0).wireName());
      click(pupil, "picture-" + wrong.wireName());
      click(pupil, "picture-slot-1"); // takes the wrong second picture back
      assertThat(client.call(pictures::chosen)).containsExactly(code.get(0));
      for (Picture picture : code.subList(1, 4)) {
        click(pupil, "picture-" + picture.wireName());
      }
      assertThat(client.call(pictures::chosen)).containsExactlyElementsOf(code);
      assertThat(client.call(() -> named(client, "picture-slot-3").getIcon())).as("the last slot shows its picture")
          .isNotNull();
      BufferedImage screen = client.grab();
      ClientHarness.save(screen, "picture-join");
      assertThat(FrameCheck.of(screen).distinctColours()).as("the pictures are drawn").isGreaterThan(200);

      pupil.click(1, pupil.button("Join"));
      assertThat(console.await("pupil-joined").path("nickname").asText()).isEqualTo("Aino");
      client.awaitTrue(() -> client.app.getStateManager().getState(PictureJoinState.class) == null
          && client.app.getStateManager().getState(JoinState.class) == null
          && client.app.getStateManager().getState(LobbyState.class) != null, 60);
    }
  }

  private static void click(Pupil pupil, String name) throws Exception {
    pupil.click(1, pupil.client().call(() -> centre(named(pupil.client(), name), pupil.client().app.getCamera())));
  }

  /** The one button with this name; render thread. */
  private static Button named(ClientHarness client, String name) {
    List<Button> found = new ArrayList<>();
    client.app.getGuiNode().depthFirstTraversal((SceneGraphVisitor) s -> {
      if (s instanceof Button b && name.equals(b.getName())) {
        found.add(b);
      }
    });
    assertThat(found).as("a button named %s", name).hasSize(1);
    return found.get(0);
  }

  private static int[] centre(Button button, Camera cam) {
    Vector3f topLeft = button.getWorldTranslation();
    Vector3f size = button.getSize().mult(button.getWorldScale());
    return new int[] {Math.round(topLeft.x + size.x / 2), cam.getHeight() - Math.round(topLeft.y - size.y / 2)};
  }
}
