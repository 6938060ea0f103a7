package fi.retki.tools;

import fi.retki.tools.storm.StormRun;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code retki storm}: whole classrooms joining a scene at once, against a running server. */
@Command(name = "storm", mixinStandardHelpOptions = true,
    description = "Emulate whole classes joining a scene at the same moment: every pupil fetches the catalogue, "
        + "the manifest and every asset in priority order, checking each hash. Prints time to first view and "
        + "to ready (p50/p95/p99/max), throughput and errors. Exit 0 if every pupil got ready.")
final class StormCommand implements Callable<Integer> {
  @Option(names = "--server", required = true, paramLabel = "URL", description = "the server, e.g. http://127.0.0.1:8080")
  URI server;

  @Option(names = "--classes", defaultValue = "40", description = "classes joining at once (default ${DEFAULT-VALUE})")
  int classes;

  @Option(names = "--pupils", defaultValue = "30", description = "pupils per class (default ${DEFAULT-VALUE})")
  int pupils;

  @Option(names = "--tier", defaultValue = "mid", description = "low, mid or high (default ${DEFAULT-VALUE})")
  String tier;

  @Option(names = "--scene", defaultValue = "rainforest", description = "the scene to join (default ${DEFAULT-VALUE})")
  String scene;

  @Option(names = "--http", defaultValue = "1.1", description = "1.1 (6 connections per pupil) or 2 (one connection)")
  String http;

  @Option(names = "--duration-limit", defaultValue = "120s", paramLabel = "TIME",
      description = "stop after this long, e.g. 90s or 3m (default ${DEFAULT-VALUE})")
  String limit;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    CommandLine line = spec.commandLine();
    if (classes < 1 || classes > 200 || pupils < 1 || pupils > 100) {
      throw new CommandLine.ParameterException(line, "use 1 to 200 classes of 1 to 100 pupils");
    }
    if (!tier.equals("low") && !tier.equals("mid") && !tier.equals("high")) {
      throw new CommandLine.ParameterException(line, "\"" + tier + "\" is not a tier; use low, mid or high");
    }
    if (!http.equals("1.1") && !http.equals("2")) {
      throw new CommandLine.ParameterException(line, "--http is 1.1 or 2, not \"" + http + "\"");
    }
    if (server.getScheme() == null || !server.getScheme().matches("https?") || server.getHost() == null) {
      throw new CommandLine.ParameterException(line, "--server needs an http:// or https:// URL with a host");
    }
    Duration duration = duration(line, limit);
    StormRun.Outcome outcome = StormRun.run(server, scene, tier, classes, pupils, http.equals("2"), duration);
    line.getOut().print(outcome.report());
    line.getOut().flush();
    return outcome.allReady() ? Retki.OK : Retki.BAD_DATA;
  }

  static Duration duration(CommandLine line, String text) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+)(ms|s|m)").matcher(text);
    if (!m.matches()) {
      throw new CommandLine.ParameterException(line, "\"" + text + "\" is not a time; use e.g. 90s or 3m");
    }
    long n = Long.parseLong(m.group(1));
    Duration d = m.group(2).equals("ms") ? Duration.ofMillis(n) : m.group(2).equals("s") ? Duration.ofSeconds(n)
        : Duration.ofMinutes(n);
    if (d.isZero() || d.compareTo(Duration.ofMinutes(30)) > 0) {
      throw new CommandLine.ParameterException(line, "the time limit must be above 0 and at most 30m");
    }
    return d;
  }
}
