package fi.retki.server.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import fi.retki.server.ServerFixture;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The teacher console in Debian's Chromium against the real server: {@code
 * src/test/console/console-test.mjs} (Node.js with playwright-core) signs in, runs a session with
 * pupils on real WebSockets, and downloads the saved work; on the way it checks the pages at
 * 1024×768 and 1440×900 in fi, sv and en, a reload, a second tab and a cut connection. Missing
 * tools fail the test with what to install; ./test.sh installs them.
 */
class ConsoleBrowserIT {
  private static final Path SCRIPT_DIR = Path.of("src/test/console");
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path SCREENSHOTS = Path.of("target/console-screenshots");
  private static final long TIMEOUT_SECONDS = 240;

  @TempDir Path dataDir;
  private ServerFixture fixture;

  @BeforeEach
  void start() throws Exception {
    fixture = new ServerFixture(dataDir, 64 << 20, 1 << 20);
  }

  @AfterEach
  void stop() throws Exception {
    if (fixture != null) {
      fixture.close();
    }
  }

  @Test
  void aTeacherRunsASessionInTheConsole() throws Exception {
    requireTools();
    String password = fixture.server.firstTeacherPassword();
    assertThat(password).as("the first start makes the teacher \"teacher\"").isNotNull();
    ProcessBuilder builder = new ProcessBuilder("node", "console-test.mjs")
        .directory(SCRIPT_DIR.toFile())
        .redirectErrorStream(true);
    builder.environment().put("RETKI_BASE_URL", fixture.uri("").toString());
    builder.environment().put("RETKI_TEACHER_NAME", "teacher");
    builder.environment().put("RETKI_TEACHER_PASSWORD", password);
    builder.environment().put("RETKI_SCREENSHOTS", SCREENSHOTS.toAbsolutePath().toString());
    builder.environment().put("RETKI_CHROMIUM", CHROMIUM.toString());
    Process process = builder.start();
    List<String> output = Collections.synchronizedList(new ArrayList<>());
    Thread reader = new Thread(() -> copyLines(process, output), "console-test-output");
    reader.start();
    if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      reader.join(5000);
      fail("the console test did not finish in " + TIMEOUT_SECONDS + " s; its output:\n" + String.join("\n", output));
    }
    reader.join(5000);
    assertThat(process.exitValue())
        .as("exit code of node console-test.mjs; its output:\n" + String.join("\n", output))
        .isZero();
    assertThat(output).contains("console test: all checks passed");
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

  /** Fails, never skips, when a tool is missing: a skipped browser test is a test nobody runs. */
  private static void requireTools() throws InterruptedException {
    List<String> missing = new ArrayList<>();
    if (!nodeRuns()) {
      missing.add("Node.js (`node` on the PATH): apt-get install nodejs npm");
    }
    if (!Files.isExecutable(CHROMIUM)) {
      missing.add("Chromium (" + CHROMIUM + "): apt-get install chromium");
    }
    if (!Files.isDirectory(SCRIPT_DIR.resolve("node_modules/playwright-core"))) {
      missing.add("playwright-core (server/src/test/console/node_modules): cd server/src/test/console && npm ci");
    }
    if (!missing.isEmpty()) {
      fail("the console's browser test needs " + String.join("; ", missing)
          + ". ./test.sh at the top of the repository installs all of them on Debian.");
    }
  }

  private static boolean nodeRuns() throws InterruptedException {
    try {
      Process node = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
      node.getInputStream().readAllBytes();
      return node.waitFor(30, TimeUnit.SECONDS) && node.exitValue() == 0;
    } catch (IOException e) {
      return false;
    }
  }

  private static void copyLines(Process process, List<String> output) {
    try (BufferedReader lines = new BufferedReader(
        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = lines.readLine()) != null) {
        System.out.println("[console-test] " + line);
        output.add(line);
      }
    } catch (IOException e) {
      System.out.println("[console-test] output ended: " + e.getMessage());
    }
  }
}
