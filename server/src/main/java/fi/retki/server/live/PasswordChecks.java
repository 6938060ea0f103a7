package fi.retki.server.live;

import io.vertx.core.Future;
import io.vertx.core.WorkerExecutor;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs sign-ins' password checks (bcrypt, a quarter of a second of one core each) on pools of
 * their own, never on the database's, and refuses a check at once when too many are waiting.
 */
final class PasswordChecks {
  /*
   * On the database's pool, sixty wrong passwords at once held all four of its threads for half
   * a minute, and every pupil's note waited behind them. Here they wait only for each other, and
   * no longer than maxPending checks' worth: the rest are refused with Busy, and the client is
   * told to come back in a moment rather than left to queue for minutes.
   *
   * Two lanes: sign-ins from a known device of the teacher they name, and the rest. Strangers
   * (an attacker on many addresses, or a school's first morning) fill only the second lane; a
   * teacher on her own device is checked on the first, behind at most other teachers' devices.
   */

  /** Too many checks are waiting already; try again shortly. */
  static final class Busy extends RuntimeException {
    Busy() {
      super("too many password checks are waiting", null, false, false);
    }
  }

  private record Lane(WorkerExecutor pool, AtomicInteger pending) {}

  private final Lane known;
  private final Lane others;
  private final int maxPending;
  private final AtomicLong ran = new AtomicLong();

  /**
   * @param knownPool runs the checks of sign-ins from a known device
   * @param othersPool runs every other check
   * @param maxPending the most checks running or waiting in each lane
   */
  PasswordChecks(WorkerExecutor knownPool, WorkerExecutor othersPool, int maxPending) {
    if (maxPending < 1) {
      throw new IllegalArgumentException("maxPending must be at least 1, not " + maxPending);
    }
    this.known = new Lane(knownPool, new AtomicInteger());
    this.others = new Lane(othersPool, new AtomicInteger());
    this.maxPending = maxPending;
  }

  /** Runs a check in its lane; a failed future with {@link Busy} if the lane is full. */
  <T> Future<T> run(boolean knownDevice, Callable<T> check) {
    Lane lane = knownDevice ? known : others;
    if (lane.pending().incrementAndGet() > maxPending) {
      lane.pending().decrementAndGet();
      return Future.failedFuture(new Busy());
    }
    return lane.pool().executeBlocking(() -> {
      try {
        ran.incrementAndGet();
        return check.call();
      } finally {
        lane.pending().decrementAndGet();
      }
    }, false);
  }

  /** The number of checks that have run (or are running) since the start. */
  long ran() {
    return ran.get();
  }
}
