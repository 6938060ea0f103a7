package fi.retki.server.live;

/**
 * How many frames a connection may send: a token bucket of {@code burst} frames refilled at
 * {@code perSecond}. A connection that keeps sending into an empty bucket is flooding. Time is
 * passed in (nanoseconds), so tests fix it.
 */
final class FloodGuard {
  enum Verdict { ALLOW, SLOW_DOWN, DROP, CLOSE }

  private final double perSecond;
  private final double burst;
  private final int dropsBeforeClose;
  private double tokens;
  private long last;
  private int dropped;

  FloodGuard(double perSecond, double burst, int dropsBeforeClose, long now) {
    this.perSecond = perSecond;
    this.burst = burst;
    this.dropsBeforeClose = dropsBeforeClose;
    this.tokens = burst;
    this.last = now;
  }

  /** The verdict on a frame arriving at {@code now}: {@code SLOW_DOWN} is the first frame dropped. */
  Verdict frame(long now) {
    tokens = Math.min(burst, tokens + (now - last) / 1e9 * perSecond);
    last = now;
    if (tokens >= 1) {
      tokens -= 1;
      if (tokens >= burst / 2) {
        dropped = 0;
      }
      return Verdict.ALLOW;
    }
    dropped++;
    if (dropped >= dropsBeforeClose) {
      return Verdict.CLOSE;
    }
    return dropped == 1 ? Verdict.SLOW_DOWN : Verdict.DROP;
  }
}
