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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * A test that runs one of the console's browser scripts in {@code src/test/console/} (Node.js with
 * playwright-core driving Debian's Chromium) against a real server of its own, signed in as the
 * first teacher, to its end within a time limit, its output copied to the test's log. Missing
 * tools fail the test with what to install, never skip it: a skipped browser test is a test nobody
 * runs.
 */
abstract class BrowserScript {
  static final Path DIR = Path.of("src/test/console");
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path SCREENSHOTS = Path.of("target/console-screenshots");

  @TempDir Path dataDir;
  ServerFixture fixture;

  @BeforeEach
  void startServer() throws Exception {
    fixture = new ServerFixture(dataDir, 64 << 20, 1 << 20);
  }

  @AfterEach
  void stopServer() throws Exception {
    if (fixture != null) {
      fixture.close();
    }
  }

  /**
   * Runs {@code node script} against the server as the first teacher, with {@code more} in its
   * environment (besides the server's address, the teacher's name and password, the screenshots'
   * folder and Chromium's path), and asserts it exits 0 having printed {@code passed}.
   */
  void run(String script, Map<String, String> more, long timeoutSeconds, String passed)
      throws InterruptedException, IOException {
    String password = fixture.server.firstTeacherPassword();
    assertThat(password).as("the first start makes the teacher \"teacher\"").isNotNull();
    requireTools();
    Map<String, String> environment = new HashMap<>(more);
    environment.put("RETKI_BASE_URL", fixture.uri("").toString());
    environment.put("RETKI_TEACHER_NAME", "teacher");
    environment.put("RETKI_TEACHER_PASSWORD", password);
    ProcessBuilder builder = new ProcessBuilder("node", script).directory(DIR.toFile()).redirectErrorStream(true);
    builder.environment().putAll(environment);
    builder.environment().put("RETKI_SCREENSHOTS", SCREENSHOTS.toAbsolutePath().toString());
    builder.environment().put("RETKI_CHROMIUM", CHROMIUM.toString());
    String name = script.replace(".mjs", "");
    Process process = builder.start();
    List<String> output = Collections.synchronizedList(new ArrayList<>());
    Thread reader = new Thread(() -> copyLines(process, name, output), name + "-output");
    reader.start();
    if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      reader.join(5000);
      fail(script + " did not finish in " + timeoutSeconds + " s; its output:\n" + String.join("\n", output));
    }
    reader.join(5000);
    assertThat(process.exitValue())
        .as("exit code of node " + script + "; its output:\n" + String.join("\n", output))
        .isZero();
    assertThat(output).contains(passed);
  }

  private static void requireTools() throws InterruptedException {
    List<String> missing = new ArrayList<>();
    if (!nodeRuns()) {
      missing.add("Node.js (`node` on the PATH): apt-get install nodejs npm");
    }
    if (!Files.isExecutable(CHROMIUM)) {
      missing.add("Chromium (" + CHROMIUM + "): apt-get install chromium");
    }
    if (!Files.isDirectory(DIR.resolve("node_modules/playwright-core"))) {
      missing.add("playwright-core (server/src/test/console/node_modules): cd server/src/test/console && npm ci");
    }
    if (!missing.isEmpty()) {
      fail("the console's browser tests need " + String.join("; ", missing)
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

  private static void copyLines(Process process, String name, List<String> output) {
    try (BufferedReader lines = new BufferedReader(
        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = lines.readLine()) != null) {
        System.out.println("[" + name + "] " + line);
        output.add(line);
      }
    } catch (IOException e) {
      System.out.println("[" + name + "] output ended: " + e.getMessage());
    }
  }
}
