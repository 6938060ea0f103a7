package fi.retki.tools;

import fi.retki.tools.storm.LivePlan;
import fi.retki.tools.storm.StormRun;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code retki storm}: whole classrooms joining a scene at once, against a running server. */
@Command(name = "storm", mixinStandardHelpOptions = true,
    description = "Emulate whole classes joining a scene at the same moment: every pupil fetches the catalogue, "
        + "the manifest and every asset in priority order, checking each hash. Prints time to first view and "
        + "to ready (p50/p95/p99/max), throughput and errors. With --live every pupil also joins its class's live "
        + "session and each class's teacher guides it; prints join and go-to fan-out latency. Exit 0 if every pupil "
        + "got ready (and, with --live, joined and received every go-to in order).")
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

  @Option(names = "--live", description = "every pupil also joins a live session; a teacher per class guides it")
  boolean live;

  @Option(names = "--teacher", defaultValue = "teacher", paramLabel = "NAME",
      description = "with --live: the teacher account every class's teacher signs in with (default ${DEFAULT-VALUE}); "
          + "its password comes from RETKI_TEACHER_PASSWORD or --password-file")
  String teacher;

  @Option(names = "--password-file", paramLabel = "FILE",
      description = "with --live: a file whose first line is the teacher's password")
  Path passwordFile;

  @Option(names = "--goto-every", defaultValue = "3s", paramLabel = "TIME",
      description = "with --live: time between the teacher's go-tos (default ${DEFAULT-VALUE})")
  String goToEvery;

  @Option(names = "--live-duration", defaultValue = "20s", paramLabel = "TIME",
      description = "with --live: how long each teacher guides the class before ending the session "
          + "(default ${DEFAULT-VALUE})")
  String liveDuration;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  // Where the password comes from when there is no --password-file; tests give their own.
  Map<String, String> env = System.getenv();

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
    Duration duration = duration(line, "--duration-limit", limit);
    LivePlan livePlan = live ? livePlan(line, duration) : null;
    StormRun.Outcome outcome;
    try {
      outcome = StormRun.run(server, scene, tier, classes, pupils, http.equals("2"), duration, livePlan);
    } catch (StormRun.CannotStart e) {
      line.getErr().println("retki: the live sessions could not start: " + e.getMessage());
      return Retki.BAD_DATA;
    }
    line.getOut().print(outcome.report());
    line.getOut().flush();
    return outcome.ok() ? Retki.OK : Retki.BAD_DATA;
  }

  private LivePlan livePlan(CommandLine line, Duration limit) {
    Duration every = duration(line, "--goto-every", goToEvery);
    Duration guided = duration(line, "--live-duration", liveDuration);
    if (guided.compareTo(every) < 0) {
      throw new CommandLine.ParameterException(line, "--live-duration " + liveDuration
          + " is shorter than --goto-every " + goToEvery + "; the teacher would send no go-to");
    }
    if (guided.compareTo(limit) >= 0) {
      throw new CommandLine.ParameterException(line, "--live-duration " + liveDuration
          + " leaves no time within --duration-limit " + this.limit + " for joining and loading; raise the limit");
    }
    return new LivePlan(teacher, password(line), every, guided);
  }

  private String password(CommandLine line) {
    if (passwordFile != null) {
      try {
        String text = Files.readString(passwordFile);
        int end = text.indexOf('\n');
        return (end < 0 ? text : text.substring(0, end)).replaceFirst("\r$", "");
      } catch (IOException e) {
        throw new CommandLine.ParameterException(line, "cannot read --password-file " + passwordFile + ": "
            + e.getClass().getSimpleName());
      }
    }
    String password = env.get("RETKI_TEACHER_PASSWORD");
    if (password == null || password.isEmpty()) {
      throw new CommandLine.ParameterException(line, "--live signs in as teacher \"" + teacher
          + "\": set RETKI_TEACHER_PASSWORD or give --password-file FILE");
    }
    return password;
  }

  static Duration duration(CommandLine line, String option, String text) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+)(ms|s|m)").matcher(text);
    if (!m.matches()) {
      throw new CommandLine.ParameterException(line, option + " \"" + text + "\" is not a time; use e.g. 90s or 3m");
    }
    long n = Long.parseLong(m.group(1));
    Duration d = m.group(2).equals("ms") ? Duration.ofMillis(n) : m.group(2).equals("s") ? Duration.ofSeconds(n)
        : Duration.ofMinutes(n);
    if (d.isZero() || d.compareTo(Duration.ofMinutes(30)) > 0) {
      throw new CommandLine.ParameterException(line, option + " must be above 0 and at most 30m, not " + text);
    }
    return d;
  }
}
