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
   * no longer than maxPending checks' worth: a sign-in that finds no place is refused at once,
   * before it reads the database, and the client is told to come back in a moment rather than
   * left to queue for minutes.
   *
   * Two lanes: sign-ins from a known device of the teacher they name, and the rest. Strangers
   * (an attacker on many addresses, or a school's first morning) fill only the second lane; a
   * teacher on her own device is checked on the first, behind at most other teachers' devices.
   */

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

  /**
   * A place in a lane, taken before the sign-in reads the database, so that a sign-in refused
   * for a full lane costs nothing. Used from one event loop; {@link #run} or {@link #release}
   * frees it, once.
   */
  final class Slot {
    private final Lane lane;
    private boolean freed;

    private Slot(Lane lane) {
      this.lane = lane;
    }

    /** Runs the check on the lane's pool; the place is freed when it has run. */
    <T> Future<T> run(Callable<T> check) {
      if (freed) {
        throw new IllegalStateException("this place in the lane was already used or released");
      }
      freed = true;
      return lane.pool().executeBlocking(() -> {
        try {
          ran.incrementAndGet();
          return check.call();
        } finally {
          lane.pending().decrementAndGet();
        }
      }, false);
    }

    /** Frees the place without a check (the sign-in was refused or failed before it). */
    void release() {
      if (!freed) {
        freed = true;
        lane.pending().decrementAndGet();
      }
    }
  }

  /** A place in the lane for known devices or for the rest; null if that lane is full. */
  Slot reserve(boolean knownDevice) {
    Lane lane = knownDevice ? known : others;
    if (lane.pending().incrementAndGet() > maxPending) {
      lane.pending().decrementAndGet();
      return null;
    }
    return new Slot(lane);
  }

  /** The number of checks that have run (or are running) since the start. */
  long ran() {
    return ran.get();
  }
}
