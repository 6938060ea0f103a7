package fi.retki.scenes.live;

import static fi.retki.scenes.live.Sessions.TEACHER;
import static org.assertj.core.api.Assertions.assertThat;

import fi.retki.scenes.live.Sessions.Run;
import fi.retki.scenes.wire.WireCodec;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Random command sequences, from random actors including strangers, keep the session's invariants;
 * and replaying the events from the start, as stored, always rebuilds the same state.
 */
class SessionPropertiesTest {
  private static final String[] KINDS = {"bench", "slide", "rocket"};

  private static Command randomCommand(Random r, Run run) {
    String pupil = "p-" + r.nextInt(8);
    String object = "o-" + r.nextInt(12);
    switch (r.nextInt(17)) {
      case 0:
        return new Command.Join(pupil, r.nextBoolean() ? "Aino" : " x" + r.nextInt(3) + " ", "token-" + pupil);
      case 1:
        return new Command.Rejoin(r.nextBoolean() ? "token-" + pupil : "forged");
      case 2:
        return new Command.Disconnect(pupil);
      case 3:
        return new Command.ReportProgress(r.nextDouble() * 1.4 - 0.2);
      case 4:
        return new Command.GoTo(r.nextBoolean() ? "sandpit" : "moon");
      case 5:
        return r.nextBoolean() ? new Command.Pause() : new Command.Resume();
      case 6:
        return r.nextBoolean() ? new Command.LockJoining() : new Command.UnlockJoining();
      case 7:
        return new Command.RenamePupil(pupil, "Aino");
      case 8:
        return new Command.RemovePupil(pupil);
      case 9:
      case 10:
      case 11:
        return new Command.PlaceObject(object, KINDS[r.nextInt(3)], r.nextDouble() * 50 - 25, r.nextDouble() * 30 - 15,
            r.nextInt(360));
      case 12:
        return new Command.MoveObject(object, r.nextDouble() * 50 - 25, r.nextDouble() * 30 - 15);
      case 13:
        return new Command.RotateObject(object, r.nextInt(360));
      case 14:
        return new Command.RemoveObject(object);
      case 15:
        return new Command.SaveNote("n-" + r.nextInt(100), r.nextBoolean() ? "note" : "");
      default:
        return r.nextInt(8) == 0 ? new Command.EndSession() : new Command.Leave();
    }
  }

  private static Actor randomActor(Random r) {
    int pick = r.nextInt(10);
    if (pick == 0) {
      return TEACHER;
    }
    if (pick == 1) {
      return new Actor.Teacher("t-stranger");
    }
    return new Actor.Pupil("p-" + r.nextInt(9));
  }

  @Test
  void randomSequencesKeepTheInvariants() {
    int ended = 0;
    int placed = 0;
    for (int seed = 0; seed < 300; seed++) {
      Random r = new Random(seed);
      Run run = new Run().open(Sessions.yard());
      List<Event> history = new ArrayList<>();
      history.add(new Event.SessionOpened("s-1", "ABC234", TEACHER.id(), Sessions.yard(), "standard",
          fi.retki.scenes.Language.FI, Sessions.T0.plusSeconds(1)));
      Set<String> everJoined = new HashSet<>();
      for (int step = 0; step < 200; step++) {
        boolean endedBefore = run.state.status() == SessionState.Status.ENDED;
        Decision decision = run.send(randomActor(r), randomCommand(r, run));
        history.addAll(decision.events());
        if (endedBefore) {
          assertThat(decision.accepted()).as("seed %d: an ended session accepts nothing", seed).isFalse();
          assertThat(decision.rejection().code()).isEqualTo("session-ended");
        }
        SessionState s = run.state;
        s.pupils().keySet().forEach(everJoined::add);
        for (SessionState.PlacedObject o : s.objects().values()) {
          assertThat(PlanRules.fits(s.scene().area(), s.scene().kinds().get(o.kind()), o.x(), o.z(), o.yaw()))
              .as("seed %d: %s inside the yard", seed, o).isTrue();
          assertThat(o.owner().equals(TEACHER.id()) || everJoined.contains(o.owner())).isTrue();
        }
        Set<String> names = new HashSet<>();
        for (SessionState.Pupil p : s.pupils().values()) {
          assertThat(names.add(p.nickname().toLowerCase(Locale.ROOT))).as("seed %d: unique %s", seed, p.nickname())
              .isTrue();
          assertThat(Nicknames.clean(p.nickname())).isEqualTo(p.nickname());
          assertThat(p.progress()).isBetween(0.0, 1.0);
        }
      }
      ended += run.state.status() == SessionState.Status.ENDED ? 1 : 0;
      placed += run.state.objects().size();
      SessionState replayed = SessionState.empty();
      for (Event event : history) {
        Event stored = WireCodec.readEvent(WireCodec.typeOf(event), WireCodec.storeEvent(event));
        replayed = SessionCore.evolve(replayed, stored);
      }
      assertThat(replayed).as("seed %d: replaying the stored events rebuilds the state", seed).isEqualTo(run.state);
    }
    assertThat(ended).as("runs that reached the end, so the ended-session rule was tried").isGreaterThan(20);
    assertThat(placed).as("objects standing at the ends of runs, so the area rule was tried").isGreaterThan(100);
  }
}
