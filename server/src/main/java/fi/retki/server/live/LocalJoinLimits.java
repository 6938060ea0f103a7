package fi.retki.server.live;

import io.vertx.core.Future;
import java.util.function.Supplier;

/** A {@link JoinGuard} of this JVM as {@link JoinLimits}. */
final class LocalJoinLimits implements JoinLimits {
  private static final long NANOS_PER_MILLI = 1_000_000;

  private final JoinGuard guard;

  LocalJoinLimits(JoinGuard guard) {
    this.guard = guard;
  }

  @Override
  public <T> Future<JoinGuard.Attempt<T>> attempt(String address, long nowMillis, Supplier<Future<T>> lookup) {
    // The guard counts in nanoseconds; only differences of its times matter.
    long now = nowMillis * NANOS_PER_MILLI;
    long wait = guard.take(address, now);
    if (wait > 0) {
      return Future.succeededFuture(new JoinGuard.Wait<>(wait));
    }
    return lookup.get().transform(looked -> {
      if (looked.succeeded() && looked.result() == null) {
        return Future.succeededFuture(new JoinGuard.Wrong<>());
      }
      guard.refund(address, now);
      return looked.succeeded() ? Future.succeededFuture(new JoinGuard.Found<>(looked.result()))
          : Future.failedFuture(looked.cause());
    });
  }
}
