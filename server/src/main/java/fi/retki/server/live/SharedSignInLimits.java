package fi.retki.server.live;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.EntryProcessor;
import com.hazelcast.map.IMap;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

/** Sign-in limits shared by a cluster: each key's {@link Strikes} in the map {@code retki.signin}. */
final class SharedSignInLimits implements SignInLimits {
  /*
   * The single server takes all of an attempt's keys under one lock. Here each key lives at its
   * own partition owner, so an attempt reserves a place on each key at once (Reserve: let through
   * only if the key has budget, and then counted in flight), and if any key says wait, it gives
   * back the places it took and strikes the keys that punish knocking (Refuse). A key is never
   * over its budget; for the moment between the two, a refused attempt may hold a place another
   * would have had, which errs on the side of refusing.
   *
   * A reservation carries the attempt's id and lapses after LEASE_MILLIS: a node that dies in the
   * middle of a password check cannot keep a key's budget taken for ever. An ending counts only
   * while its reservation is there, so an operation Hazelcast retries counts once.
   */
  static final String MAP = "retki.signin";
  /** Far longer than a password check takes, database and queue included. */
  static final long LEASE_MILLIS = 120_000;

  private final Vertx vertx;
  private final IMap<String, Held> keys;

  private SharedSignInLimits(Vertx vertx, IMap<String, Held> keys) {
    this.vertx = vertx;
    this.keys = keys;
  }

  static SharedSignInLimits on(Vertx vertx, HazelcastInstance hazelcast) {
    return new SharedSignInLimits(vertx, SharedState.map(hazelcast, MAP, LOCAL_KEYS));
  }

  @Override
  public Future<Attempt> begin(long nowMillis, List<SignInLimiter.Key> keyList) {
    List<SignInLimiter.Key> all = List.copyOf(keyList);
    Context context = vertx.getOrCreateContext();
    String id = UUID.randomUUID().toString();
    List<Future<Long>> reserved = new ArrayList<>();
    for (SignInLimiter.Key key : all) {
      reserved.add(SharedState.submit(keys, key.id(), new Reserve(nowMillis, key.policy(), id), context));
    }
    return Future.join(reserved).transform(done -> {
      Throwable broken = null;
      long waitMillis = 0;
      for (Future<Long> one : reserved) {
        if (one.failed()) {
          broken = broken == null ? one.cause() : broken;
        } else {
          waitMillis = Math.max(waitMillis, one.result());
        }
      }
      if (broken == null && waitMillis == 0) {
        return Future.succeededFuture(new Taken(all, id, context));
      }
      return refuse(all, reserved, id, nowMillis, broken, waitMillis, context);
    });
  }

  /** Gives back the places taken and, unless the limits failed, strikes the keys that punish knocking. */
  private Future<Attempt> refuse(List<SignInLimiter.Key> all, List<Future<Long>> reserved, String id, long now,
      Throwable broken, long waited, Context context) {
    List<Future<Long>> refusals = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      SignInLimiter.Key key = all.get(i);
      boolean took = reserved.get(i).succeeded() && reserved.get(i).result() == 0;
      boolean punish = broken == null && key.policy().punishRefusals();
      if (took || punish) {
        refusals.add(SharedState.submit(keys, key.id(), new Refuse(now, key.policy(), id, punish), context));
      }
    }
    return Future.join(refusals).transform(done -> {
      if (broken != null) {
        return Future.failedFuture(broken);
      }
      long waitMillis = waited;
      for (Future<Long> one : refusals) {
        waitMillis = one.succeeded() ? Math.max(waitMillis, one.result()) : waitMillis;
      }
      return Future.succeededFuture(new Refused(Math.max(1, (waitMillis + 999) / 1000)));
    });
  }

  private record Refused(long waitSeconds) implements Attempt {
    @Override
    public boolean allowed() {
      return false;
    }

    @Override
    public Future<Void> failed(long nowMillis) {
      return Future.succeededFuture();
    }

    @Override
    public Future<Void> succeeded(long nowMillis) {
      return Future.succeededFuture();
    }

    @Override
    public Future<Void> abandoned(long nowMillis) {
      return Future.succeededFuture();
    }
  }

  private final class Taken implements Attempt {
    private final List<SignInLimiter.Key> all;
    private final String id;
    private final Context context;
    private final AtomicBoolean ended = new AtomicBoolean();

    Taken(List<SignInLimiter.Key> all, String id, Context context) {
      this.all = all;
      this.id = id;
      this.context = context;
    }

    @Override
    public boolean allowed() {
      return true;
    }

    @Override
    public long waitSeconds() {
      return 0;
    }

    @Override
    public Future<Void> failed(long nowMillis) {
      return end(nowMillis, SignInLimiter.Outcome.FAILED);
    }

    @Override
    public Future<Void> succeeded(long nowMillis) {
      return end(nowMillis, SignInLimiter.Outcome.SUCCEEDED);
    }

    @Override
    public Future<Void> abandoned(long nowMillis) {
      return end(nowMillis, SignInLimiter.Outcome.ABANDONED);
    }

    private Future<Void> end(long now, SignInLimiter.Outcome outcome) {
      if (!ended.compareAndSet(false, true)) {
        return Future.succeededFuture();
      }
      List<Future<Long>> ends = new ArrayList<>();
      for (SignInLimiter.Key key : all) {
        ends.add(SharedState.submit(keys, key.id(), new End(now, key.policy(), id, outcome), context));
      }
      return Future.all(ends).mapEmpty();
    }
  }

  /** What a key holds: its strikes, and the attempts in flight by id, each with when it lapses. */
  static final class Held implements Serializable {
    private static final long serialVersionUID = 1L;

    final Strikes strikes = new Strikes();
    final LinkedHashMap<String, Long> inFlight = new LinkedHashMap<>();

    /** Forgets lapsed reservations and leaked strikes. */
    void catchUp(long now, SignInLimiter.Policy policy) {
      inFlight.values().removeIf(until -> until <= now);
      strikes.inFlight = inFlight.size();
      strikes.leak(now, policy);
    }

    void take(String id, long now) {
      inFlight.put(id, now + LEASE_MILLIS);
      strikes.inFlight = inFlight.size();
    }

    boolean giveBack(String id) {
      boolean held = inFlight.remove(id) != null;
      strikes.inFlight = inFlight.size();
      return held;
    }

    /** How much longer the entry is worth keeping; 0 if not at all. */
    long ttlMillis(long now, SignInLimiter.Policy policy) {
      if (strikes.isIdle(now)) {
        return 0;
      }
      long until = strikes.forgottenAt(policy);
      for (long lapses : inFlight.values()) {
        until = Math.max(until, lapses);
      }
      return Math.max(1, until - now);
    }
  }

  /** A change of one key, at its owner: brings the key up to {@code now}, changes it, keeps it. */
  private abstract static class Change implements EntryProcessor<String, Held, Long> {
    private static final long serialVersionUID = 1L;

    final long now;
    final SignInLimiter.Policy policy;
    final String id;

    Change(long now, SignInLimiter.Policy policy, String id) {
      this.now = now;
      this.policy = policy;
      this.id = id;
    }

    @Override
    public final Long process(Map.Entry<String, Held> entry) {
      Held held = entry.getValue() == null ? new Held() : entry.getValue();
      held.catchUp(now, policy);
      long result = change(held);
      SharedState.keep(entry, held, held.ttlMillis(now, policy));
      return result;
    }

    abstract long change(Held held);
  }

  /** Takes a place if the key lets the attempt through: 0, or how long the key says to wait. */
  private static final class Reserve extends Change {
    private static final long serialVersionUID = 1L;

    Reserve(long now, SignInLimiter.Policy policy, String id) {
      super(now, policy, id);
    }

    @Override
    long change(Held held) {
      long wait = held.strikes.waitMillis(now, policy);
      if (wait == 0) {
        held.take(id, now);
      }
      return wait;
    }
  }

  /** An attempt another key refused: its place (if any) back, a strike if the key punishes knocking. */
  private static final class Refuse extends Change {
    private static final long serialVersionUID = 1L;

    private final boolean punish;

    Refuse(long now, SignInLimiter.Policy policy, String id, boolean punish) {
      super(now, policy, id);
      this.punish = punish;
    }

    @Override
    long change(Held held) {
      held.giveBack(id);
      if (punish) {
        held.strikes.strike(now, policy);
      }
      return held.strikes.waitMillis(now, policy);
    }
  }

  /** An attempt let through has ended. */
  private static final class End extends Change {
    private static final long serialVersionUID = 1L;

    private final SignInLimiter.Outcome outcome;

    End(long now, SignInLimiter.Policy policy, String id, SignInLimiter.Outcome outcome) {
      super(now, policy, id);
      this.outcome = outcome;
    }

    @Override
    long change(Held held) {
      if (!held.giveBack(id)) {
        return 0;
      }
      if (outcome == SignInLimiter.Outcome.FAILED) {
        held.strikes.strike(now, policy);
      } else if (outcome == SignInLimiter.Outcome.SUCCEEDED && policy.forgiveOnSuccess()) {
        held.strikes.forgive();
      }
      return 0;
    }
  }
}
