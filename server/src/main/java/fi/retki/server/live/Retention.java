package fi.retki.server.live;

import fi.retki.scenes.live.Actor;
import fi.retki.scenes.live.Command;
import fi.retki.server.EventLog;
import fi.retki.server.config.Limits;
import fi.retki.server.store.Logins;
import fi.retki.server.store.SessionRow;
import fi.retki.server.store.SessionStore;
import fi.retki.server.store.Snapshots;
import io.vertx.core.Vertx;
import io.vertx.core.WorkerExecutor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How long the pupils' saved work is kept: an ended session, its events (roster, notes, plan)
 * and its snapshots (records and bytes) are deleted {@link Limits#retentionDays()} after it
 * ended, or at once when its teacher asks. An open session with no event for {@link
 * Limits#sessionIdleLimit()} ends by itself, so that a lesson nobody ended is kept no longer than
 * one that was.
 */
final class Retention {
  /*
   * The purge is blocking JDBC and file deletion, run on the database pool once shortly after the
   * start and then daily. Idle sessions are found by a cheap sweep on an event loop, often enough
   * that a session ends within a tenth of the idle limit after it (at most 5 minutes late); each
   * is ended by an end-session command through its own host, so its members, the store and the
   * registry hear of it exactly as when its teacher ends it. The clock is passed in, so tests fix
   * it.
   */
  static final Duration FIRST_PURGE = Duration.ofSeconds(2);
  static final Duration PURGE_EVERY = Duration.ofDays(1);

  /** What one purge deleted. */
  record Purged(int sessions, int snapshots) {}

  /** The answer to a teacher asking to delete a session's saved work. */
  enum Deletion { DELETED, NOT_FOUND, STILL_OPEN }

  private final LiveSessions sessions;
  private final SessionStore store;
  private final Snapshots snapshots;
  private final Logins logins;
  private final Clock clock;
  private final Duration keep;
  private final Duration idleLimit;
  private volatile long purgeTimer = -1;
  private volatile long sweepTimer = -1;
  private volatile boolean stopped;

  Retention(LiveSessions sessions, SessionStore store, Snapshots snapshots, Logins logins, Clock clock, Limits limits) {
    this.sessions = sessions;
    this.store = store;
    this.snapshots = snapshots;
    this.logins = logins;
    this.clock = clock;
    this.keep = Duration.ofDays(limits.retentionDays());
    this.idleLimit = limits.sessionIdleLimit();
  }

  /**
   * Deletes every session that ended more than the retention time ago, with its saved work, and
   * the teachers' logins that have expired. Blocking: call it on a worker thread. A session that
   * cannot be deleted now is logged and tried again by the next purge.
   */
  Purged purge() {
    Instant now = clock.instant();
    int deletedSessions = 0;
    int deletedSnapshots = 0;
    for (String id : store.endedBefore(now.minus(keep))) {
      try {
        deletedSnapshots += snapshots.deleteOfSession(id);
        if (store.delete(id)) {
          deletedSessions++;
        }
      } catch (RuntimeException e) {
        EventLog.error("event=purge-failure session=" + id, e);
      }
    }
    logins.deleteExpired(now);
    return new Purged(deletedSessions, deletedSnapshots);
  }

  /**
   * Deletes one of the teacher's ended sessions with everything saved in it. An open session is
   * refused: its pupils may still be writing, and ending a lesson is for the teacher to see.
   * Blocking: call it on a worker thread.
   */
  Deletion delete(String teacherId, String sessionId) {
    Optional<SessionRow> row = store.byId(sessionId).filter(r -> r.teacherId().equals(teacherId));
    if (row.isEmpty()) {
      return Deletion.NOT_FOUND;
    }
    if (row.get().open()) {
      return Deletion.STILL_OPEN;
    }
    snapshots.deleteOfSession(sessionId);
    return store.delete(sessionId) ? Deletion.DELETED : Deletion.NOT_FOUND;
  }

  /**
   * Ends every open session that has had no event for the idle limit, through its host; returns
   * how many it asked to end. Does not block.
   */
  int endIdle() {
    Instant now = clock.instant();
    int ending = 0;
    for (SessionHost host : sessions.hosts()) {
      Instant last = host.lastEvent();
      if (!last.plus(idleLimit).isAfter(now)) {
        String id = host.id();
        host.submit(new Actor.Teacher(host.state().teacherId()), new Command.EndSession(), decision -> {
          if (decision.accepted()) {
            EventLog.info("event=session-idle-ended session=" + id + " lastEvent=" + last);
          }
        });
        ending++;
      }
    }
    return ending;
  }

  /** Starts the daily purge (its first run shortly after now) and the idle sweep. */
  void start(Vertx vertx, WorkerExecutor db) {
    purgeTimer = vertx.setTimer(FIRST_PURGE.toMillis(), first -> {
      runPurge(db);
      if (!stopped) {
        purgeTimer = vertx.setPeriodic(PURGE_EVERY.toMillis(), every -> runPurge(db));
      }
    });
    sweepTimer = vertx.setPeriodic(sweepMillis(idleLimit), t -> endIdle());
  }

  /** Stops the timers; a purge already running finishes. */
  void stop(Vertx vertx) {
    stopped = true;
    vertx.cancelTimer(purgeTimer);
    vertx.cancelTimer(sweepTimer);
  }

  /** A tenth of the idle limit, from 200 ms to 5 minutes. */
  static long sweepMillis(Duration idleLimit) {
    return Math.max(200, Math.min(Duration.ofMinutes(5).toMillis(), idleLimit.toMillis() / 10));
  }

  private void runPurge(WorkerExecutor db) {
    db.executeBlocking(this::purge, false).onComplete(done -> {
      if (done.succeeded()) {
        EventLog.info("event=purge sessions=" + done.result().sessions() + " snapshots=" + done.result().snapshots());
      } else {
        EventLog.error("event=purge-failure", done.cause());
      }
    });
  }
}
