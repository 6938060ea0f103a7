package fi.retki.client.live;

import fi.retki.scenes.Language;
import fi.retki.scenes.live.SceneRules;
import fi.retki.scenes.live.SessionCore;
import fi.retki.scenes.live.SessionState;
import fi.retki.scenes.live.SessionState.Note;
import fi.retki.scenes.live.SessionState.PlacedObject;
import fi.retki.scenes.wire.Reply;
import fi.retki.scenes.wire.SessionView;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The client's copy of the class session, kept by replaying the server's events with the very
 * {@link SessionCore#evolve} the server runs.
 *
 * <p>A {@code welcome} sets the copy from its {@link SessionView} (after a reconnect, again: the
 * differences from the old copy are reported as changes, so nothing made meanwhile is missed).
 * Events at or below the welcome's {@code seq} are already in the view and are ignored. Numbers
 * may be skipped (events meant for others are not sent); one that does not fit this copy is
 * reported through {@link Changes#outOfStep}.
 *
 * <p>Not thread-safe: use it on one thread (in the app, the render thread).
 */
public final class LocalSession {
  /** What changed, told after each welcome and event. Every method does nothing unless overridden. */
  public interface Changes {
    /** An object of the plan was placed, moved, turned ({@code now}) or removed ({@code null}). */
    default void objectChanged(String id, PlacedObject nowOrNull) {}

    /** The teacher brought everyone to a point of interest, or released them ({@code null}). */
    default void guided(String poiOrNull) {}

    /** The teacher paused the class ("eyes on me"), or resumed it. */
    default void paused(boolean paused) {}

    /** Someone joined, left, was renamed, dropped out or reported progress. */
    default void rosterChanged() {}

    /** A note of this pupil's was saved. */
    default void noteSaved(Note note) {}

    /** The teacher ended the session. */
    default void ended() {}

    /** Events were missed or could not be applied; the copy may differ from the server's until the next welcome. */
    default void outOfStep(String why) {}
  }

  private final Changes changes;
  private SessionState state;
  private String you;
  private long seq = -1;

  /** A copy that reports its changes to {@code changes}. */
  public LocalSession(Changes changes) {
    this.changes = Objects.requireNonNull(changes, "changes");
  }

  /** A copy that reports nothing. */
  public LocalSession() {
    this(new Changes() {});
  }

  /** Sets the copy from a welcome: the first one, or the one after a reconnect. */
  public void welcome(Reply.Welcome welcome) {
    SessionState before = state;
    state = stateOf(welcome.session());
    you = welcome.you();
    seq = welcome.seq();
    report(before, state);
  }

  /**
   * Applies one event.
   *
   * @return false if it was ignored: it came before the first welcome, or is already in the copy
   */
  public boolean apply(Reply.Happened happened) {
    if (state == null || happened.seq() <= seq) {
      return false;
    }
    // A skipped number is normal: events meant for the teacher or another pupil (their
    // progress, notes, snapshots) are not sent here.
    seq = happened.seq();
    SessionState before = state;
    try {
      state = SessionCore.evolve(state, happened.event());
    } catch (RuntimeException e) {
      changes.outOfStep("event " + happened.seq() + " does not fit this copy of the session: " + e);
      return false;
    }
    report(before, state);
    return true;
  }

  /** True once a welcome has set the copy. */
  public boolean ready() {
    return state != null;
  }

  /** The number of the last event in the copy (-1 before the welcome). */
  public long seq() {
    return seq;
  }

  /** This pupil's id. */
  public String you() {
    return you;
  }

  public String sessionId() {
    return need().sessionId();
  }

  /** The id of the session's scene (to load it with the scene loader). */
  public String sceneId() {
    return need().scene().sceneId();
  }

  public String preset() {
    return need().preset();
  }

  public Language language() {
    return need().language();
  }

  /** The point of interest the teacher brought everyone to, or {@code null} when exploring freely. */
  public String focus() {
    return need().focus();
  }

  public boolean paused() {
    return need().paused();
  }

  public boolean joiningLocked() {
    return need().joiningLocked();
  }

  /** True once the teacher has ended the session. */
  public boolean ended() {
    return need().status() == SessionState.Status.ENDED;
  }

  /** The school-yard plan, by object id. */
  public Map<String, PlacedObject> objects() {
    return need().objects();
  }

  /** The class, in the order they joined (no resume tokens). */
  public List<SessionView.PupilView> roster() {
    List<SessionView.PupilView> roster = new ArrayList<>();
    for (SessionState.Pupil p : need().pupils().values()) {
      roster.add(new SessionView.PupilView(p.id(), p.nickname(), p.connected(), p.progress()));
    }
    return roster;
  }

  /** This pupil's saved notes. */
  public List<Note> notes() {
    return need().notes();
  }

  /** This pupil's saved snapshots. */
  public List<SessionState.Snapshot> snapshots() {
    return need().snapshots();
  }

  /** The copy as a whole (teacher id and resume tokens are not known to a pupil: {@code null}). */
  public SessionState state() {
    return need();
  }

  private SessionState need() {
    if (state == null) {
      throw new IllegalStateException("no welcome yet: the session is not known");
    }
    return state;
  }

  /** The state a view shows; what a pupil is not told stays {@code null}. */
  static SessionState stateOf(SessionView view) {
    Map<String, SessionState.Pupil> pupils = new LinkedHashMap<>();
    for (SessionView.PupilView p : view.pupils()) {
      pupils.put(p.id(), new SessionState.Pupil(p.id(), p.nickname(), null, p.connected(), p.progress()));
    }
    Map<String, PlacedObject> objects = new LinkedHashMap<>();
    for (PlacedObject o : view.objects()) {
      objects.put(o.id(), o);
    }
    SceneRules rules = new SceneRules(view.scene(), List.of(), Map.of(), null);
    return new SessionState(SessionState.Status.valueOf(view.status().toUpperCase(Locale.ROOT)), view.id(),
        view.code(), null, rules, view.preset(), view.language(), view.joiningLocked(), view.paused(), view.focus(),
        pupils, objects, view.notes(), view.snapshots());
  }

  private void report(SessionState before, SessionState after) {
    Map<String, PlacedObject> was = before == null ? Map.of() : before.objects();
    for (Map.Entry<String, PlacedObject> entry : after.objects().entrySet()) {
      if (!entry.getValue().equals(was.get(entry.getKey()))) {
        changes.objectChanged(entry.getKey(), entry.getValue());
      }
    }
    for (String id : was.keySet()) {
      if (!after.objects().containsKey(id)) {
        changes.objectChanged(id, null);
      }
    }
    if (before == null || !Objects.equals(before.focus(), after.focus())) {
      changes.guided(after.focus());
    }
    if (before == null ? after.paused() : before.paused() != after.paused()) {
      changes.paused(after.paused());
    }
    if (before == null || !before.pupils().equals(after.pupils())) {
      changes.rosterChanged();
    }
    List<Note> notes = after.notes();
    for (int i = before == null ? notes.size() : before.notes().size(); i < notes.size(); i++) {
      changes.noteSaved(notes.get(i));
    }
    boolean endedNow = after.status() == SessionState.Status.ENDED;
    if (endedNow && (before == null || before.status() != SessionState.Status.ENDED)) {
      changes.ended();
    }
  }
}
