package fi.retki.scenes.live;

import fi.retki.scenes.Area;
import fi.retki.scenes.PaletteKind;
import fi.retki.scenes.live.Command.AttachSnapshot;
import fi.retki.scenes.live.Command.Disconnect;
import fi.retki.scenes.live.Command.EndSession;
import fi.retki.scenes.live.Command.GoTo;
import fi.retki.scenes.live.Command.Join;
import fi.retki.scenes.live.Command.Leave;
import fi.retki.scenes.live.Command.LockJoining;
import fi.retki.scenes.live.Command.MoveObject;
import fi.retki.scenes.live.Command.OpenSession;
import fi.retki.scenes.live.Command.Pause;
import fi.retki.scenes.live.Command.PlaceObject;
import fi.retki.scenes.live.Command.Rejoin;
import fi.retki.scenes.live.Command.Release;
import fi.retki.scenes.live.Command.RemoveObject;
import fi.retki.scenes.live.Command.RemovePupil;
import fi.retki.scenes.live.Command.RenamePupil;
import fi.retki.scenes.live.Command.ReportProgress;
import fi.retki.scenes.live.Command.Resume;
import fi.retki.scenes.live.Command.RotateObject;
import fi.retki.scenes.live.Command.SaveNote;
import fi.retki.scenes.live.Command.UnlockJoining;
import fi.retki.scenes.live.SessionState.PlacedObject;
import fi.retki.scenes.live.SessionState.Pupil;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The rules of a live class session: {@link #decide} and {@link #evolve}, both pure. */
public final class SessionCore {
  /** The longest note, in characters. */
  public static final int MAX_NOTE = 2000;
  /** The largest snapshot, in bytes. */
  public static final long MAX_SNAPSHOT = 5L * 1024 * 1024;

  private SessionCore() {}

  /** What {@code actor}'s {@code command} leads to in {@code state} at {@code now}. */
  public static Decision decide(SessionState state, Actor actor, Command command, Instant now) {
    if (command instanceof OpenSession open) {
      if (state.status() != SessionState.Status.NEW) {
        return Decision.reject("already-open", "this session is already open");
      }
      if (!(actor instanceof Actor.Teacher teacher)) {
        return Decision.reject("not-teacher", "only a teacher can open a session");
      }
      return Decision.accept(new Event.SessionOpened(open.sessionId(), open.code(), teacher.id(), open.scene(),
          open.preset(), open.language(), now));
    }
    if (state.status() == SessionState.Status.NEW) {
      return Decision.reject("not-open", "this session has not been opened yet");
    }
    if (state.status() == SessionState.Status.ENDED) {
      return Decision.reject("session-ended", "the session has ended; ask the teacher for a new code");
    }
    if (command instanceof Join join) {
      return join(state, join, now);
    }
    if (command instanceof Rejoin rejoin) {
      for (Pupil pupil : state.pupils().values()) {
        if (pupil.resumeToken().equals(rejoin.resumeToken())) {
          return Decision.accept(new Event.PupilRejoined(pupil.id(), now));
        }
      }
      return Decision.reject("unknown-resume-token", "this device's place in the class is gone; join again with the code");
    }
    if (isTeacherCommand(command)) {
      if (!(actor instanceof Actor.Teacher teacher) || !teacher.id().equals(state.teacherId())) {
        return Decision.reject("not-teacher", "only the session's teacher can do that");
      }
      return teacherCommand(state, command, now);
    }
    String who = member(state, actor);
    if (who == null) {
      return Decision.reject("not-member", "you are not in this session; join it with its code");
    }
    return memberCommand(state, actor, who, command, now);
  }

  private static boolean isTeacherCommand(Command command) {
    return command instanceof GoTo || command instanceof Release || command instanceof Pause
        || command instanceof Resume || command instanceof LockJoining || command instanceof UnlockJoining
        || command instanceof RenamePupil || command instanceof RemovePupil || command instanceof EndSession;
  }

  /** The acting id if the actor belongs to the session (its teacher, or a pupil in the roster). */
  private static String member(SessionState state, Actor actor) {
    if (actor instanceof Actor.Teacher teacher) {
      return teacher.id().equals(state.teacherId()) ? teacher.id() : null;
    }
    String id = ((Actor.Pupil) actor).id();
    return state.pupils().containsKey(id) ? id : null;
  }

  private static Decision join(SessionState state, Join join, Instant now) {
    if (state.joiningLocked()) {
      return Decision.reject("joining-locked", "the teacher has closed this class to new pupils");
    }
    if (state.pupils().containsKey(join.pupilId())) {
      return Decision.reject("already-joined", "this pupil is already in the class");
    }
    String nickname = Nicknames.clean(join.nickname());
    if (nickname == null) {
      return Decision.reject("bad-nickname", "a nickname has 1 to 20 letters, numbers or spaces");
    }
    List<String> taken = new ArrayList<>();
    state.pupils().values().forEach(p -> taken.add(p.nickname()));
    return Decision.accept(new Event.PupilJoined(join.pupilId(), Nicknames.unique(nickname, taken),
        join.resumeToken(), now));
  }

  private static Decision teacherCommand(SessionState state, Command command, Instant now) {
    if (command instanceof GoTo goTo) {
      if (!state.scene().points().contains(goTo.poi())) {
        return Decision.reject("unknown-poi", "\"" + goTo.poi() + "\" is not a point of interest of "
            + state.scene().sceneId() + "; use one of " + String.join(", ", state.scene().points()));
      }
      return Decision.accept(new Event.WentTo(goTo.poi()));
    }
    if (command instanceof Release) {
      return state.focus() == null ? Decision.accept() : Decision.accept(new Event.Released());
    }
    if (command instanceof Pause) {
      return state.paused() ? Decision.accept() : Decision.accept(new Event.Paused());
    }
    if (command instanceof Resume) {
      return state.paused() ? Decision.accept(new Event.Resumed()) : Decision.accept();
    }
    if (command instanceof LockJoining) {
      return state.joiningLocked() ? Decision.accept() : Decision.accept(new Event.JoiningLocked());
    }
    if (command instanceof UnlockJoining) {
      return state.joiningLocked() ? Decision.accept(new Event.JoiningUnlocked()) : Decision.accept();
    }
    if (command instanceof RenamePupil rename) {
      if (!state.pupils().containsKey(rename.pupilId())) {
        return Decision.reject("unknown-pupil", "there is no such pupil in this class");
      }
      String nickname = Nicknames.clean(rename.nickname());
      if (nickname == null) {
        return Decision.reject("bad-nickname", "a nickname has 1 to 20 letters, numbers or spaces");
      }
      List<String> taken = new ArrayList<>();
      state.pupils().values().stream().filter(p -> !p.id().equals(rename.pupilId()))
          .forEach(p -> taken.add(p.nickname()));
      return Decision.accept(new Event.PupilRenamed(rename.pupilId(), Nicknames.unique(nickname, taken)));
    }
    if (command instanceof RemovePupil remove) {
      if (!state.pupils().containsKey(remove.pupilId())) {
        return Decision.reject("unknown-pupil", "there is no such pupil in this class");
      }
      return Decision.accept(new Event.PupilRemoved(remove.pupilId()));
    }
    return Decision.accept(new Event.SessionEnded(now));
  }

  private static Decision memberCommand(SessionState state, Actor actor, String who, Command command, Instant now) {
    boolean pupil = actor instanceof Actor.Pupil;
    if (command instanceof Disconnect || command instanceof Leave || command instanceof ReportProgress
        || command instanceof SaveNote || command instanceof AttachSnapshot) {
      if (!pupil) {
        return Decision.reject("not-pupil", "only a pupil can do that");
      }
      return pupilCommand(state, state.pupils().get(who), command, now);
    }
    return planCommand(state, who, pupil, command);
  }

  private static Decision pupilCommand(SessionState state, Pupil pupil, Command command, Instant now) {
    if (command instanceof Disconnect) {
      return pupil.connected() ? Decision.accept(new Event.PupilDisconnected(pupil.id())) : Decision.accept();
    }
    if (command instanceof Leave) {
      return Decision.accept(new Event.PupilLeft(pupil.id()));
    }
    if (command instanceof ReportProgress progress) {
      if (!(progress.fraction() >= 0 && progress.fraction() <= 1)) {
        return Decision.reject("bad-progress", "progress is a fraction from 0 to 1, not " + progress.fraction());
      }
      return Decision.accept(new Event.ProgressReported(pupil.id(), progress.fraction()));
    }
    if (command instanceof SaveNote note) {
      String text = note.text() == null ? "" : note.text().strip();
      if (text.isEmpty() || text.length() > MAX_NOTE) {
        return Decision.reject("bad-note", "a note has 1 to " + MAX_NOTE + " characters");
      }
      for (SessionState.Note saved : state.notes()) {
        if (saved.noteId().equals(note.noteId())) {
          // A client that lost the ack sends the note again: it is already saved.
          return saved.pupilId().equals(pupil.id()) ? Decision.accept()
              : Decision.reject("note-exists", "another note already has this id; make a new one");
        }
      }
      return Decision.accept(new Event.NoteSaved(pupil.id(), note.noteId(), text, now));
    }
    AttachSnapshot snapshot = (AttachSnapshot) command;
    if (snapshot.bytes() <= 0 || snapshot.bytes() > MAX_SNAPSHOT) {
      return Decision.reject("snapshot-too-large", "a snapshot may be at most 5 MB");
    }
    return Decision.accept(new Event.SnapshotAttached(pupil.id(), snapshot.snapshotId(), snapshot.bytes(), now));
  }

  private static Decision planCommand(SessionState state, String who, boolean pupil, Command command) {
    Area area = state.scene().area();
    if (area == null) {
      return Decision.reject("not-planning", "this scene has no plan to change");
    }
    if (command instanceof PlaceObject place) {
      PaletteKind.Footprint footprint = state.scene().kinds().get(place.kind());
      if (footprint == null) {
        return Decision.reject("unknown-kind", "\"" + place.kind() + "\" is not in the palette");
      }
      if (state.objects().containsKey(place.objectId())) {
        return Decision.reject("object-exists", "an object with this id is already in the plan");
      }
      if (!PlanRules.fits(area, footprint, place.x(), place.z(), place.yaw())) {
        return Decision.reject("outside-area", "the object must stand inside the yard");
      }
      return Decision.accept(new Event.ObjectPlaced(place.objectId(), place.kind(), place.x(), place.z(), place.yaw(), who));
    }
    String objectId = objectId(command);
    PlacedObject object = state.objects().get(objectId);
    if (object == null) {
      return Decision.reject("unknown-object", "that object is not in the plan any more");
    }
    if (pupil && !object.owner().equals(who)) {
      return Decision.reject("not-owner", "only the pupil who placed it (or the teacher) can change it");
    }
    PaletteKind.Footprint footprint = state.scene().kinds().get(object.kind());
    if (command instanceof MoveObject move) {
      return PlanRules.fits(area, footprint, move.x(), move.z(), object.yaw())
          ? Decision.accept(new Event.ObjectMoved(objectId, move.x(), move.z()))
          : Decision.reject("outside-area", "the object must stand inside the yard");
    }
    if (command instanceof RotateObject rotate) {
      return PlanRules.fits(area, footprint, object.x(), object.z(), rotate.yaw())
          ? Decision.accept(new Event.ObjectRotated(objectId, rotate.yaw()))
          : Decision.reject("outside-area", "turned like that, the object would stick out of the yard");
    }
    return Decision.accept(new Event.ObjectRemoved(objectId));
  }

  private static String objectId(Command command) {
    if (command instanceof MoveObject move) {
      return move.objectId();
    }
    if (command instanceof RotateObject rotate) {
      return rotate.objectId();
    }
    return ((RemoveObject) command).objectId();
  }

  /** The state after {@code event}. */
  public static SessionState evolve(SessionState state, Event event) {
    return SessionEvolution.apply(state, event);
  }
}
