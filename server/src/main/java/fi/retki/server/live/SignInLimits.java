package fi.retki.server.live;

import com.hazelcast.core.HazelcastInstance;
import fi.retki.server.cluster.Clustering;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.util.List;

/**
 * Sign-in limits as futures: the limits of this server alone (a {@link SignInLimiter} in memory),
 * or of every node of a cluster, whose keys live in Hazelcast's map {@code retki.signin} and are
 * changed at their partition owners. A future completes on the context that asked.
 */
public interface SignInLimits {
  /** The keys a single server remembers, at most, the least recently used forgotten first. */
  int LOCAL_KEYS = 100_000;

  /**
   * Asks to try a password under these keys at {@code nowMillis} (a wall clock's milliseconds:
   * every node of a cluster compares them): let through only if every key lets it, and then
   * counted on every key until the attempt ends. Fails only if the limits cannot be reached, and
   * then nothing is let through.
   */
  Future<Attempt> begin(long nowMillis, List<SignInLimiter.Key> keys);

  /** An attempt asked for: let through, or to wait; one of its three endings counts, once. */
  interface Attempt {
    boolean allowed();

    /** Seconds to wait before trying again; 0 if let through. */
    long waitSeconds();

    /** The password was wrong: a strike on every key. */
    Future<Void> failed(long nowMillis);

    /** The password was right. */
    Future<Void> succeeded(long nowMillis);

    /** The password was not checked (the server was busy or failed): not counted. */
    Future<Void> abandoned(long nowMillis);
  }

  /** The limits for {@code vertx}: shared by the cluster if it is clustered, else its own. */
  static SignInLimits forVertx(Vertx vertx) {
    HazelcastInstance hazelcast = Clustering.hazelcastOf(vertx);
    return hazelcast == null ? local(new SignInLimiter(LOCAL_KEYS)) : SharedSignInLimits.on(vertx, hazelcast);
  }

  /** The limits kept by {@code limiter}, in this JVM. */
  static SignInLimits local(SignInLimiter limiter) {
    return new LocalSignInLimits(limiter);
  }
}
