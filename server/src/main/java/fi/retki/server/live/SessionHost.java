package fi.retki.server.live;

import fi.retki.scenes.live.Actor;
import fi.retki.scenes.live.Command;
import fi.retki.scenes.live.Decision;
import fi.retki.scenes.live.Event;
import fi.retki.scenes.live.PictureCode;
import fi.retki.scenes.live.SessionCore;
import fi.retki.scenes.live.SessionState;
import fi.retki.scenes.wire.Reply;
import fi.retki.scenes.wire.SessionView;
import fi.retki.scenes.wire.WireCodec;
import io.vertx.core.Context;
import io.vertx.core.Future;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * One live session, owned by one event-loop context: every method but {@link #submit} and {@link
 * #attach} runs there.
 *
 * <p>Commands queue up while the previous batch is being written. A batch is decided against the
 * pending state (which includes every decision not yet committed), its durable events are written
 * in one transaction, and only then are they applied to the committed state, sent to the members
 * and answered: nobody hears of a change the database does not have. Loading progress is sent but
 * not stored (a restarted session shows everyone disconnected anyway).
 */
final class SessionHost {
  /**
   * Writes a batch of events while {@code fence} still owns the session; the future completes on
   * the calling context, failed with {@link fi.retki.server.store.FencedException} if another
   * node has taken the session over.
   */
  interface Journal {
    Future<Void> append(String sessionId, fi.retki.server.store.Owner fence, List<Reply.Happened> events);
  }

  /**
   * Told of what the registry must know: resume tokens issued (their hashes), the session ended,
   * or lost to another node (which now runs it).
   */
  interface Registry {
    void tokenIssued(String tokenHash, SessionHost host);

    void ended(SessionHost host);
  }

  private record Submission(Actor actor, Command command, Consumer<Decision> then) {}

  private static final int MAX_BATCH = 512;
  private static final Decision MOVED = new Decision(List.of(), new fi.retki.scenes.live.Rejection("moved",
      "this class has moved to another server; reconnect to go on"));

  private final int maxPupils;
  private final Context context;
  private final Journal journal;
  private final Registry registry;
  private final Clock clock;
  private final ArrayDeque<Submission> queue = new ArrayDeque<>();
  private final List<Member> members = new ArrayList<>();
  private final List<io.vertx.core.Promise<Void>> idleWaiters = new ArrayList<>();
  private SessionState committed;
  private long committedSeq;
  private SessionState pending;
  private long pendingSeq;
  private boolean writing;
  private volatile SessionState published;
  private volatile java.time.Instant lastEvent;
  private final PictureCode pictures;
  private final fi.retki.server.store.Owner fence;
  private boolean lost;

  SessionHost(Context context, SessionState state, PictureCode pictures, long seq, fi.retki.server.store.Owner fence,
      Journal journal, Registry registry, Clock clock, int maxPupils) {
    this.context = context;
    this.fence = java.util.Objects.requireNonNull(fence, "fence");
    this.pictures = java.util.Objects.requireNonNull(pictures, "pictures");
    this.maxPupils = maxPupils;
    this.committed = state;
    this.pending = state;
    this.committedSeq = seq;
    this.pendingSeq = seq;
    this.published = state;
    this.journal = journal;
    this.registry = registry;
    this.clock = clock;
    this.lastEvent = clock.instant();
  }

  String id() {
    return published.sessionId();
  }

  /** The node and epoch this host runs the session under. */
  fi.retki.server.store.Owner fence() {
    return fence;
  }

  /** The session's picture code, the join code of children who cannot read yet. */
  PictureCode pictures() {
    return pictures;
  }

  /** When the session last had an event (loading progress included); safe to read from any thread. */
  java.time.Instant lastEvent() {
    return lastEvent;
  }

  /** For a session brought back from the store: when its last stored event happened. */
  void lastEventWas(java.time.Instant at) {
    lastEvent = at;
  }

  /** The committed state as of the last batch; safe to read from any thread. */
  SessionState state() {
    return published;
  }

  /**
   * Decides {@code command} on the session's context; {@code then} runs there once the decision
   * is committed (or refused), after its events have been sent to the members.
   */
  void submit(Actor actor, Command command, Consumer<Decision> then) {
    context.runOnContext(v -> {
      if (lost) {
        then.accept(MOVED);
        return;
      }
      queue.add(new Submission(actor, command, then));
      drain();
    });
  }

  /**
   * Adds a member and sends it its welcome, the committed session as it may see it, then the ack
   * of the request that asked (if it had a ref). For a pupil, call this from the {@code then} of
   * their accepted join or rejoin.
   */
  void attach(Member member, String token, String ackRef) {
    if (io.vertx.core.Vertx.currentContext() == context) {
      welcome(member, token, ackRef);
    } else {
      context.runOnContext(v -> welcome(member, token, ackRef));
    }
  }

  /**
   * Removes a member whose connection closed; a pupil shows as disconnected unless they are
   * already back on another connection.
   */
  void detach(Member member) {
    context.runOnContext(v -> {
      if (members.remove(member) && member.pupilId() != null) {
        queue.add(new Submission(new Actor.Pupil(member.pupilId()), new Command.Disconnect(member.pupilId()), d -> { }));
        drain();
      }
    });
  }

  private void welcome(Member member, String token, String ackRef) {
    if (lost) {
      member.close((short) 1012, "this class has moved to another server; reconnecting");
      return;
    }
    if (member.pupilId() != null) {
      // A pupil coming back on a new connection replaces the old one.
      for (Member old : List.copyOf(members)) {
        if (member.pupilId().equals(old.pupilId())) {
          members.remove(old);
          old.close((short) 4000, "this pupil connected again elsewhere");
        }
      }
    }
    members.add(member);
    SessionView view = member.isTeacher() ? SessionView.forTeacher(committed)
        : SessionView.forPupil(committed, member.pupilId());
    view = view.withPictures(pictures.names());
    member.send(WireCodec.encodeReply(new Reply.Welcome(member.isTeacher() ? "teacher" : "pupil",
        member.pupilId(), token, committedSeq, view)));
    if (ackRef != null) {
      member.send(WireCodec.encodeReply(new Reply.Ack(ackRef)));
    }
  }

  /** Completes once nothing is queued or being written (for a clean stop). */
  Future<Void> idle() {
    io.vertx.core.Promise<Void> idle = io.vertx.core.Promise.promise();
    context.runOnContext(v -> {
      idleWaiters.add(idle);
      drain();
    });
    return idle.future();
  }

  private void drain() {
    if (writing) {
      return;
    }
    if (queue.isEmpty()) {
      idleWaiters.forEach(io.vertx.core.Promise::tryComplete);
      idleWaiters.clear();
      return;
    }
    List<Submission> batch = new ArrayList<>();
    List<Decision> decisions = new ArrayList<>();
    List<Reply.Happened> events = new ArrayList<>();
    java.time.Instant now = clock.instant();
    while (!queue.isEmpty() && batch.size() < MAX_BATCH) {
      Submission submission = queue.poll();
      Decision decision = capped(SessionCore.decide(pending, submission.actor(), submission.command(), now),
          submission.command());
      for (Event event : decision.events()) {
        pending = SessionCore.evolve(pending, event);
        events.add(new Reply.Happened(++pendingSeq, event));
      }
      batch.add(submission);
      decisions.add(decision);
    }
    List<Reply.Happened> durable = new ArrayList<>();
    for (Reply.Happened happened : events) {
      if (!(happened.event() instanceof Event.ProgressReported)) {
        durable.add(happened);
      }
    }
    if (durable.isEmpty()) {
      commit(batch, decisions, events);
      drain();
      return;
    }
    writing = true;
    journal.append(id(), fence, durable).onComplete(written -> {
      writing = false;
      if (written.succeeded()) {
        commit(batch, decisions, events);
      } else if (written.cause() instanceof fi.retki.server.store.FencedException) {
        lose(batch);
      } else {
        refuse(batch, written.cause());
      }
      drain();
    });
  }

  /**
   * A join the core accepted, refused if the roster (as pending, so joins in the same batch count)
   * is full. A rejoin is not a join: a pupil already in the class always gets back in.
   */
  private Decision capped(Decision decision, Command command) {
    if (decision.accepted() && command instanceof Command.Join && pending.pupils().size() >= maxPupils) {
      return new Decision(List.of(), new fi.retki.scenes.live.Rejection("class-full",
          "this class is full (" + maxPupils + " pupils): ask your teacher"));
    }
    return decision;
  }

  private void commit(List<Submission> batch, List<Decision> decisions, List<Reply.Happened> events) {
    for (Reply.Happened happened : events) {
      committed = SessionCore.evolve(committed, happened.event());
      committedSeq = happened.seq();
      broadcast(happened);
    }
    published = committed;
    if (!events.isEmpty()) {
      lastEvent = clock.instant();
    }
    for (int i = 0; i < batch.size(); i++) {
      batch.get(i).then().accept(decisions.get(i));
    }
    if (committed.status() == SessionState.Status.ENDED && !events.isEmpty()
        && events.get(events.size() - 1).event() instanceof Event.SessionEnded) {
      for (Member member : members) {
        member.close((short) 1000, "the session has ended");
      }
      members.clear();
      registry.ended(this);
    }
  }

  /**
   * Another node has taken this session over (this one was thought dead): nothing more is
   * decided here. Everyone who asked is told, and every member is closed with 1012 so that their
   * clients reconnect, through the load balancer, to the node that runs the session now.
   */
  private void lose(List<Submission> batch) {
    lost = true;
    pending = committed;
    pendingSeq = committedSeq;
    fi.retki.server.EventLog.info("event=session-lost session=" + id() + " node=" + fence.node()
        + " epoch=" + fence.epoch());
    List<Submission> refused = new ArrayList<>(batch);
    refused.addAll(queue);
    queue.clear();
    for (Submission submission : refused) {
      submission.then().accept(MOVED);
    }
    for (Member member : members) {
      member.close((short) 1012, "this class has moved to another server; reconnecting");
    }
    members.clear();
    registry.ended(this);
    idleWaiters.forEach(io.vertx.core.Promise::tryComplete);
    idleWaiters.clear();
  }

  /** The database refused the batch: forget its decisions and tell everyone who asked. */
  private void refuse(List<Submission> batch, Throwable cause) {
    pending = committed;
    pendingSeq = committedSeq;
    fi.retki.server.EventLog.error("event=journal-failure session=" + id(), cause);
    Decision notSaved = new Decision(List.of(), new fi.retki.scenes.live.Rejection("not-saved",
        "the server could not save this just now; try again"));
    for (Submission submission : batch) {
      submission.then().accept(notSaved);
    }
  }

  private void broadcast(Reply.Happened happened) {
    Event event = happened.event();
    if (event instanceof Event.PupilJoined joined) {
      registry.tokenIssued(joined.resumeToken(), this);
    }
    String owner = privateTo(event);
    String leaving = leaving(event);
    String frame = WireCodec.encodeReply(happened);
    for (java.util.Iterator<Member> each = members.iterator(); each.hasNext(); ) {
      Member member = each.next();
      if (owner == null || member.isTeacher() || owner.equals(member.pupilId())) {
        member.send(frame);
      }
      if (leaving != null && leaving.equals(member.pupilId())) {
        each.remove();
        member.close((short) 1000, event instanceof Event.PupilRemoved ? "removed by the teacher" : "left the session");
      }
    }
  }

  /** The pupil an event is meant for (with the teacher), or null if every member sees it. */
  private static String privateTo(Event event) {
    if (event instanceof Event.NoteSaved note) {
      return note.pupilId();
    }
    if (event instanceof Event.SnapshotAttached snapshot) {
      return snapshot.pupilId();
    }
    if (event instanceof Event.ProgressReported progress) {
      // Only the teacher's roster shows loading bars; sending each pupil's progress to all 30
      // would be 900 frames per round of reports.
      return progress.pupilId();
    }
    return null;
  }

  private static String leaving(Event event) {
    if (event instanceof Event.PupilRemoved removed) {
      return removed.pupilId();
    }
    if (event instanceof Event.PupilLeft left) {
      return left.pupilId();
    }
    return null;
  }
}
