package fi.retki.server.live;

import com.hazelcast.core.HazelcastInstance;
import fi.retki.server.cluster.Clustering;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.util.function.Supplier;

/**
 * Wrong join codes counted per network as futures: by this server alone (a {@link JoinGuard}), or
 * by every node of a cluster, whose buckets live in Hazelcast's map {@code retki.joins} and are
 * changed at their partition owners. A future completes on the context that asked.
 */
public interface JoinLimits {
  /*
   * The lookup cannot run under the bucket's lock here (the bucket may be on another node, the
   * lookup may be asynchronous), so a typed code takes a token first, is looked up only if it got
   * one, and gives the token back if it was right: parallel guesses still cannot overdraw the
   * bucket, and a right code still costs nothing, once it is answered.
   */

  /**
   * Looks a code typed from {@code address} up at {@code nowMillis} (a wall clock's milliseconds:
   * every node of a cluster compares them). {@code lookup} runs on the caller's context, only if
   * the address may try, and gives null for a wrong code. Fails if the lookup fails or the limits
   * cannot be reached.
   */
  <T> Future<JoinGuard.Attempt<T>> attempt(String address, long nowMillis, Supplier<Future<T>> lookup);

  /** The limits for {@code vertx}: shared by the cluster if it is clustered, else its own. */
  static JoinLimits forVertx(Vertx vertx) {
    HazelcastInstance hazelcast = Clustering.hazelcastOf(vertx);
    return hazelcast == null ? local(JoinGuard.forLive())
        : SharedJoinLimits.on(vertx, hazelcast, JoinGuard.LIVE_PER_SECOND, JoinGuard.LIVE_BURST);
  }

  /** The limits kept by {@code guard}, in this JVM. */
  static JoinLimits local(JoinGuard guard) {
    return new LocalJoinLimits(guard);
  }
}
