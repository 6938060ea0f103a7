package fi.retki.tools.torture;

import java.io.IOException;
import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * One round's traffic: the teacher starts the classes' sessions, every pupil joins, then notes
 * and snapshot uploads flow as fast as the server acknowledges them until the server is killed
 * with SIGKILL at the round's moment.
 */
final class Round {
  /** What the round sent and what the server acknowledged before it died. */
  record Traffic(int number, List<Api.Started> sessions, Ledger ledger, long trafficMillis, long quietMillis,
      long killNanos, int refusedNotes, int refusedUploads) {}

  private static final long QUIET_MAX_MILLIS = 2000;
  private static final long SETTLE_MILLIS = 30_000;

  private Round() {}

  static Traffic run(int number, TorturePlan plan, ServerProcess server, Api api, Api.SignedIn teacher, String scene,
      HttpClient http, ScheduledExecutorService timer, Random random) throws IOException {
    List<Api.Started> sessions = new ArrayList<>();
    for (int s = 0; s < plan.sessions(); s++) {
      sessions.add(api.startSession(teacher, scene));
    }
    Ledger ledger = new Ledger();
    List<CompletableFuture<Pupil>> joining = new ArrayList<>();
    for (int s = 0; s < sessions.size(); s++) {
      for (int p = 0; p < plan.pupils(); p++) {
        Pupil pupil = new Pupil(sessions.get(s).id(), sessions.get(s).code(), "r" + number + "s" + s + "p" + p, ledger,
            timer, random.nextLong());
        joining.add(pupil.join(http, api.server()));
      }
    }
    List<Pupil> pupils = new ArrayList<>();
    try {
      CompletableFuture.allOf(joining.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
      for (CompletableFuture<Pupil> joined : joining) {
        pupils.add(joined.get());
      }
    } catch (Exception e) {
      server.kill();
      throw new IOException("round " + number + ": not every pupil could join: " + e.getMessage(), e);
    }
    List<Uploader> uploaders = new ArrayList<>();
    // Spread the uploaders over the sessions: pupil i of every session before pupil i+1 of any.
    for (int i = 0; i < plan.uploaders(); i++) {
      int s = i % plan.sessions();
      int p = i / plan.sessions();
      uploaders.add(new Uploader(api, pupils.get(s * plan.pupils() + p), ledger, random.nextLong()));
    }
    long window = plan.killTo().toMillis() - plan.killFrom().toMillis();
    long killAfter = plan.killFrom().toMillis() + (window == 0 ? 0 : (long) (random.nextDouble() * window));
    long begun = System.nanoTime();
    pupils.forEach(Pupil::start);
    uploaders.forEach(Uploader::start);
    sleep(killAfter);
    long quiet = 0;
    if (random.nextBoolean()) {
      // Half the rounds end their traffic first and kill a quiet server up to 2 s later: then no
      // later commit can write what an earlier one may have left only in memory.
      pupils.forEach(Pupil::pause);
      uploaders.forEach(Uploader::stop);
      awaitSettled(pupils, uploaders);
      quiet = (long) (random.nextDouble() * QUIET_MAX_MILLIS);
      sleep(quiet);
    }
    long killed = System.nanoTime();
    server.kill();
    pupils.forEach(Pupil::stop);
    uploaders.forEach(Uploader::stop);
    int refusedNotes = pupils.stream().mapToInt(Pupil::refused).sum();
    int refusedUploads = uploaders.stream().mapToInt(Uploader::refused).sum();
    return new Traffic(number, List.copyOf(sessions), ledger, (killed - begun) / 1_000_000 - quiet, quiet, killed,
        refusedNotes, refusedUploads);
  }

  /** Waits until no note and no upload is waiting for its answer. */
  private static void awaitSettled(List<Pupil> pupils, List<Uploader> uploaders) throws IOException {
    long until = System.nanoTime() + SETTLE_MILLIS * 1_000_000;
    while (pupils.stream().anyMatch(Pupil::waiting) || uploaders.stream().anyMatch(Uploader::waiting)) {
      if (System.nanoTime() > until) {
        throw new IOException("the server did not answer the last notes and uploads within " + SETTLE_MILLIS + " ms");
      }
      sleep(5);
    }
  }

  private static void sleep(long millis) throws IOException {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }
}
