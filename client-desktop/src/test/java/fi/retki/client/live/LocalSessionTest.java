package fi.retki.client.live;

import static org.assertj.core.api.Assertions.assertThat;

import fi.retki.scenes.Area;
import fi.retki.scenes.Language;
import fi.retki.scenes.PaletteKind;
import fi.retki.scenes.live.Actor;
import fi.retki.scenes.live.Command;
import fi.retki.scenes.live.Decision;
import fi.retki.scenes.live.Event;
import fi.retki.scenes.live.SceneRules;
import fi.retki.scenes.live.SessionCore;
import fi.retki.scenes.live.SessionState;
import fi.retki.scenes.live.SessionState.PlacedObject;
import fi.retki.scenes.wire.Reply;
import fi.retki.scenes.wire.SessionView;
import fi.retki.scenes.wire.WireCodec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The client's copy against the server's own state machine, through the wire codec. */
class LocalSessionTest {
  static final Actor.Teacher TEACHER = new Actor.Teacher("t-1");
  static final Actor.Pupil AINO = new Actor.Pupil("p-aino");
  static final Actor.Pupil EEMIL = new Actor.Pupil("p-eemil");

  /** The server's side: the authoritative state and every event, numbered. */
  SessionState server = SessionState.empty();
  final List<Reply.Happened> sent = new ArrayList<>();
  Instant now = Instant.parse("2026-11-24T09:00:00Z");
  final List<String> heard = new ArrayList<>();
  LocalSession local;

  @BeforeEach
  void open() {
    SceneRules yard = new SceneRules("school-yard", List.of("sandpit", "yard-plan"),
        Map.of("bench", new PaletteKind.Footprint(1.8, 0.6)), Area.of(-20, -10, 20, 10));
    run(TEACHER, new Command.OpenSession("s-1", "ABC234", yard, "standard", Language.FI));
    run(AINO, new Command.Join(AINO.id(), "Aino", "token-aino"));
    run(EEMIL, new Command.Join(EEMIL.id(), "Eemil", "token-eemil"));
    run(AINO, new Command.PlaceObject("o-1", "bench", 0, 0, 0));
    run(TEACHER, new Command.GoTo("sandpit"));
    local = new LocalSession(new Recorder());
  }

  @Test
  void welcomeThenEvents_givesTheServersState_andEarlierEventsAreIgnored() throws Exception {
    local.welcome(welcomeFor(EEMIL));
    assertThat(local.apply(wire(sent.get(3)))).as("already in the welcome").isFalse();
    assertThat(local.apply(wire(sent.get(4)))).as("the welcome's own seq").isFalse();

    int from = sent.size();
    run(TEACHER, new Command.Pause());
    run(AINO, new Command.MoveObject("o-1", 3, 2));
    run(EEMIL, new Command.PlaceObject("o-2", "bench", -5, 1, 90));
    run(EEMIL, new Command.SaveNote("n-1", "The sandpit is too small"));
    run(EEMIL, new Command.ReportProgress(0.5));
    run(AINO, new Command.Disconnect(AINO.id()));
    run(AINO, new Command.RemoveObject("o-1"));
    run(TEACHER, new Command.Release());
    run(TEACHER, new Command.Resume());
    run(EEMIL, new Command.RotateObject("o-2", 45));
    for (Reply.Happened event : sent.subList(from, sent.size())) {
      assertThat(local.apply(wire(event))).as("seq " + event.seq()).isTrue();
    }
    local.apply(wire(sent.get(from))); // a late duplicate changes nothing

    assertThat(SessionView.forPupil(local.state(), EEMIL.id())).isEqualTo(SessionView.forPupil(server, EEMIL.id()));
    assertThat(local.seq()).isEqualTo(sent.size());
    assertThat(local.you()).isEqualTo(EEMIL.id());
    assertThat(local.focus()).isNull();
    assertThat(local.paused()).isFalse();
    assertThat(local.objects()).containsOnlyKeys("o-2");
    assertThat(local.objects().get("o-2").yaw()).isEqualTo(45);
    assertThat(local.notes()).extracting(SessionState.Note::text).containsExactly("The sandpit is too small");
    assertThat(local.roster()).extracting(SessionView.PupilView::connected).containsExactly(false, true);
  }

  @Test
  void changes_areReportedAsTheyHappen() throws Exception {
    local.welcome(welcomeFor(EEMIL));
    assertThat(heard).containsExactly("object o-1 bench 0.0,0.0", "guided sandpit", "roster");
    heard.clear();

    int from = sent.size();
    run(TEACHER, new Command.Pause());
    run(AINO, new Command.MoveObject("o-1", 3, 2));
    run(EEMIL, new Command.SaveNote("n-1", "A note"));
    run(AINO, new Command.RemoveObject("o-1"));
    run(TEACHER, new Command.Release());
    run(TEACHER, new Command.EndSession());
    for (Reply.Happened event : sent.subList(from, sent.size())) {
      local.apply(wire(event));
    }

    assertThat(heard).containsExactly("paused true", "object o-1 bench 3.0,2.0", "note n-1", "object o-1 removed",
        "guided null", "paused false", "ended");
    assertThat(local.ended()).isTrue();
  }

  @Test
  void aSecondWelcome_reportsWhatChangedMeanwhile() throws Exception {
    local.welcome(welcomeFor(EEMIL));
    heard.clear();

    run(AINO, new Command.PlaceObject("o-3", "bench", 5, 5, 0));
    run(AINO, new Command.RemoveObject("o-1"));
    local.welcome(welcomeFor(EEMIL));

    assertThat(heard).containsExactly("object o-3 bench 5.0,5.0", "object o-1 removed");
    assertThat(local.seq()).isEqualTo(sent.size());
  }

  @Test
  void aSkippedNumber_isNormal_eventsMeantForOthersAreNotSentHere() throws Exception {
    local.welcome(welcomeFor(EEMIL));
    heard.clear();
    run(AINO, new Command.MoveObject("o-1", 1, 1));
    run(AINO, new Command.MoveObject("o-1", 2, 2));

    assertThat(local.apply(wire(sent.get(sent.size() - 1)))).isTrue();

    assertThat(heard).noneMatch(h -> h.startsWith("out of step"));
    assertThat(local.objects().get("o-1").x()).isEqualTo(2);
    assertThat(local.seq()).isEqualTo(sent.size());
  }

  @Test
  void anEventThatDoesNotFit_isReported_notThrown() throws Exception {
    local.welcome(welcomeFor(EEMIL));
    heard.clear();

    boolean applied = local.apply(new Reply.Happened(6, new Event.ProgressReported("p-nobody", 0.5)));

    assertThat(applied).isFalse();
    assertThat(heard).singleElement().asString().startsWith("out of step: event 6 does not fit");
  }

  @Test
  void eventsBeforeTheWelcome_areIgnored() throws Exception {
    assertThat(local.ready()).isFalse();
    assertThat(local.apply(wire(sent.get(0)))).isFalse();
  }

  private Reply.Welcome welcomeFor(Actor.Pupil pupil) throws Exception {
    Reply.Welcome welcome = new Reply.Welcome("pupil", pupil.id(), "token-" + pupil.id(), sent.size(),
        SessionView.forPupil(server, pupil.id()));
    return (Reply.Welcome) WireCodec.decodeReply(WireCodec.encodeReply(welcome));
  }

  /** The event as a client receives it: encoded and decoded (resume tokens left out). */
  private static Reply.Happened wire(Reply.Happened event) throws Exception {
    return (Reply.Happened) WireCodec.decodeReply(WireCodec.encodeReply(event));
  }

  private void run(Actor actor, Command command) {
    now = now.plusSeconds(1);
    Decision decision = SessionCore.decide(server, actor, command, now);
    assertThat(decision.rejection()).as(command.toString()).isNull();
    for (Event event : decision.events()) {
      server = SessionCore.evolve(server, event);
      sent.add(new Reply.Happened(sent.size() + 1, event));
    }
  }

  private final class Recorder implements LocalSession.Changes {
    @Override
    public void objectChanged(String id, PlacedObject now) {
      heard.add("object " + id + (now == null ? " removed" : " " + now.kind() + " " + now.x() + "," + now.z()));
    }

    @Override
    public void guided(String poi) {
      heard.add("guided " + poi);
    }

    @Override
    public void paused(boolean paused) {
      heard.add("paused " + paused);
    }

    @Override
    public void rosterChanged() {
      heard.add("roster");
    }

    @Override
    public void noteSaved(SessionState.Note note) {
      heard.add("note " + note.noteId());
    }

    @Override
    public void ended() {
      heard.add("ended");
    }

    @Override
    public void outOfStep(String why) {
      heard.add("out of step: " + why);
    }
  }
}
