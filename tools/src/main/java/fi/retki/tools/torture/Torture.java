package fi.retki.tools.torture;

import fi.retki.scenes.live.Command;
import fi.retki.scenes.wire.Reply;
import fi.retki.scenes.wire.Request;
import fi.retki.scenes.wire.WireCodec;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Runs the torture's rounds against the packaged server and prints a line per round and the totals. */
public final class Torture {
  /*
   * Each server process checks the round before it and then carries the next round's traffic:
   * start (the first start over an empty data directory makes the teacher and tells its password),
   * check round n-1, end its sessions, run round n, kill. One more start checks the last round and
   * is stopped with SIGTERM. The kill moment of each round comes from the seed, so a run that lost
   * something can be repeated.
   */

  /**
   * How a run ended: rounds checked, what was acknowledged and lost, and why it could not go on if
   * a round failed to run ({@code failure}; reaching the time limit is not a failure).
   */
  public record Outcome(int rounds, int ackedNotes, int ackedSnapshots, int lost, String failure) {
    public boolean lostNothing() {
      return lost == 0;
    }
  }

  private static final Duration START_LIMIT = Duration.ofSeconds(120);
  private static final String TEACHER = "teacher";

  private Torture() {}

  public static Outcome run(TorturePlan plan, PrintWriter out) throws IOException {
    Files.createDirectories(plan.dataDir());
    Path logs = plan.dataDir().resolveSibling(plan.dataDir().getFileName() + "-logs");
    Files.createDirectories(logs);
    Path password = logs.resolve("teacher-password");
    ExecutorService pool = Executors.newFixedThreadPool(4);
    ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    HttpClient http = HttpClient.newBuilder().executor(pool).version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(10)).build();
    Random random = new Random(plan.seed());
    TortureReport report = new TortureReport(out, plan);
    long deadline = System.nanoTime() + plan.limit().toNanos();
    report.header();
    String failure = null;
    ServerProcess server = null;
    Round.Traffic previous = null;
    try {
      for (int round = 1; round <= plan.rounds() + 1; round++) {
        server = ServerProcess.start(plan.serverJar(), plan.port(), plan.dataDir(), logs.resolve("server-" + round + ".log"),
            START_LIMIT);
        if (server.firstPassword() != null) {
          Files.writeString(password, server.firstPassword());
        }
        if (!Files.exists(password)) {
          throw new IOException("the data directory " + plan.dataDir() + " has a teacher whose password this torture "
              + "does not know; start over with an empty data directory");
        }
        Api api = new Api(http, server.url());
        Api.SignedIn teacher = api.signIn(TEACHER, Files.readString(password).strip());
        if (previous != null) {
          report.round(Check.run(previous, api, teacher), server.pid(), databaseBytes(plan.dataDir()));
          end(http, api, teacher, previous.sessions());
        }
        if (round > plan.rounds()) {
          break;
        }
        if (System.nanoTime() > deadline) {
          out.printf("the time limit of %d s is reached: no more rounds%n", plan.limit().toSeconds());
          break; // this server has checked the last round that ran
        }
        previous = Round.run(round, plan, server, api, teacher, api.firstScene(), http, timer, random);
        server = null; // killed by the round
      }
    } catch (IOException e) {
      failure = e.getMessage();
    } finally {
      if (server != null) {
        server.stop();
      }
      timer.shutdownNow();
      pool.shutdownNow();
    }
    return report.totals(failure);
  }

  /** The size of the embedded database's file, or 0 if there is none. */
  private static long databaseBytes(Path dataDir) {
    try {
      return Files.size(dataDir.resolve("db").resolve("retki.mv.db"));
    } catch (IOException e) {
      return 0;
    }
  }

  /** Ends the checked sessions, as a teacher would after class, so that restarts do not resume them all. */
  private static void end(HttpClient http, Api api, Api.SignedIn teacher, List<Api.Started> sessions) {
    List<CompletableFuture<Void>> ending = new ArrayList<>();
    for (Api.Started session : sessions) {
      CompletableFuture<Void> ended = new CompletableFuture<>();
      java.util.concurrent.atomic.AtomicReference<LiveLink> link = new java.util.concurrent.atomic.AtomicReference<>();
      LiveLink.open(http, api.server(), teacher.cookie(), reply -> {
        if (reply instanceof Reply.Welcome) {
          link.get().send(WireCodec.encodeRequest("end", new Request.Act(new Command.EndSession())));
        } else if (reply instanceof Reply.Ack ack && "end".equals(ack.ref())) {
          ended.complete(null);
        }
      }, () -> ended.complete(null)).thenAccept(opened -> {
        link.set(opened);
        opened.send(WireCodec.encodeRequest("watch", new Request.Watch(session.id())));
      });
      ending.add(ended);
    }
    try {
      CompletableFuture.allOf(ending.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
    } catch (Exception e) {
      // left open: the next start resumes them, which costs time, not correctness
    }
  }
}
