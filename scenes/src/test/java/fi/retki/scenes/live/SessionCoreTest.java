package fi.retki.scenes.live;

import static fi.retki.scenes.live.Sessions.TEACHER;
import static org.assertj.core.api.Assertions.assertThat;

import fi.retki.scenes.live.Sessions.Run;
import org.junit.jupiter.api.Test;

class SessionCoreTest {
  private static final Actor.Pupil AINO = new Actor.Pupil("p-1");
  private static final Actor.Pupil EEMIL = new Actor.Pupil("p-2");

  @Test
  void pupilsJoinWithCleanUniqueNicknames() {
    Run run = new Run().open(Sessions.forest());
    assertThat(run.join("p-1", "  Aino  ").accepted()).isTrue();
    assertThat(run.join("p-2", "aino").events()).singleElement()
        .isEqualTo(new Event.PupilJoined("p-2", "aino 2", "token-p-2", run.now));
    assertThat(run.join("p-3", "\u0007beep").rejection().code()).isEqualTo("bad-nickname");
    assertThat(run.join("p-4", "x".repeat(21)).rejection().code()).isEqualTo("bad-nickname");
    assertThat(run.state.pupils().values()).extracting(SessionState.Pupil::nickname).containsExactly("Aino", "aino 2");
  }

  @Test
  void aLockedClassTakesNoNewPupilsButADroppedPupilComesBackWithTheirWork() {
    Run run = new Run().open(Sessions.forest());
    run.join("p-1", "Aino");
    run.send(AINO, new Command.ReportProgress(0.6));
    run.send(AINO, new Command.SaveNote("n-1", "The sloth is slow."));
    run.send(AINO, new Command.Disconnect("p-1"));
    assertThat(run.state.pupils().get("p-1").connected()).isFalse();
    run.send(TEACHER, new Command.LockJoining());

    assertThat(run.join("p-2", "Eemil").rejection())
        .isEqualTo(new Rejection("joining-locked", "the teacher has closed this class to new pupils"));
    assertThat(run.send(new Actor.Pupil("?"), new Command.Rejoin("token-p-1")).events())
        .containsExactly(new Event.PupilRejoined("p-1", run.now));
    SessionState.Pupil aino = run.state.pupils().get("p-1");
    assertThat(aino.connected()).isTrue();
    assertThat(aino.progress()).isEqualTo(0.6);
    assertThat(run.state.notes()).extracting(SessionState.Note::text).containsExactly("The sloth is slow.");
    assertThat(run.send(new Actor.Pupil("?"), new Command.Rejoin("forged")).rejection().code())
        .isEqualTo("unknown-resume-token");
  }

  @Test
  void onlyTheSessionsTeacherGuidesTheClass() {
    Run run = new Run().open(Sessions.forest());
    run.join("p-1", "Aino");
    assertThat(run.send(AINO, new Command.Pause()).rejection().code()).isEqualTo("not-teacher");
    assertThat(run.send(new Actor.Teacher("t-other"), new Command.GoTo("river")).rejection().code())
        .isEqualTo("not-teacher");
    assertThat(run.send(TEACHER, new Command.GoTo("waterfall")).rejection().message())
        .startsWith("\"waterfall\" is not a point of interest of rainforest; use one of");
    assertThat(run.send(TEACHER, new Command.GoTo("river")).events()).containsExactly(new Event.WentTo("river"));
    run.send(TEACHER, new Command.Pause());
    assertThat(run.state.paused()).isTrue();
    assertThat(run.state.focus()).isEqualTo("river");
    assertThat(run.send(TEACHER, new Command.Pause()).events()).as("pausing twice changes nothing").isEmpty();
    run.send(TEACHER, new Command.Release());
    run.send(TEACHER, new Command.Resume());
    assertThat(run.state.focus()).isNull();
    assertThat(run.state.paused()).isFalse();
  }

  @Test
  void aPupilOfAnotherSessionOrARemovedPupilCanDoNothingHere() {
    Run run = new Run().open(Sessions.forest());
    run.join("p-1", "Aino");
    assertThat(run.send(EEMIL, new Command.ReportProgress(0.5)).rejection().code()).isEqualTo("not-member");
    run.send(TEACHER, new Command.RemovePupil("p-1"));
    assertThat(run.send(AINO, new Command.SaveNote("n-1", "hello")).rejection().code()).isEqualTo("not-member");
  }

  @Test
  void theYardPlanKeepsObjectsInsideTheAreaAndToTheirOwners() {
    Run run = new Run().open(Sessions.yard());
    run.join("p-1", "Aino");
    run.join("p-2", "Eemil");
    assertThat(run.send(AINO, new Command.PlaceObject("o-1", "slide", 0, 0, 0)).accepted()).isTrue();
    assertThat(run.send(AINO, new Command.PlaceObject("o-2", "slide", 18.5, 0, 0)).rejection().code())
        .as("4 m wide at x = 18.5 sticks out of x <= 20").isEqualTo("outside-area");
    assertThat(run.send(AINO, new Command.PlaceObject("o-2", "rocket", 0, 0, 0)).rejection().code())
        .isEqualTo("unknown-kind");
    assertThat(run.send(EEMIL, new Command.MoveObject("o-1", 5, 5)).rejection().code()).isEqualTo("not-owner");
    assertThat(run.send(AINO, new Command.MoveObject("o-1", 17, 8.5)).accepted()).isTrue();
    assertThat(run.send(AINO, new Command.RotateObject("o-1", 90)).rejection().code())
        .as("turned, its 4 m would run along z from 6.5 to 10.5, past z = 10").isEqualTo("outside-area");
    assertThat(run.send(TEACHER, new Command.RemoveObject("o-1")).accepted()).isTrue();
    assertThat(run.state.objects()).isEmpty();
    assertThat(new Run().open(Sessions.forest()).send(TEACHER, new Command.PlaceObject("o", "bench", 0, 0, 0))
        .rejection().code()).isEqualTo("not-planning");
  }

  @Test
  void anEndedSessionAcceptsNothing() {
    Run run = new Run().open(Sessions.forest());
    run.join("p-1", "Aino");
    run.send(TEACHER, new Command.EndSession());
    assertThat(run.state.status()).isEqualTo(SessionState.Status.ENDED);
    assertThat(run.join("p-2", "Eemil").rejection().code()).isEqualTo("session-ended");
    assertThat(run.send(AINO, new Command.SaveNote("n", "late")).rejection().code()).isEqualTo("session-ended");
    assertThat(run.send(TEACHER, new Command.GoTo("river")).rejection().code()).isEqualTo("session-ended");
  }

  @Test
  void snapshotsAndNotesHaveTheirLimits() {
    Run run = new Run().open(Sessions.forest());
    run.join("p-1", "Aino");
    assertThat(run.send(AINO, new Command.AttachSnapshot("s-1", 6L << 20)).rejection().code())
        .isEqualTo("snapshot-too-large");
    assertThat(run.send(AINO, new Command.SaveNote("n-1", "   ")).rejection().code()).isEqualTo("bad-note");
    assertThat(run.send(AINO, new Command.AttachSnapshot("s-1", 200_000)).accepted()).isTrue();
    assertThat(run.state.snapshots()).hasSize(1);
  }

  @Test
  void aNoteSentAgainAfterALostAckIsSavedOnce() {
    Run run = new Run().open(Sessions.forest());
    run.join("p-1", "Aino");
    run.join("p-2", "Eemil");
    assertThat(run.send(AINO, new Command.SaveNote("n-1", "Frogs!")).events()).hasSize(1);

    assertThat(run.send(AINO, new Command.SaveNote("n-1", "Frogs!")).events()).isEmpty();
    assertThat(run.send(EEMIL, new Command.SaveNote("n-1", "Mine")).rejection().code()).isEqualTo("note-exists");
    assertThat(run.state.notes()).extracting(SessionState.Note::text).containsExactly("Frogs!");
  }
}
