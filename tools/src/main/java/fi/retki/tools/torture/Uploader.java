package fi.retki.tools.torture;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One pupil uploading snapshots one after another, each a new picture, until stopped or the
 * server is gone. Every 201 goes into the ledger with the bytes that were sent.
 */
final class Uploader {
  private final Api api;
  private final Pupil pupil;
  private final Ledger ledger;
  private final long seed;
  private final AtomicBoolean running = new AtomicBoolean();
  private final AtomicBoolean waiting = new AtomicBoolean();
  private final AtomicInteger sent = new AtomicInteger();
  private final AtomicInteger refused = new AtomicInteger();

  Uploader(Api api, Pupil pupil, Ledger ledger, long seed) {
    this.api = api;
    this.pupil = pupil;
    this.ledger = ledger;
    this.seed = seed;
  }

  void start() {
    running.set(true);
    next();
  }

  void stop() {
    running.set(false);
  }

  /** True while an upload has been sent and not yet answered. */
  boolean waiting() {
    return waiting.get();
  }

  int refused() {
    return refused.get();
  }

  private void next() {
    if (!running.get()) {
      return;
    }
    byte[] png = Pictures.png(seed * 100_003 + sent.incrementAndGet());
    long start = System.nanoTime();
    waiting.set(true);
    api.upload(pupil.token(), png).whenComplete((uploaded, failure) -> {
      if (failure != null) {
        running.set(false); // no answer: the server is gone
        waiting.set(false);
        return;
      }
      long now = System.nanoTime();
      if (uploaded.status() == 201 && uploaded.snapshotId() != null) {
        ledger.snapshotAcked(new Ledger.Snapshot(pupil.sessionId(), uploaded.snapshotId(), png, now), now - start);
      } else {
        refused.incrementAndGet();
      }
      waiting.set(false);
      next();
    });
  }
}
