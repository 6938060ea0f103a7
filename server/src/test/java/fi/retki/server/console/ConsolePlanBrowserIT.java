package fi.retki.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The school-yard plan in Debian's Chromium against the real server: {@code
 * src/test/console/plan-test.mjs} (Node.js with playwright-core) runs a planning session with a
 * pupil on a real WebSocket placing objects close together, checks that the live map draws the
 * yard and that no label covers another, that the saved work shows the plan's picture, and opens
 * the ZIP's index.html from disk. Missing tools fail the test with what to install.
 */
class ConsolePlanBrowserIT extends BrowserScript {
  private static final long TIMEOUT_SECONDS = 120;

  @Test
  void theYardPlanIsShownLiveSavedAndExported() throws Exception {
    run("plan-test.mjs", Map.of("RETKI_UNZIP", Path.of("target/console-zip").toAbsolutePath().toString()),
        TIMEOUT_SECONDS, "plan test: all checks passed");
    for (String shot : List.of("plan-live-en-1440", "plan-live-en-1024", "plan-live-fi-1440", "plan-live-sv-1024",
        "work-plan-en-1440", "zip-index-en", "zip-index-snapshot-enlarged")) {
      assertThat(SCREENSHOTS.resolve(shot + ".png")).isNotEmptyFile();
    }
  }
}
