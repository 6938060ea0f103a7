package fi.retki.server.live;

import com.hazelcast.config.EvictionConfig;
import com.hazelcast.config.EvictionPolicy;
import com.hazelcast.config.MapConfig;
import com.hazelcast.config.MaxSizePolicy;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.EntryProcessor;
import com.hazelcast.map.ExtendedMapEntry;
import com.hazelcast.map.IMap;
import io.vertx.core.Context;
import io.vertx.core.Future;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The limiters' state on a cluster: a Hazelcast map of small serializable values, one per key,
 * each changed only by an entry processor that runs at the key's partition owner (one at a time
 * per key, so a read-modify-write is atomic) and then, with the same arguments, on its backup.
 */
final class SharedState {
  /*
   * Why Java serialization: the values and processors are a few numbers each, the same classes
   * are on every node (one jar), and they cross the wire a few times per sign-in or typed code,
   * hundreds a minute at most: compact or IdentifiedDataSerializable would save microseconds and
   * need a factory or schema in the member's configuration. The cluster port is bound to the
   * cluster's own interface; nothing else sends objects to it.
   *
   * Why processors take the time: a backup replays the processor on its copy, so a processor must
   * come out the same wherever it runs: no clock, no random numbers inside.
   *
   * Bounded: each entry is written with a time to live that ends when it would have nothing left
   * to remember, and removed at once when it has nothing now; the map also evicts the least
   * recently used past maxPerNode entries on a node, like the single server's LRU.
   */

  /** Added to each entry's time to live, for clocks of nodes a little apart. */
  static final long SLACK_MILLIS = 1_000;

  private SharedState() {}

  /** The map {@code name} of {@code hazelcast}, configured: one synchronous backup, bounded. */
  static <V> IMap<String, V> map(HazelcastInstance hazelcast, String name, int maxPerNode) {
    // Dynamic configuration reaches every member; the same configuration added again is ignored.
    hazelcast.getConfig().addMapConfig(new MapConfig(name).setBackupCount(1).setAsyncBackupCount(0)
        .setEvictionConfig(new EvictionConfig().setEvictionPolicy(EvictionPolicy.LRU)
            .setMaxSizePolicy(MaxSizePolicy.PER_NODE).setSize(maxPerNode)));
    return hazelcast.getMap(name);
  }

  /** Runs {@code processor} on {@code key} at its owner; the result comes back on {@code context}. */
  static <V, R> Future<R> submit(IMap<String, V> map, String key, EntryProcessor<String, V, R> processor,
      Context context) {
    return Future.fromCompletionStage(map.submitToKey(key, processor), context);
  }

  /**
   * Keeps {@code value} under the entry for {@code ttlMillis} more (rounded up to whole seconds),
   * or removes the entry if {@code ttlMillis} is not positive.
   */
  @SuppressWarnings("unchecked")
  static <V> void keep(Map.Entry<String, V> entry, V value, long ttlMillis) {
    if (ttlMillis <= 0) {
      if (entry.getValue() != null) {
        entry.setValue(null);
      }
      return;
    }
    long seconds = (ttlMillis + SLACK_MILLIS + 999) / 1000;
    ((ExtendedMapEntry<String, V>) entry).setValue(value, seconds, TimeUnit.SECONDS);
  }
}
