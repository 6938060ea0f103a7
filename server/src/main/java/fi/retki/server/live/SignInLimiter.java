package fi.retki.server.live;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Sign-in attempts counted per key (an address, a name tried, a known device) before their
 * passwords are checked, so that attempts made at the same moment cannot all slip under a limit.
 * Time is passed in; one lock guards every key. This is the state of one server; {@link SignInLimits}
 * puts it, or a cluster's shared map, behind futures.
 */
public final class SignInLimiter {
  /*
   * Each key has strikes. An attempt is let through only if none of its keys is locked and, for
   * each, its strikes plus the attempts already let through and not yet ended are under the
   * key's free budget: the budget is taken when the attempt begins, not when its password has
   * turned out wrong (a quarter of a second later), which is what made a burst of 100 pass a
   * limit of 5. Once an attempt has its keys, exactly one of failed, succeeded or abandoned ends
   * it.
   *
   * A wrong password is a strike on each of its keys. From the free budget on, every strike
   * locks the key for firstLock × 2^(strikes − free), at most maxLock: the wait doubles with each
   * failure beyond the threshold. A key that punishes refusals (the address) also takes a strike
   * for every attempt refused, so a client that keeps knocking while it is told to wait only
   * makes its wait longer. Strikes leak away, one every leakEvery, so a school's occasional typo
   * never adds up to a lock. A right password forgives the keys that say so (a name, a device;
   * not an address, which a school's teachers share with its pupils).
   *
   * Memory: at most maxKeys keys, the least recently used forgotten first; a key with nothing
   * to remember is dropped when its attempt ends.
   */

  /**
   * How one kind of key is limited.
   *
   * @param free strikes (and attempts in flight) allowed before the key locks
   * @param firstLockMillis the lock after the strike that reaches {@code free}; it doubles with each further strike
   * @param maxLockMillis the longest lock
   * @param leakMillis one strike is forgotten every this long
   * @param punishRefusals an attempt refused while the key waits is a strike too
   * @param forgiveOnSuccess a right password clears the key's strikes
   */
  public record Policy(int free, long firstLockMillis, long maxLockMillis, long leakMillis, boolean punishRefusals,
      boolean forgiveOnSuccess) implements java.io.Serializable {
    public Policy {
      if (free < 1) {
        throw new IllegalArgumentException("free must be at least 1, not " + free);
      }
      if (firstLockMillis < 1 || maxLockMillis < firstLockMillis) {
        throw new IllegalArgumentException("locks must be 1 ms ≤ first ≤ max, not " + firstLockMillis + " and " + maxLockMillis);
      }
      if (leakMillis < 1) {
        throw new IllegalArgumentException("leakMillis must be at least 1, not " + leakMillis);
      }
    }
  }

  /** A key and how it is limited: {@code ip:…}, {@code name:…}, {@code device:…}. */
  public record Key(String id, Policy policy) implements java.io.Serializable {
    public Key {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(policy, "policy");
    }
  }

  /** An attempt asked for: let through, or to wait {@link #waitSeconds()}. */
  final class Attempt {
    private final List<Key> keys;
    private final long waitSeconds;
    private boolean ended;

    private Attempt(List<Key> keys, long waitSeconds) {
      this.keys = keys;
      this.waitSeconds = waitSeconds;
      this.ended = waitSeconds > 0;
    }

    boolean allowed() {
      return waitSeconds == 0;
    }

    /** Seconds to wait before trying again; 0 if let through. */
    long waitSeconds() {
      return waitSeconds;
    }

    /** The password was wrong: a strike on every key. */
    void failed(long nowMillis) {
      end(nowMillis, Outcome.FAILED);
    }

    /** The password was right. */
    void succeeded(long nowMillis) {
      end(nowMillis, Outcome.SUCCEEDED);
    }

    /** The password was not checked (the server was busy or failed): not counted. */
    void abandoned(long nowMillis) {
      end(nowMillis, Outcome.ABANDONED);
    }

    private void end(long nowMillis, Outcome outcome) {
      synchronized (SignInLimiter.this) {
        if (ended) {
          return;
        }
        ended = true;
        for (Key key : keys) {
          Strikes state = states.get(key.id());
          if (state == null) {
            continue;
          }
          state.inFlight = Math.max(0, state.inFlight - 1);
          state.leak(nowMillis, key.policy());
          if (outcome == Outcome.FAILED) {
            state.strike(nowMillis, key.policy());
          } else if (outcome == Outcome.SUCCEEDED && key.policy().forgiveOnSuccess()) {
            state.forgive();
          }
          if (state.isIdle(nowMillis)) {
            states.remove(key.id());
          }
        }
      }
    }
  }

  /** How an attempt let through ended. */
  enum Outcome { FAILED, SUCCEEDED, ABANDONED }

  private final Map<String, Strikes> states;

  /** Remembers at most {@code maxKeys} keys, forgetting the least recently used first. */
  SignInLimiter(int maxKeys) {
    if (maxKeys < 1) {
      throw new IllegalArgumentException("maxKeys must be at least 1, not " + maxKeys);
    }
    this.states = new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, Strikes> eldest) {
        return size() > maxKeys;
      }
    };
  }

  /**
   * Asks to try a password under these keys at {@code nowMillis}: let through only if every key
   * lets it, and then counted on every key until the attempt ends.
   */
  synchronized Attempt begin(long nowMillis, List<Key> keys) {
    List<Key> all = List.copyOf(keys);
    long waitMillis = 0;
    for (Key key : all) {
      Strikes state = states.get(key.id());
      if (state != null) {
        state.leak(nowMillis, key.policy());
        waitMillis = Math.max(waitMillis, state.waitMillis(nowMillis, key.policy()));
      }
    }
    if (waitMillis > 0) {
      for (Key key : all) {
        if (key.policy().punishRefusals()) {
          Strikes state = states.computeIfAbsent(key.id(), k -> new Strikes());
          state.strike(nowMillis, key.policy());
          waitMillis = Math.max(waitMillis, state.waitMillis(nowMillis, key.policy()));
        }
      }
      return new Attempt(all, Math.max(1, (waitMillis + 999) / 1000));
    }
    for (Key key : all) {
      states.computeIfAbsent(key.id(), k -> new Strikes()).inFlight++;
    }
    return new Attempt(all, 0);
  }

  /** The number of keys remembered. */
  synchronized int size() {
    return states.size();
  }

  /**
   * The key of an address: an IPv4 address itself, an IPv6 address by its /64 network (one
   * household or school gets a whole /64 and can pick any address in it).
   */
  static String addressKey(String hostAddress) {
    if (hostAddress == null || hostAddress.indexOf(':') < 0) {
      return "ip:" + hostAddress;
    }
    try {
      // An IPv6 literal: parsed without any name lookup.
      InetAddress address = InetAddress.getByName(hostAddress);
      if (address instanceof Inet6Address) {
        byte[] network = Arrays.copyOf(address.getAddress(), 8);
        return "ip6:" + HexFormat.of().formatHex(network) + "/64";
      }
      return "ip:" + address.getHostAddress();
    } catch (UnknownHostException | SecurityException e) {
      return "ip:" + hostAddress;
    }
  }
}
