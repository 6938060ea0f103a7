package fi.retki.scenes.live;

import fi.retki.scenes.live.SessionState.Note;
import fi.retki.scenes.live.SessionState.PlacedObject;
import fi.retki.scenes.live.SessionState.Pupil;
import fi.retki.scenes.live.SessionState.Snapshot;
import fi.retki.scenes.live.SessionState.Status;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@link SessionCore#evolve}: each event's effect on the state, and nothing else. */
final class SessionEvolution {
  private SessionEvolution() {}

  static SessionState apply(SessionState s, Event event) {
    if (event instanceof Event.SessionOpened e) {
      return new SessionState(Status.OPEN, e.sessionId(), e.code(), e.teacherId(), e.scene(), e.preset(),
          e.language(), false, false, null, Map.of(), Map.of(), List.of(), List.of());
    }
    if (event instanceof Event.PupilJoined e) {
      return withPupil(s, new Pupil(e.pupilId(), e.nickname(), e.resumeToken(), true, 0));
    }
    if (event instanceof Event.PupilRejoined e) {
      Pupil p = s.pupils().get(e.pupilId());
      return withPupil(s, new Pupil(p.id(), p.nickname(), p.resumeToken(), true, p.progress()));
    }
    if (event instanceof Event.PupilDisconnected e) {
      Pupil p = s.pupils().get(e.pupilId());
      return withPupil(s, new Pupil(p.id(), p.nickname(), p.resumeToken(), false, p.progress()));
    }
    if (event instanceof Event.ProgressReported e) {
      Pupil p = s.pupils().get(e.pupilId());
      return withPupil(s, new Pupil(p.id(), p.nickname(), p.resumeToken(), p.connected(), e.fraction()));
    }
    if (event instanceof Event.PupilRenamed e) {
      Pupil p = s.pupils().get(e.pupilId());
      return withPupil(s, new Pupil(p.id(), e.nickname(), p.resumeToken(), p.connected(), p.progress()));
    }
    if (event instanceof Event.PupilLeft e) {
      return withoutPupil(s, e.pupilId());
    }
    if (event instanceof Event.PupilRemoved e) {
      return withoutPupil(s, e.pupilId());
    }
    if (event instanceof Event.WentTo e) {
      return flags(s, s.joiningLocked(), s.paused(), e.poi());
    }
    if (event instanceof Event.Released) {
      return flags(s, s.joiningLocked(), s.paused(), null);
    }
    if (event instanceof Event.Paused) {
      return flags(s, s.joiningLocked(), true, s.focus());
    }
    if (event instanceof Event.Resumed) {
      return flags(s, s.joiningLocked(), false, s.focus());
    }
    if (event instanceof Event.JoiningLocked) {
      return flags(s, true, s.paused(), s.focus());
    }
    if (event instanceof Event.JoiningUnlocked) {
      return flags(s, false, s.paused(), s.focus());
    }
    if (event instanceof Event.ObjectPlaced e) {
      return withObject(s, e.objectId(), new PlacedObject(e.objectId(), e.kind(), e.x(), e.z(), e.yaw(), e.owner()));
    }
    if (event instanceof Event.ObjectMoved e) {
      PlacedObject o = s.objects().get(e.objectId());
      return withObject(s, o.id(), new PlacedObject(o.id(), o.kind(), e.x(), e.z(), o.yaw(), o.owner()));
    }
    if (event instanceof Event.ObjectRotated e) {
      PlacedObject o = s.objects().get(e.objectId());
      return withObject(s, o.id(), new PlacedObject(o.id(), o.kind(), o.x(), o.z(), e.yaw(), o.owner()));
    }
    if (event instanceof Event.ObjectRemoved e) {
      return withObject(s, e.objectId(), null);
    }
    if (event instanceof Event.NoteSaved e) {
      List<Note> notes = new ArrayList<>(s.notes());
      notes.add(new Note(e.pupilId(), e.noteId(), e.text(), e.at()));
      return new SessionState(s.status(), s.sessionId(), s.code(), s.teacherId(), s.scene(), s.preset(), s.language(),
          s.joiningLocked(), s.paused(), s.focus(), s.pupils(), s.objects(), notes, s.snapshots());
    }
    if (event instanceof Event.SnapshotAttached e) {
      List<Snapshot> snapshots = new ArrayList<>(s.snapshots());
      snapshots.add(new Snapshot(e.pupilId(), e.snapshotId(), e.bytes(), e.at()));
      return new SessionState(s.status(), s.sessionId(), s.code(), s.teacherId(), s.scene(), s.preset(), s.language(),
          s.joiningLocked(), s.paused(), s.focus(), s.pupils(), s.objects(), s.notes(), snapshots);
    }
    if (event instanceof Event.SessionEnded) {
      return new SessionState(Status.ENDED, s.sessionId(), s.code(), s.teacherId(), s.scene(), s.preset(),
          s.language(), true, false, null, s.pupils(), s.objects(), s.notes(), s.snapshots());
    }
    throw new IllegalArgumentException("no rule for " + event.getClass().getSimpleName());
  }

  private static SessionState withPupil(SessionState s, Pupil pupil) {
    Map<String, Pupil> pupils = new LinkedHashMap<>(s.pupils());
    pupils.put(pupil.id(), pupil);
    return new SessionState(s.status(), s.sessionId(), s.code(), s.teacherId(), s.scene(), s.preset(), s.language(),
        s.joiningLocked(), s.paused(), s.focus(), pupils, s.objects(), s.notes(), s.snapshots());
  }

  private static SessionState withoutPupil(SessionState s, String pupilId) {
    Map<String, Pupil> pupils = new LinkedHashMap<>(s.pupils());
    pupils.remove(pupilId);
    return new SessionState(s.status(), s.sessionId(), s.code(), s.teacherId(), s.scene(), s.preset(), s.language(),
        s.joiningLocked(), s.paused(), s.focus(), pupils, s.objects(), s.notes(), s.snapshots());
  }

  private static SessionState withObject(SessionState s, String objectId, PlacedObject object) {
    Map<String, PlacedObject> objects = new LinkedHashMap<>(s.objects());
    if (object == null) {
      objects.remove(objectId);
    } else {
      objects.put(objectId, object);
    }
    return new SessionState(s.status(), s.sessionId(), s.code(), s.teacherId(), s.scene(), s.preset(), s.language(),
        s.joiningLocked(), s.paused(), s.focus(), s.pupils(), objects, s.notes(), s.snapshots());
  }

  private static SessionState flags(SessionState s, boolean locked, boolean paused, String focus) {
    return new SessionState(s.status(), s.sessionId(), s.code(), s.teacherId(), s.scene(), s.preset(), s.language(),
        locked, paused, focus, s.pupils(), s.objects(), s.notes(), s.snapshots());
  }
}
