package fi.retki.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** retki torture refuses what it cannot run before it starts any server. */
class TortureCommandTest {
  @TempDir Path tmp;

  private int run(StringWriter err, String... args) {
    CommandLine line = Retki.commandLine();
    line.setOut(new PrintWriter(new StringWriter()));
    line.setErr(new PrintWriter(err));
    return line.execute(args);
  }

  @Test
  void aMissingServerJar_isAUsageErrorThatSaysHowToBuildIt() {
    StringWriter err = new StringWriter();
    int exit = run(err, "torture", "--data-dir", tmp.resolve("data").toString(), "--server-jar",
        tmp.resolve("no.jar").toString());
    assertThat(exit).isEqualTo(64);
    assertThat(err.toString()).contains("is not a file").contains("./mvnw -pl server -am package");
    assertThat(tmp.resolve("data")).doesNotExist();
  }

  @Test
  void anEmptyKillWindowOrTooManyUploaders_areUsageErrors() throws Exception {
    Path jar = Files.createFile(tmp.resolve("server.jar"));
    StringWriter window = new StringWriter();
    assertThat(run(window, "torture", "--data-dir", tmp.toString(), "--server-jar", jar.toString(),
        "--kill-from", "3000", "--kill-to", "1000")).isEqualTo(64);
    assertThat(window.toString()).contains("--kill-from and --kill-to");
    StringWriter uploaders = new StringWriter();
    assertThat(run(uploaders, "torture", "--data-dir", tmp.toString(), "--server-jar", jar.toString(),
        "--sessions", "1", "--pupils", "5", "--uploaders", "6")).isEqualTo(64);
    assertThat(uploaders.toString()).contains("--uploaders must be 0 to 5");
  }
}
