package fi.retki.tools;

import fi.retki.tools.torture.Torture;
import fi.retki.tools.torture.TorturePlan;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code retki torture}: acknowledged work against kill -9, round after round. */
@Command(name = "torture", mixinStandardHelpOptions = true,
    description = "Start the packaged server (java -jar, its own process, 127.0.0.1), let classes of pupils save notes "
        + "and upload snapshots as fast as it acknowledges them, kill it with SIGKILL at a random (seeded) moment, "
        + "restart it over the same data directory and check through the teacher's API that every acknowledged note "
        + "(exact text) and snapshot (same pixels) is there. Prints a line per round and the totals. Exit 0 if "
        + "nothing acknowledged was lost, 65 if something was, 70 if a round could not run.")
final class TortureCommand implements Callable<Integer> {
  @Option(names = "--server-jar", defaultValue = "server/target/retki-server.jar", paramLabel = "JAR",
      description = "the packaged server (default ${DEFAULT-VALUE})")
  Path serverJar;

  @Option(names = "--data-dir", required = true, paramLabel = "DIR",
      description = "the server's data directory, kept across rounds; empty or made by an earlier torture "
          + "(its logs and the teacher's password go beside it, in DIR-logs)")
  Path dataDir;

  @Option(names = "--port", defaultValue = "0", description = "the server's port; 0 picks a free one (default ${DEFAULT-VALUE})")
  int port;

  @Option(names = "--rounds", defaultValue = "20", description = "kills (default ${DEFAULT-VALUE})")
  int rounds;

  @Option(names = "--sessions", defaultValue = "4", description = "class sessions per round (default ${DEFAULT-VALUE})")
  int sessions;

  @Option(names = "--pupils", defaultValue = "10", description = "pupils per session (default ${DEFAULT-VALUE})")
  int pupils;

  @Option(names = "--uploaders", defaultValue = "20",
      description = "pupils uploading snapshots at the same time, one after another (default ${DEFAULT-VALUE})")
  int uploaders;

  @Option(names = "--seed", description = "picks the kill moments; the same seed, the same moments (default: the clock)")
  Long seed;

  @Option(names = "--kill-from", defaultValue = "200", paramLabel = "MS",
      description = "earliest kill, in ms after the traffic began (default ${DEFAULT-VALUE})")
  long killFrom;

  @Option(names = "--kill-to", defaultValue = "3000", paramLabel = "MS",
      description = "latest kill, in ms after the traffic began (default ${DEFAULT-VALUE})")
  long killTo;

  @Option(names = "--time-limit", defaultValue = "25m", paramLabel = "TIME",
      description = "start no round after this long, e.g. 90s or 10m (default ${DEFAULT-VALUE})")
  String limit;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    CommandLine line = spec.commandLine();
    if (!Files.isRegularFile(serverJar)) {
      throw new CommandLine.ParameterException(line, "--server-jar " + serverJar + " is not a file; build the server "
          + "first (./mvnw -pl server -am package -DskipTests)");
    }
    if (port < 0 || port > 65535) {
      throw new CommandLine.ParameterException(line, "--port must be 0 to 65535, not " + port);
    }
    if (rounds < 1 || rounds > 1000 || sessions < 1 || sessions > 40 || pupils < 1 || pupils > 60) {
      throw new CommandLine.ParameterException(line, "use 1 to 1000 rounds of 1 to 40 sessions of 1 to 60 pupils");
    }
    if (uploaders < 0 || uploaders > sessions * pupils) {
      throw new CommandLine.ParameterException(line, "--uploaders must be 0 to " + sessions * pupils + " (the pupils)");
    }
    if (killFrom < 0 || killTo < killFrom || killTo > 600_000) {
      throw new CommandLine.ParameterException(line, "--kill-from and --kill-to must be 0 <= from <= to <= 600000 ms");
    }
    Duration duration = StormCommand.duration(line, "--time-limit", limit);
    long chosen = seed != null ? seed : System.currentTimeMillis();
    TorturePlan plan = new TorturePlan(serverJar.toAbsolutePath(), dataDir.toAbsolutePath(), port, rounds, sessions,
        pupils, uploaders, chosen, Duration.ofMillis(killFrom), Duration.ofMillis(killTo), duration);
    Torture.Outcome outcome = Torture.run(plan, line.getOut());
    if (!outcome.lostNothing()) {
      return Retki.BAD_DATA;
    }
    return outcome.failure() != null ? Retki.INTERNAL : Retki.OK;
  }
}
