package fi.retki.server.live;

import java.io.Serializable;

/**
 * What one sign-in key remembers: its strikes, its attempts in flight, its lock. The rules of
 * {@link SignInLimiter}, kept apart from where the state lives: a map in this JVM, or an entry of
 * a cluster's shared map that its partition owner updates (so the class is serializable, and
 * every method is deterministic in the time it is given: a backup replays the same change on its
 * copy and must come out the same).
 */
final class Strikes implements Serializable {
  private static final long serialVersionUID = 1L;

  int strikes;
  int inFlight;
  long lockedUntil;
  long leakedUpTo;

  void leak(long now, SignInLimiter.Policy policy) {
    if (strikes == 0) {
      leakedUpTo = now;
      return;
    }
    long leaked = (now - leakedUpTo) / policy.leakMillis();
    if (leaked > 0) {
      strikes = (int) Math.max(0, strikes - leaked);
      leakedUpTo = strikes == 0 ? now : leakedUpTo + leaked * policy.leakMillis();
    }
  }

  void strike(long now, SignInLimiter.Policy policy) {
    if (strikes == 0) {
      leakedUpTo = now;
    }
    strikes = strikes == Integer.MAX_VALUE ? strikes : strikes + 1;
    if (strikes >= policy.free()) {
      // Past 2^30 times the first lock, every lock is the longest anyway.
      int doublings = Math.min(strikes - policy.free(), 30);
      long lock = Math.min(policy.maxLockMillis(), policy.firstLockMillis() << doublings);
      lockedUntil = Math.max(lockedUntil, now + lock);
    }
  }

  /** A right password, for a key that forgives. */
  void forgive() {
    strikes = 0;
    lockedUntil = 0;
  }

  long waitMillis(long now, SignInLimiter.Policy policy) {
    if (lockedUntil > now) {
      return lockedUntil - now;
    }
    // Under the budget, attempts in flight count as the strikes they may become; beyond it,
    // one at a time, each after the lock the last one earned.
    boolean full = strikes >= policy.free() ? inFlight > 0 : strikes + inFlight >= policy.free();
    return full ? policy.firstLockMillis() : 0;
  }

  boolean isIdle(long now) {
    return strikes == 0 && inFlight == 0 && lockedUntil <= now;
  }

  /** When, with nothing more happening, the key has nothing left to remember but attempts in flight. */
  long forgottenAt(SignInLimiter.Policy policy) {
    long leaked = strikes == 0 ? leakedUpTo
        : leakedUpTo + Math.min((long) strikes, Long.MAX_VALUE / 2 / policy.leakMillis()) * policy.leakMillis();
    return Math.max(lockedUntil, leaked);
  }
}
