package fi.retki.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The packaged server as an operator runs it, {@code java -jar}, in its own process. */
final class ServerProcess implements AutoCloseable {
  private static final Pattern STARTED = Pattern.compile("event=start url=http://127.0.0.1:(\\d+)/");
  private static final Pattern FIRST_TEACHER = Pattern.compile("event=first-teacher name=(\\S+) password=(\\S+)");

  final Process process;
  final List<String> log = java.util.Collections.synchronizedList(new ArrayList<>());
  final int port;
  private final Thread reader;
  private volatile String firstPassword;

  /** Starts the jar on a free port over {@code dataDir} and waits (up to 2 minutes) until it serves. */
  ServerProcess(Path dataDir) throws Exception {
    this(dataDir, List.of(), Map.of());
  }

  /**
   * Starts the jar on a free port of 127.0.0.1 over {@code dataDir}, with more flags after those
   * (e.g. {@code --proxy-protocol}) and more environment variables (e.g. {@code RETKI_METRICS_TOKEN}),
   * and waits (up to 2 minutes) until it serves.
   */
  ServerProcess(Path dataDir, List<String> flags, Map<String, String> env) throws Exception {
    Path jar = Path.of("target/retki-server.jar");
    assertThat(jar).as("packaged before integration tests").exists();
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx256m", "-jar", jar.toString(), "--port", "0", "--bind", "127.0.0.1", "--data-dir", dataDir.toString()));
    command.addAll(flags);
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().putAll(env);
    process = builder.start();
    CompletableFuture<Integer> started = new CompletableFuture<>();
    reader = new Thread(() -> {
      try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line; (line = lines.readLine()) != null; ) {
          log.add(line);
          Matcher teacher = FIRST_TEACHER.matcher(line);
          if (teacher.find()) {
            firstPassword = teacher.group(2);
          }
          Matcher url = STARTED.matcher(line);
          if (url.find()) {
            started.complete(Integer.parseInt(url.group(1)));
          }
        }
      } catch (java.io.IOException e) {
        // the process is gone
      }
      started.complete(-1);
    }, "server-log");
    reader.start();
    port = started.get(120, TimeUnit.SECONDS);
    assertThat(port).as(String.join("\n", log)).isPositive();
  }

  /** The first teacher's password, if this start made the account. */
  String firstPassword() {
    return firstPassword;
  }

  /** SIGTERM, through the handle: {@code Process.destroy} would also close our end of the log pipe. */
  void terminate() {
    process.toHandle().destroy();
  }

  /** The operating system's process id. */
  long pid() {
    return process.pid();
  }

  /** SIGKILL to its PID: the process gets no chance to finish anything. */
  void kill() throws Exception {
    process.toHandle().destroyForcibly();
    assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    reader.join(10_000);
  }

  /** Waits for the process to exit by itself; returns the whole log. */
  String awaitExit() throws Exception {
    assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    reader.join(10_000);
    return String.join("\n", log);
  }

  @Override
  public void close() {
    process.destroyForcibly();
  }
}
