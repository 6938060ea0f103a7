package fi.retki.client.app;

/**
 * When the app started, showed its first view and had the whole scene: the figures the client
 * prints per tier. Written on the render thread, read by anyone.
 */
public final class Timings {
  private final long startNanos;
  private volatile long firstViewNanos = -1;
  private volatile long readyNanos = -1;
  private volatile String tier = "?";

  public Timings(long startNanos) {
    this.startNanos = startNanos;
  }

  public void tier(String tier) {
    this.tier = tier;
  }

  public void firstView() {
    if (firstViewNanos < 0) {
      firstViewNanos = System.nanoTime();
    }
  }

  public void ready() {
    if (readyNanos < 0) {
      readyNanos = System.nanoTime();
    }
  }

  /** Milliseconds from start to the first view, or -1. */
  public long firstViewMillis() {
    return firstViewNanos < 0 ? -1 : (firstViewNanos - startNanos) / 1_000_000;
  }

  /** Milliseconds from start to the whole scene loaded and shown, or -1. */
  public long readyMillis() {
    return readyNanos < 0 ? -1 : (readyNanos - startNanos) / 1_000_000;
  }

  public String tier() {
    return tier;
  }

  @Override
  public String toString() {
    return "tier=" + tier + " start-to-first-view=" + firstViewMillis() + "ms start-to-ready=" + readyMillis() + "ms";
  }
}
