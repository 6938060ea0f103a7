package fi.retki.tools.torture;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The packaged server as an operator runs it ({@code java -jar}), in its own process, on
 * 127.0.0.1. Its output goes to a log file; the first start over an empty data directory tells
 * the first teacher's password, which is kept.
 */
final class ServerProcess {
  private static final Pattern STARTED = Pattern.compile("event=start url=(http://127\\.0\\.0\\.1:\\d+/)");
  private static final Pattern FIRST_TEACHER = Pattern.compile("event=first-teacher name=(\\S+) password=(\\S+)");

  private final Process process;
  private final Thread reader;
  private final URI url;
  private final String firstPassword;

  private ServerProcess(Process process, Thread reader, URI url, String firstPassword) {
    this.process = process;
    this.reader = reader;
    this.url = url;
    this.firstPassword = firstPassword;
  }

  /** Starts the jar over {@code dataDir} and waits until it serves, at most {@code limit}. */
  static ServerProcess start(Path jar, int port, Path dataDir, Path log, Duration limit) throws IOException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process process = new ProcessBuilder(java.toString(), "-Xmx512m", "-jar", jar.toString(),
        "--port", Integer.toString(port), "--bind", "127.0.0.1", "--data-dir", dataDir.toString())
        .redirectErrorStream(true).start();
    CompletableFuture<URI> started = new CompletableFuture<>();
    CompletableFuture<String> password = new CompletableFuture<>();
    Thread reader = new Thread(() -> copy(process, log, started, password), "server-log-" + process.pid());
    reader.setDaemon(true);
    reader.start();
    try {
      URI url = started.get(limit.toMillis(), TimeUnit.MILLISECONDS);
      if (url == null) {
        throw new IOException("the server stopped before it served; see " + log);
      }
      return new ServerProcess(process, reader, url, password.getNow(null));
    } catch (InterruptedException | ExecutionException | TimeoutException e) {
      process.toHandle().destroyForcibly();
      throw new IOException("the server did not start within " + limit.toSeconds() + " s; see " + log, e);
    }
  }

  private static void copy(Process process, Path log, CompletableFuture<URI> started, CompletableFuture<String> password) {
    try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        PrintWriter out = new PrintWriter(Files.newBufferedWriter(log, StandardCharsets.UTF_8))) {
      for (String line; (line = lines.readLine()) != null; ) {
        out.println(line);
        out.flush();
        Matcher teacher = FIRST_TEACHER.matcher(line);
        if (teacher.find()) {
          password.complete(teacher.group(2));
        }
        Matcher url = STARTED.matcher(line);
        if (url.find()) {
          started.complete(URI.create(url.group(1)));
        }
      }
    } catch (IOException e) {
      // the process is gone, or the log cannot be written: the start fails below either way
    }
    started.complete(null);
  }

  URI url() {
    return url;
  }

  long pid() {
    return process.pid();
  }

  /** The first teacher's password if this start made the account, else null. */
  String firstPassword() {
    return firstPassword;
  }

  /** SIGKILL ({@code kill -9}): the process gets no chance to finish anything. Waits until it is gone. */
  void kill() throws IOException {
    process.toHandle().destroyForcibly();
    awaitExit();
  }

  /** SIGTERM: the server's own orderly shutdown. Waits until it is gone. */
  void stop() throws IOException {
    process.toHandle().destroy();
    awaitExit();
  }

  private void awaitExit() throws IOException {
    try {
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.toHandle().destroyForcibly();
        throw new IOException("server process " + process.pid() + " did not exit within 30 s");
      }
      reader.join(10_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.toHandle().destroyForcibly();
      throw new IOException("interrupted while waiting for the server to exit", e);
    }
  }
}
