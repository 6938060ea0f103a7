package fi.retki.server.live;

import fi.retki.server.EventLog;
import fi.retki.server.store.SessionOwners;
import io.vertx.core.Vertx;
import io.vertx.core.WorkerExecutor;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Takes over the sessions of nodes that have left the cluster. Each second, and at once when
 * Hazelcast reports a member gone, a node reads the open sessions and their owners from the
 * database; a session whose owner is not a member is adopted by one surviving member, the one
 * rendezvous hashing of the session's id picks (so the dead node's sessions spread over the
 * others, and every node computes the same choice without talking). Two nodes whose views of the
 * membership differ for a moment may both try: the takeover is one conditional update, so only
 * one wins, and the database's fence stops the other's writes ({@code SessionOwners}).
 *
 * <p>An owner not seen among the members is only taken as gone on the second sweep in a row, or
 * at once when Hazelcast has said it left: a node that has just joined is not mistaken for dead by
 * a node that has not heard of it yet.
 */
final class Adoption {
  static final long SWEEP_MILLIS = 1_000;

  private final Vertx vertx;
  private final LiveSessions sessions;
  private final WorkerExecutor db;
  private final Supplier<Set<String>> members;
  private final Set<String> departed = java.util.concurrent.ConcurrentHashMap.newKeySet();
  private Set<String> missingBefore = Set.of();
  private boolean sweeping;
  private boolean again;
  private long timer = -1;

  Adoption(Vertx vertx, LiveSessions sessions, WorkerExecutor db, Supplier<Set<String>> members) {
    this.vertx = vertx;
    this.sessions = sessions;
    this.db = db;
    this.members = members;
  }

  void start() {
    timer = vertx.setPeriodic(SWEEP_MILLIS, t -> sweep());
  }

  void stop() {
    if (timer >= 0) {
      vertx.cancelTimer(timer);
    }
  }

  /** Hazelcast says {@code node} has left: its sessions are adopted now, not at the next sweep. */
  void left(String node) {
    departed.add(node);
    vertx.runOnContext(v -> sweep());
  }

  /** Runs on the timer's context; one sweep at a time, another right after if asked meanwhile. */
  private void sweep() {
    if (sweeping) {
      again = true;
      return;
    }
    sweeping = true;
    db.executeBlocking(this::adoptOrphans, false).onComplete(done -> {
      if (done.failed()) {
        EventLog.error("event=failure phase=adoption", done.cause());
      } else {
        missingBefore = done.result();
      }
      sweeping = false;
      if (again) {
        again = false;
        sweep();
      }
    });
  }

  /** Adopts what falls to this node; gives the owners that were missing this time. */
  private Set<String> adoptOrphans() {
    Set<String> alive = members.get();
    if (!alive.contains(sessions.node())) {
      return Set.of(); // this node is out of the cluster itself (leaving, or cut off): it adopts nothing
    }
    Set<String> missing = new HashSet<>();
    List<SessionOwners.Located> open = sessions.owners().open();
    for (SessionOwners.Located session : open) {
      String owner = session.node();
      if (owner != null && alive.contains(owner)) {
        continue;
      }
      if (owner != null) {
        missing.add(owner);
        if (!departed.contains(owner) && !missingBefore.contains(owner)) {
          continue; // perhaps only not heard of yet: the next sweep decides
        }
      }
      if (sessions.node().equals(chosen(session.sessionId(), alive))) {
        sessions.adopt(session.sessionId(), owner);
      }
    }
    return missing;
  }

  /** The member that adopts a session: the highest hash of (session, member), the same on every node. */
  static String chosen(String sessionId, Set<String> members) {
    String best = null;
    long bestScore = Long.MIN_VALUE;
    for (String member : members) {
      long score = mix((sessionId + "/" + member).hashCode());
      if (best == null || score > bestScore || (score == bestScore && member.compareTo(best) > 0)) {
        best = member;
        bestScore = score;
      }
    }
    return best;
  }

  /** Spreads a string's hash over 64 bits (MurmurHash3's finalizer). */
  private static long mix(long h) {
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h;
  }
}
