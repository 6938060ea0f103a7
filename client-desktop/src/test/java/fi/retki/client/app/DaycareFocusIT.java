package fi.retki.client.app;

import static org.assertj.core.api.Assertions.assertThat;

import fi.retki.client.app.state.DaycareState;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A daycare screen on a real desktop: another window takes the keyboard (a notice, the teacher's
 * browser) and the tour on the full screen goes on, neither paused nor minimised.
 */
class DaycareFocusIT extends WithLesson {
  @Test
  void anotherWindowTakesTheKeyboard_theFullScreenTourGoesOn() throws Exception {
    try (ClientHarness client = ClientHarness.client(data.resolve("cache"), new Timings(System.nanoTime()),
        "--server", lesson.base(), "--daycare", "rainforest", "--tier", "low", "--language", "fi")) {
      DaycareState daycare = client.awaitState(DaycareState.class, 60);
      client.awaitTrue(() -> daycare.stop() >= 0, 10);
      XInput.of(client.title);
      client.awaitTrue(client.app::focused, 5);
      assertThat(client.call(() -> client.app.getContext().getSettings().isFullscreen())).as("full screen").isTrue();
      assertThat(client.call(client.app::keepsWindowWithoutFocus)).as("the window stays when it loses focus").isTrue();

      Process other = new ProcessBuilder("xmessage", "-title", "Other " + client.title, "-geometry", "320x80+40+40",
          "another window").redirectErrorStream(true).start();
      try {
        XInput notice = XInput.of("Other " + client.title);
        client.awaitTrue(() -> !client.app.focused(), 10);
        double before = client.call(daycare::elapsed);
        long frames = client.call(() -> client.app.frames);
        // A full-screen frame under software GL on a busy machine may take a second or more.
        client.awaitTrue(() -> client.app.frames >= frames + 5 && daycare.elapsed() > before + 0.5, 60);
        assertThat(client.call(() -> client.app.frames) - frames).as("frames drawn without focus").isGreaterThanOrEqualTo(5);
        assertThat(client.call(client.app::iconified)).as("iconified after losing focus").isFalse();
        assertThat(client.call(daycare::over)).as("the tour is over").isFalse();
        ClientHarness.save(client.grab(), "daycare-without-focus");
        notice.focus();
      } finally {
        other.destroy();
        other.waitFor(5, TimeUnit.SECONDS);
      }
      assertThat(client.ended(1)).as("the app ended").isFalse();
    }
  }
}
