package fi.retki.scenes.wire;

import fi.retki.scenes.Language;
import fi.retki.scenes.live.SessionState;
import java.util.ArrayList;
import java.util.List;

/**
 * A session as one member may see it: no resume tokens, and a pupil sees only their own notes and
 * snapshots. {@code pictures} is the picture code's picture names in order (empty where the
 * session has none, or the server is older).
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
    List<SessionState.Snapshot> snapshots,
    List<String> pictures) {

  public SessionView {
    pupils = List.copyOf(pupils);
    objects = List.copyOf(objects);
    notes = List.copyOf(notes);
    snapshots = List.copyOf(snapshots);
    pictures = pictures == null ? List.of() : List.copyOf(pictures);
  }

  /** A view without a picture code. */
  public SessionView(String id, String code, String scene, String preset, Language language, String status,
      boolean joiningLocked, boolean paused, String focus, List<PupilView> pupils,
      List<SessionState.PlacedObject> objects, List<SessionState.Note> notes, List<SessionState.Snapshot> snapshots) {
    this(id, code, scene, preset, language, status, joiningLocked, paused, focus, pupils, objects, notes, snapshots,
        List.of());
  }

  /** This view with the session's picture code (its picture names, in order). */
  public SessionView withPictures(List<String> names) {
    return new SessionView(id, code, scene, preset, language, status, joiningLocked, paused, focus, pupils, objects,
        notes, snapshots, names);
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
