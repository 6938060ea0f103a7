package fi.retki.client.app;

import java.time.Duration;
import org.awaitility.Awaitility;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.jme3.math.Vector2f;
import com.jme3.math.Vector3f;
import com.jme3.renderer.Camera;
import com.jme3.scene.SceneGraphVisitor;
import com.simsilica.lemur.Button;
import com.simsilica.lemur.Panel;
import fi.retki.client.app.state.WorldState;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A pupil in a lesson, ready to explore, with the keyboard and mouse of the window's X display:
 * the client in its window ({@link ClientHarness}) and {@link XInput} on it, plus what a test needs
 * to aim the mouse (where a world point or a button is on screen) and to know jME has seen it.
 */
record Pupil(ClientHarness client, XInput input) implements AutoCloseable {
  /** Joins a session as the client does it, with its cache in {@code data}, and waits until it is ready. */
  static Pupil join(Lesson lesson, Path data, JsonNode session, String nickname) throws Exception {
    ClientHarness client = ClientHarness.client(data.resolve("cache-" + nickname), new Timings(System.nanoTime()),
        "--server", lesson.base(), "--code", session.path("code").asText(), "--nickname", nickname,
        "--tier", "low", "--language", "en", "--windowed");
    try {
      client.awaitLessonReady();
      return new Pupil(client, XInput.of(client.title));
    } catch (Exception | AssertionError e) {
      client.close();
      throw e;
    }
  }

  Vector3f location() throws Exception {
    return client.call(() -> client.app.getCamera().getLocation().clone());
  }

  Vector3f direction() throws Exception {
    return client.call(() -> client.app.getCamera().getDirection().clone());
  }

  /** The camera's height above the ground under it. */
  float heightAboveGround() throws Exception {
    return client.call(() -> {
      Vector3f at = client.app.getCamera().getLocation();
      return at.y - client.app.getStateManager().getState(WorldState.class).built().groundHeight(at.x, at.z, Float.NaN);
    });
  }

  /** Where a world point is in the window (x from the left, y from the top); fails if it is not in view. */
  int[] onScreen(Vector3f world) throws Exception {
    Vector3f screen = client.call(() -> client.app.getCamera().getScreenCoordinates(world));
    int width = input.width();
    int height = input.height();
    assertThat(screen.z).as("%s in front of the camera", world).isBetween(0f, 1f);
    int x = Math.round(screen.x);
    int y = height - Math.round(screen.y);
    assertThat(x).as("%s on screen, x", world).isBetween(0, width - 1);
    assertThat(y).as("%s on screen, y", world).isBetween(0, height - 1);
    return new int[] {x, y};
  }

  /** The centre of a Lemur button with this text, in window coordinates. */
  int[] button(String text) throws Exception {
    return client.call(() -> {
      List<Button> found = new ArrayList<>();
      client.app.getGuiNode().depthFirstTraversal((SceneGraphVisitor) s -> {
        if (s instanceof Button b && text.equals(b.getText())) {
          found.add(b);
        }
      });
      assertThat(found).as("a button '%s' on screen", text).hasSize(1);
      return centre(found.get(0), client.app.getCamera());
    });
  }

  /**
   * Moves the pointer to a point of the window and waits until jME has it there (a frame may
   * pass between the X server's motion and the app's next look at its input).
   */
  void point(int[] at) throws Exception {
    input.move(at[0], at[1]);
    Vector2f expected = new Vector2f(at[0], input.height() - at[1]);
    Awaitility.await("jME sees the pointer at " + expected + " (GL coordinates)").atMost(5, TimeUnit.SECONDS)
        .pollInterval(Duration.ofMillis(20))
        .until(() -> client.call(() -> client.app.getInputManager().getCursorPosition().distance(expected)) <= 0.5f);
  }

  /** Clicks a mouse button (1 left, 3 right) at a point of the window, raised above any other. */
  void click(int button, int[] at) throws Exception {
    input.focus();
    point(at);
    input.press(button);
    input.release(button);
    client.awaitFrames(3);
  }

  /**
   * Presses a button at one point, moves to another in small steps, and lets go there. jME
   * takes a button's position as the cursor's, so each step waits for the one before.
   */
  void drag(int button, int[] from, int[] to) throws Exception {
    input.focus();
    point(from);
    input.press(button);
    client.awaitFrames(3);
    try {
      int steps = 10;
      for (int i = 1; i <= steps; i++) {
        point(new int[] {from[0] + (to[0] - from[0]) * i / steps, from[1] + (to[1] - from[1]) * i / steps});
        // a hand's drag spans frames; moves and the release within one frame reach jME's mappings
        // out of order (GLFW's motion and button events are queued apart)
        client.awaitFrames(1);
      }
    } finally {
      input.release(button);
      client.awaitFrames(3);
    }
  }

  @Override
  public void close() throws InterruptedException {
    client.close();
  }

  private static int[] centre(Panel panel, Camera cam) {
    Vector3f topLeft = panel.getWorldTranslation();
    Vector3f size = panel.getSize().mult(panel.getWorldScale());
    return new int[] {Math.round(topLeft.x + size.x / 2), cam.getHeight() - Math.round(topLeft.y - size.y / 2)};
  }
}
