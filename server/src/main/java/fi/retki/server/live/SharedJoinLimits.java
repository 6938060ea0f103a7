package fi.retki.server.live;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.EntryProcessor;
import com.hazelcast.map.IMap;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Wrong join codes counted by a cluster: each network's {@link JoinGuard.Bucket} in the map
 * {@code retki.joins}, in milliseconds of the nodes' wall clocks. A bucket that is full again
 * is removed; one that is not lives as long as it takes to fill.
 */
final class SharedJoinLimits implements JoinLimits {
  static final String MAP = "retki.joins";
  private static final int MAX_NETWORKS = 100_000;
  private static final double MILLIS_PER_SECOND = 1e3;

  private final Vertx vertx;
  private final IMap<String, JoinGuard.Bucket> buckets;
  private final double perSecond;
  private final double burst;

  private SharedJoinLimits(Vertx vertx, IMap<String, JoinGuard.Bucket> buckets, double perSecond, double burst) {
    if (perSecond <= 0 || burst < 1) {
      throw new IllegalArgumentException("join limits need a positive rate and a burst of at least 1");
    }
    this.vertx = vertx;
    this.buckets = buckets;
    this.perSecond = perSecond;
    this.burst = burst;
  }

  static SharedJoinLimits on(Vertx vertx, HazelcastInstance hazelcast, double perSecond, double burst) {
    return new SharedJoinLimits(vertx, SharedState.map(hazelcast, MAP, MAX_NETWORKS), perSecond, burst);
  }

  /*
   * The lookup runs between two round trips to the bucket's owner, so a bucket cannot be held
   * under a lock across it. A code therefore only peeks at the bucket first (is there a token?),
   * is looked up, and is charged a token only if it was wrong. Right codes cost nothing at any
   * moment, so a school of 1,200 behind one address joins at once. Wrong codes typed at the same
   * instant may all pass the peek: the bucket then goes into debt (down to -burst), and that
   * network waits the longer for it; every wrong code is paid for.
   */
  @Override
  public <T> Future<JoinGuard.Attempt<T>> attempt(String address, long nowMillis, Supplier<Future<T>> lookup) {
    Context context = vertx.getOrCreateContext();
    String network = JoinGuard.networkOf(address);
    return SharedState.submit(buckets, network, new Peek(nowMillis, perSecond, burst), context).compose(wait -> {
      if (wait > 0) {
        return Future.succeededFuture(new JoinGuard.Wait<>(wait));
      }
      return lookup.get().compose(found -> {
        if (found != null) {
          return Future.succeededFuture(new JoinGuard.Found<>(found));
        }
        return SharedState.submit(buckets, network, new Charge(nowMillis, perSecond, burst), context)
            .map(charged -> new JoinGuard.Wrong<T>());
      });
    });
  }

  /** A change of one network's bucket at its owner; keeps the bucket only while it is not full. */
  private abstract static class Change implements EntryProcessor<String, JoinGuard.Bucket, Long> {
    private static final long serialVersionUID = 1L;

    final long now;
    final double perSecond;
    final double burst;

    Change(long now, double perSecond, double burst) {
      this.now = now;
      this.perSecond = perSecond;
      this.burst = burst;
    }

    @Override
    public final Long process(Map.Entry<String, JoinGuard.Bucket> entry) {
      JoinGuard.Bucket bucket = entry.getValue() == null ? new JoinGuard.Bucket(burst, now) : entry.getValue();
      bucket.refill(now, MILLIS_PER_SECOND, perSecond, burst);
      long result = change(bucket);
      long untilFull = (long) Math.ceil((burst - bucket.tokens) / perSecond * MILLIS_PER_SECOND);
      SharedState.keep(entry, bucket, bucket.tokens >= burst ? 0 : Math.max(1, untilFull));
      return result;
    }

    abstract long change(JoinGuard.Bucket bucket);
  }

  /** Looks: 0 if a token is there, or the whole seconds to wait. */
  private static final class Peek extends Change {
    private static final long serialVersionUID = 1L;

    Peek(long now, double perSecond, double burst) {
      super(now, perSecond, burst);
    }

    @Override
    long change(JoinGuard.Bucket bucket) {
      return bucket.tokens < 1 ? bucket.waitSeconds(perSecond) : 0;
    }
  }

  /** Charges a wrong code's token, into debt if need be (at most a burst's worth). */
  private static final class Charge extends Change {
    private static final long serialVersionUID = 1L;

    Charge(long now, double perSecond, double burst) {
      super(now, perSecond, burst);
    }

    @Override
    long change(JoinGuard.Bucket bucket) {
      bucket.tokens = Math.max(-burst, bucket.tokens - 1);
      return 0;
    }
  }
}
