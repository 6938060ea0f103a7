package fi.retki.server.live;

import io.vertx.core.Future;
import java.util.List;

/** A {@link SignInLimiter} of this JVM as {@link SignInLimits}: every future is already complete. */
final class LocalSignInLimits implements SignInLimits {
  private final SignInLimiter limiter;

  LocalSignInLimits(SignInLimiter limiter) {
    this.limiter = limiter;
  }

  @Override
  public Future<Attempt> begin(long nowMillis, List<SignInLimiter.Key> keys) {
    return Future.succeededFuture(new Local(limiter.begin(nowMillis, keys)));
  }

  private record Local(SignInLimiter.Attempt attempt) implements Attempt {
    @Override
    public boolean allowed() {
      return attempt.allowed();
    }

    @Override
    public long waitSeconds() {
      return attempt.waitSeconds();
    }

    @Override
    public Future<Void> failed(long nowMillis) {
      attempt.failed(nowMillis);
      return Future.succeededFuture();
    }

    @Override
    public Future<Void> succeeded(long nowMillis) {
      attempt.succeeded(nowMillis);
      return Future.succeededFuture();
    }

    @Override
    public Future<Void> abandoned(long nowMillis) {
      attempt.abandoned(nowMillis);
      return Future.succeededFuture();
    }
  }
}
