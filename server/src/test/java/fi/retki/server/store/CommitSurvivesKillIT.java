package fi.retki.server.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What append promises: once it returns, the events are in the database file, even if the JVM is
 * killed the next moment (kill -9, no shutdown hooks, no background writer catching up). A second
 * process cannot open the database while the first holds it.
 */
class CommitSurvivesKillIT {
  @TempDir Path dataDir;

  @Test
  void appendedEvents_surviveKill9RightAfterAppendReturns() throws Exception {
    Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), AppendThenWait.class.getName(), dataDir.toString())
        .redirectError(ProcessBuilder.Redirect.INHERIT)
        .start();
    try (BufferedReader said = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        OutputStream ask = child.getOutputStream()) {
      assertThat(CompletableFuture.supplyAsync(() -> line(said)).get(60, TimeUnit.SECONDS)).isEqualTo("ready");

      assertThatThrownBy(() -> Database.open(dataDir))
          .isInstanceOf(StoreException.class)
          .hasMessageContaining("is in use by another program");

      for (int seq = 0; seq < 3; seq++) {
        ask.write('\n');
        ask.flush();
        assertThat(line(said)).isEqualTo("appended " + seq);
      }
      child.destroyForcibly(); // SIGKILL, a millisecond after the last append returned
      assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
    } finally {
      child.destroyForcibly();
    }

    try (Database db = Database.open(dataDir)) {
      SessionStore sessions = new SessionStore(db);
      assertThat(sessions.events("s1")).extracting(StoredEvent::body)
          .containsExactly("{\"poi\":0}", "{\"poi\":1}", "{\"poi\":2}");
      assertThat(sessions.openCodes()).containsExactly("K7PX2M");
    }
  }

  private static String line(BufferedReader in) {
    try {
      return in.readLine();
    } catch (java.io.IOException e) {
      return e.toString();
    }
  }
}
