package fi.retki.server.live;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * How many wrong join codes one network address may type: a token bucket per address of
 * {@code burst} wrong codes refilled at {@code perSecond}. A right code costs nothing; a wrong one
 * costs a token; an address with no token left is told to wait, and its attempt is not looked up
 * at all, right code or wrong, so waiting answers nothing about the code.
 *
 * <p>A school's pupils share one address: the burst is sized for a class typing its code at once,
 * typos included; a guesser gets the burst, then one guess every {@code 1 / perSecond} seconds.
 * IPv6 addresses count by their /64 network, as one household or school gets a whole /64.
 * Thread-safe; the lookup runs under the address's lock, so parallel guesses cannot overdraw it.
 * Time is passed in (nanoseconds). This is the state of one server; {@link JoinLimits} puts it, or
 * a cluster's shared map, behind futures.
 */
public final class JoinGuard {
  /** What came of typing a code. */
  public sealed interface Attempt<T> {}

  public record Found<T>(T value) implements Attempt<T> {}

  public record Wrong<T>() implements Attempt<T> {}

  /** The address must wait this many whole seconds before its next try. */
  public record Wait<T>(long seconds) implements Attempt<T> {}

  /** The live protocol's rate: a wrong code every 2 seconds, once the burst is spent. */
  static final double LIVE_PER_SECOND = 0.5;
  /** The live protocol's burst: a class of 30 typing at once, typos included. */
  static final double LIVE_BURST = 30;
  private static final double NANOS_PER_SECOND = 1e9;

  private static final int PRUNE_ABOVE = 4096;

  private final double perSecond;
  private final double burst;
  private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

  JoinGuard(double perSecond, double burst) {
    if (perSecond <= 0 || burst < 1) {
      throw new IllegalArgumentException("a join guard needs a positive rate and a burst of at least 1");
    }
    this.perSecond = perSecond;
    this.burst = burst;
  }

  /** The live protocol's guard: 30 wrong codes at once, then one every 2 seconds. */
  static JoinGuard forLive() {
    return new JoinGuard(LIVE_PER_SECOND, LIVE_BURST);
  }

  /** Looks a typed code up for {@code address}: {@code lookup} gives null for a wrong code. */
  <T> Attempt<T> attempt(String address, long now, Supplier<T> lookup) {
    Bucket bucket = buckets.computeIfAbsent(networkOf(address), a -> new Bucket(burst, now));
    Attempt<T> attempt;
    synchronized (bucket) {
      refill(bucket, now);
      if (bucket.tokens < 1) {
        return new Wait<>(bucket.waitSeconds(perSecond));
      }
      T found = lookup.get();
      if (found != null) {
        return new Found<>(found);
      }
      bucket.tokens -= 1;
      attempt = new Wrong<>();
    }
    if (buckets.size() > PRUNE_ABOVE) {
      prune(now);
    }
    return attempt;
  }

  /**
   * Takes a token for a code that is about to be looked up outside the address's lock: 0, or
   * the whole seconds the address must wait (and then the code must not be looked up). A right
   * code gives its token back with {@link #refund}.
   */
  long take(String address, long now) {
    Bucket bucket = buckets.computeIfAbsent(networkOf(address), a -> new Bucket(burst, now));
    synchronized (bucket) {
      refill(bucket, now);
      if (bucket.tokens < 1) {
        return bucket.waitSeconds(perSecond);
      }
      bucket.tokens -= 1;
    }
    if (buckets.size() > PRUNE_ABOVE) {
      prune(now);
    }
    return 0;
  }

  /** Gives back the token {@link #take} took for a code that turned out right. */
  void refund(String address, long now) {
    Bucket bucket = buckets.get(networkOf(address));
    if (bucket != null) {
      synchronized (bucket) {
        refill(bucket, now);
        bucket.tokens = Math.min(burst, bucket.tokens + 1);
      }
    }
  }

  private void refill(Bucket bucket, long now) {
    bucket.refill(now, NANOS_PER_SECOND, perSecond, burst);
  }

  /** Forgets addresses whose bucket is full again: they are as good as new. */
  private void prune(long now) {
    buckets.values().removeIf(bucket -> {
      synchronized (bucket) {
        refill(bucket, now);
        return bucket.tokens >= burst;
      }
    });
  }

  int addresses() {
    return buckets.size();
  }

  /** The key an address counts under: itself, or an IPv6 address's first four groups. */
  static String networkOf(String address) {
    if (address == null) {
      return "?";
    }
    if (address.indexOf(':') < 0) {
      return address;
    }
    try {
      java.net.InetAddress parsed = java.net.InetAddress.getByName(
          address.startsWith("[") ? address.substring(1, address.length() - 1) : address);
      byte[] raw = parsed.getAddress();
      if (raw.length != 16) {
        return parsed.getHostAddress();
      }
      StringBuilder network = new StringBuilder();
      for (int i = 0; i < 8; i += 2) {
        network.append(Integer.toHexString((raw[i] & 0xff) << 8 | (raw[i + 1] & 0xff))).append(':');
      }
      return network.append(":/64").toString();
    } catch (java.net.UnknownHostException notAnAddress) {
      return address;
    }
  }

  /**
   * One network's tokens. Serializable and deterministic in the time given, as a cluster keeps
   * it in a shared map (see {@link SharedJoinLimits}), where time is in milliseconds.
   */
  static final class Bucket implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    double tokens;
    long last;

    Bucket(double tokens, long now) {
      this.tokens = tokens;
      this.last = now;
    }

    void refill(long now, double unitsPerSecond, double perSecond, double burst) {
      tokens = Math.min(burst, tokens + Math.max(0, now - last) / unitsPerSecond * perSecond);
      last = Math.max(last, now);
    }

    long waitSeconds(double perSecond) {
      return (long) Math.ceil((1 - tokens) / perSecond);
    }
  }
}
