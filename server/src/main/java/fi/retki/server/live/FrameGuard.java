package fi.retki.server.live;

/**
 * What one connection may send, frame by frame, whatever the frame is (text, binary, ping, pong
 * or a fragment), and how many errors it may earn.
 *
 * <p>Frames: a token bucket of {@code burst} tokens refilled at {@code perSecond}; a frame costs
 * one token plus one per {@code bytesPerToken} of payload, so a connection can neither send many
 * small frames nor a stream of big ones. A connection that keeps sending into an empty bucket is
 * flooding. Errors: a second bucket, of {@code errorBurst} error replies refilled at
 * {@code errorsPerSecond}; a connection that keeps earning errors is not worth answering. Time is
 * passed in (nanoseconds), so tests fix it. Thread-safe: a connection's errors are also counted on
 * its session's context.
 */
final class FrameGuard {
  enum Verdict { ALLOW, SLOW_DOWN, DROP, CLOSE }

  /** The error replies a live connection may earn at once. */
  static final int ERROR_BURST = 150;

  /**
   * The live protocol's limits for one connection: 50 frames a second with bursts of 100, a
   * token per 16 KiB; 100 dropped frames in a row close it. 150 errors, then one a second: more
   * than a fast flood can earn before the frame limit closes it, so each limit closes what it is
   * for (a flood, a client that keeps sending bad messages slowly).
   */
  static FrameGuard forLive(long now) {
    return new FrameGuard(50, 100, 16 * 1024, 100, 1, ERROR_BURST, now);
  }

  private final double perSecond;
  private final double burst;
  private final int bytesPerToken;
  private final int dropsBeforeClose;
  private final double errorsPerSecond;
  private final double errorBurst;
  private double tokens;
  private double errorTokens;
  private long last;
  private long lastError;
  private int dropped;

  FrameGuard(double perSecond, double burst, int bytesPerToken, int dropsBeforeClose,
      double errorsPerSecond, double errorBurst, long now) {
    this.perSecond = perSecond;
    this.burst = burst;
    this.bytesPerToken = bytesPerToken;
    this.dropsBeforeClose = dropsBeforeClose;
    this.errorsPerSecond = errorsPerSecond;
    this.errorBurst = errorBurst;
    this.tokens = burst;
    this.errorTokens = errorBurst;
    this.last = now;
    this.lastError = now;
  }

  /**
   * The verdict on a frame of {@code bytes} payload arriving at {@code now}: {@code SLOW_DOWN} is
   * the first frame dropped. A big frame may take the bucket below zero; the connection then waits.
   */
  synchronized Verdict frame(long now, int bytes) {
    tokens = Math.min(burst, tokens + Math.max(0, now - last) / 1e9 * perSecond);
    last = now;
    if (tokens >= 1) {
      tokens -= 1 + bytes / bytesPerToken;
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

  /** True if an error reply at {@code now} may be sent; false if the connection has earned too many. */
  synchronized boolean error(long now) {
    errorTokens = Math.min(errorBurst, errorTokens + Math.max(0, now - lastError) / 1e9 * errorsPerSecond);
    lastError = now;
    if (errorTokens >= 1) {
      errorTokens -= 1;
      return true;
    }
    return false;
  }
}
