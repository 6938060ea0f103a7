package fi.retki.scenes.wire;

import fi.retki.scenes.Language;
import fi.retki.scenes.live.SessionState;
import java.util.ArrayList;
import java.util.List;

/**
 * A session as one member may see it: no resume tokens, and a pupil sees only their own notes and
 * snapshots.
 */
public record SessionView(
    String id,
    String code,
    String scene,
    String preset,
    Language language,
    String status,
    boolean joiningLocked,
    boolean paused,
    String focus,
    List<PupilView> pupils,
    List<SessionState.PlacedObject> objects,
    List<SessionState.Note> notes,
    List<SessionState.Snapshot> snapshots) {

  public SessionView {
    pupils = List.copyOf(pupils);
    objects = List.copyOf(objects);
    notes = List.copyOf(notes);
    snapshots = List.copyOf(snapshots);
  }

  /** A roster entry. */
  public record PupilView(String id, String nickname, boolean connected, double progress) {}

  /** The view of the session's teacher. */
  public static SessionView forTeacher(SessionState state) {
    return of(state, null);
  }

  /** The view of one pupil. */
  public static SessionView forPupil(SessionState state, String pupilId) {
    return of(state, pupilId);
  }

  private static SessionView of(SessionState state, String pupilId) {
    List<PupilView> pupils = new ArrayList<>();
    for (SessionState.Pupil pupil : state.pupils().values()) {
      pupils.add(new PupilView(pupil.id(), pupil.nickname(), pupil.connected(), pupil.progress()));
    }
    List<SessionState.Note> notes = new ArrayList<>();
    for (SessionState.Note note : state.notes()) {
      if (pupilId == null || note.pupilId().equals(pupilId)) {
        notes.add(note);
      }
    }
    List<SessionState.Snapshot> snapshots = new ArrayList<>();
    for (SessionState.Snapshot snapshot : state.snapshots()) {
      if (pupilId == null || snapshot.pupilId().equals(pupilId)) {
        snapshots.add(snapshot);
      }
    }
    return new SessionView(state.sessionId(), state.code(), state.scene().sceneId(), state.preset(),
        state.language(), state.status().name().toLowerCase(java.util.Locale.ROOT), state.joiningLocked(),
        state.paused(), state.focus(), pupils, new ArrayList<>(state.objects().values()), notes, snapshots);
  }
}
