package fi.retki.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The teacher console in Debian's Chromium against the real server: {@code
 * src/test/console/console-test.mjs} (Node.js with playwright-core) signs in, runs a session with
 * pupils on real WebSockets, and downloads the saved work; on the way it checks the pages at
 * 1024×768 and 1440×900 in fi, sv and en, a reload, a second tab and a cut connection. Missing
 * tools fail the test with what to install; ./test.sh installs them.
 */
class ConsoleBrowserIT extends BrowserScript {
  private static final long TIMEOUT_SECONDS = 240;

  @Test
  void aTeacherRunsASessionInTheConsole() throws Exception {
    run("console-test.mjs", Map.of(), TIMEOUT_SECONDS, "console test: all checks passed");
    assertThat(SCREENSHOTS.resolve("live.png")).isNotEmptyFile();
    for (String screen : List.of("picker", "live")) {
      for (String lang : List.of("fi", "sv", "en")) {
        for (String width : List.of("1024", "1440")) {
          assertThat(SCREENSHOTS.resolve(screen + "-" + lang + "-" + width + ".png")).isNotEmptyFile();
        }
      }
    }
    assertThat(SCREENSHOTS.resolve("live-link-down.png")).isNotEmptyFile();
    assertThat(SCREENSHOTS.resolve("codes-en-1024.png")).as("letter and picture codes at a projector's size").isNotEmptyFile();
    for (String shot : List.of("work-delete", "work-delete-confirm")) {
      for (String size : List.of("fi-1024", "fi-1440", "en-1024", "en-1440")) {
        assertThat(SCREENSHOTS.resolve(shot + "-" + size + ".png")).isNotEmptyFile();
      }
    }
  }
}
