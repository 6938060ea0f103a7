package fi.retki.client.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.retki.client.live.LocalSession;
import fi.retki.client.live.RejectedException;
import fi.retki.scenes.Language;
import fi.retki.scenes.Scene;
import fi.retki.scenes.SceneReader;
import fi.retki.scenes.SceneReading;
import fi.retki.scenes.live.Command;
import fi.retki.scenes.live.Event;
import fi.retki.scenes.live.SessionState.PlacedObject;
import fi.retki.scenes.wire.Reply;
import fi.retki.scenes.wire.SessionView;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The school yard's palette and area (x -38..38, z -23..33): tree 4 x 4, bench 1.8 x 0.6. The
 * session is fed the events the server would send, so the editor sees its changes land.
 */
class PlanEditorTest {
  static final String ME = "p-aino";
  static final String OTHER = "p-eemil";

  LocalSession session;
  PlanEditor editor;
  int nextId;
  long seq;

  @BeforeEach
  void setUp() throws Exception {
    session = new LocalSession();
    session.welcome(new Reply.Welcome("pupil", ME, "token", 10, view(
        new PlacedObject("o-theirs", "bench", 1, 1, 0, OTHER))));
    seq = 10;
    editor = new PlanEditor(scene("school-yard"), session, () -> "o-" + (++nextId));
  }

  @Test
  void place_insideTheYard_givesACommandWithANewId() throws Exception {
    Command.PlaceObject place = editor.place("tree", 10, 5, 0);

    assertThat(place).isEqualTo(new Command.PlaceObject("o-1", "tree", 10, 5, 0));
    assertThat(editor.place("bench", 0, 0, 30).objectId()).isEqualTo("o-2");
  }

  @Test
  void place_unknownKind_isRefused() {
    assertThatThrownBy(() -> editor.place("volcano", 0, 0, 0)).isInstanceOf(RejectedException.class)
        .hasMessage("\"volcano\" is not in the palette")
        .satisfies(e -> assertThat(((RejectedException) e).code()).isEqualTo("unknown-kind"));
  }

  @Test
  void place_stickingOut_isRefused_turnedItFits() throws Exception {
    assertThatThrownBy(() -> editor.place("tree", 37, 0, 0)).isInstanceOf(RejectedException.class)
        .satisfies(e -> assertThat(((RejectedException) e).code()).isEqualTo("outside-area"));
    // A bench 1.8 long, 0.6 deep, its centre 0.5 from the side: only turned along the side.
    assertThatThrownBy(() -> editor.place("bench", 0, 32.5, 90)).isInstanceOf(RejectedException.class);
    assertThat(editor.place("bench", 0, 32.5, 0)).isNotNull();
  }

  @Test
  void place_inAFieldTrip_isRefused() throws Exception {
    PlanEditor forest = new PlanEditor(scene("rainforest"), session);

    assertThatThrownBy(() -> forest.place("tree", 0, 0, 0)).isInstanceOf(RejectedException.class)
        .satisfies(e -> assertThat(((RejectedException) e).code()).isEqualTo("not-planning"));
    assertThatThrownBy(() -> forest.snap(0, 0)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void objectAt_findsTheObjectWhoseFootprintIsThere_turnedAsItStands() throws Exception {
    // The classmate's bench at (1, 1): 1.8 along x, 0.6 along z.
    assertThat(editor.objectAt(1.8, 1.2)).contains("o-theirs");
    assertThat(editor.objectAt(1, 1.5)).as("0.5 in front of a bench 0.6 deep").isEmpty();
    placed(editor.place("bench", 10, 10, 90));
    // Turned a quarter, the bench is 1.8 along z and 0.6 along x.
    assertThat(editor.objectAt(10, 10.8)).contains("o-1");
    assertThat(editor.objectAt(10.8, 10)).isEmpty();
  }

  @Test
  void objectAt_overlapping_theNearestCentreWins_andAnUnsettledMoveCounts() throws Exception {
    placed(editor.place("tree", 2, 1, 0));
    assertThat(editor.objectAt(1.2, 1)).as("on the bench and the tree, nearer the bench's centre").contains("o-theirs");
    assertThat(editor.objectAt(1.8, 1)).as("on both, nearer the tree's centre").contains("o-1");
    editor.move("o-1", 20, 20);
    assertThat(editor.objectAt(1.8, 1)).as("where the tree was, before the move has come back").contains("o-theirs");
    assertThat(editor.objectAt(20, 21)).contains("o-1");
  }

  @Test
  void move_rotate_remove_onlyTheirOwn() throws Exception {
    placed(editor.place("bench", 0, 0, 0));

    assertThat(editor.move("o-1", 2, 3)).isEqualTo(new Command.MoveObject("o-1", 2, 3));
    assertThat(editor.rotate("o-1", 90)).isEqualTo(new Command.RotateObject("o-1", 90));
    assertThat(editor.remove("o-1")).isEqualTo(new Command.RemoveObject("o-1"));
    assertThatThrownBy(() -> editor.move("o-theirs", 2, 3)).isInstanceOf(RejectedException.class)
        .satisfies(e -> assertThat(((RejectedException) e).code()).isEqualTo("not-owner"));
    assertThatThrownBy(() -> editor.remove("o-nothing")).isInstanceOf(RejectedException.class)
        .satisfies(e -> assertThat(((RejectedException) e).code()).isEqualTo("unknown-object"));
  }

  @Test
  void move_outOfTheYard_isRefused() throws Exception {
    placed(editor.place("tree", 0, 0, 0));

    assertThatThrownBy(() -> editor.move("o-1", -37, 0)).isInstanceOf(RejectedException.class)
        .satisfies(e -> assertThat(((RejectedException) e).code()).isEqualTo("outside-area"));
  }

  @Test
  void undo_walksBackThroughOwnChanges() throws Exception {
    placed(editor.place("bench", 0, 0, 0));
    applied(editor.move("o-1", 4, 4));
    applied(editor.rotate("o-1", 90));
    applied(editor.remove("o-1"));

    Command undoRemove = editor.undo().orElseThrow();
    assertThat(undoRemove).isEqualTo(new Command.PlaceObject("o-2", "bench", 4, 4, 90));
    applied(undoRemove);
    Command undoRotate = editor.undo().orElseThrow();
    assertThat(undoRotate).isEqualTo(new Command.RotateObject("o-2", 0));
    applied(undoRotate);
    Command undoMove = editor.undo().orElseThrow();
    assertThat(undoMove).isEqualTo(new Command.MoveObject("o-2", 0, 0));
    applied(undoMove);
    assertThat(editor.undo()).contains(new Command.RemoveObject("o-2"));
    assertThat(editor.undo()).isEmpty();
    assertThat(editor.canUndo()).isFalse();
  }

  @Test
  void undo_beforeTheEventsComeBack_usesWhatThePupilDid() throws Exception {
    placed(editor.place("bench", 0, 0, 0));
    editor.move("o-1", 1, 1);
    editor.move("o-1", 2, 2); // no event yet for either

    assertThat(editor.undo()).contains(new Command.MoveObject("o-1", 1, 1));
    assertThat(editor.undo()).contains(new Command.MoveObject("o-1", 0, 0));
  }

  @Test
  void turn_twiceBeforeTheEventsComeBack_buildsOnTheFirstTurn() throws Exception {
    placed(editor.place("bench", 0, 0, 0));

    assertThat(editor.turn("o-1", 15)).isEqualTo(new Command.RotateObject("o-1", 15));
    assertThat(editor.turn("o-1", 15)).isEqualTo(new Command.RotateObject("o-1", 30));
    assertThat(editor.undo()).contains(new Command.RotateObject("o-1", 15));
  }

  @Test
  void undo_skipsObjectsSomeoneElseRemoved() throws Exception {
    placed(editor.place("bench", 0, 0, 0));
    placed(editor.place("tree", 10, 10, 0));
    applied(editor.move("o-1", 3, 3));
    event(new Event.ObjectRemoved("o-1")); // the teacher took it away

    assertThat(editor.undo()).contains(new Command.RemoveObject("o-2"));
    assertThat(editor.undo()).isEmpty();
  }

  @Test
  void refusedChange_isForgotten() throws Exception {
    placed(editor.place("bench", 0, 0, 0));
    Command move = editor.move("o-1", 5, 5);

    editor.settled(move, false);

    assertThat(editor.undo()).contains(new Command.RemoveObject("o-1"));
    assertThat(editor.undo()).isEmpty();
  }

  @Test
  void snap_toTheQuarterMetreGrid_andIntoTheYard() {
    assertThat(editor.snap(1.13, 2.38)).isEqualTo(new PlanEditor.Spot(1.25, 2.5));
    assertThat(editor.snap(-0.12, 0.126)).isEqualTo(new PlanEditor.Spot(0, 0.25));
    assertThat(editor.snap(-100, 100)).isEqualTo(new PlanEditor.Spot(-38, 33));
  }

  // ---- the server's side, as events

  /** The placement was carried out: its event arrives, then its ack. */
  private void placed(Command.PlaceObject place) {
    event(new Event.ObjectPlaced(place.objectId(), place.kind(), place.x(), place.z(), place.yaw(), ME));
    editor.settled(place, true);
  }

  private void applied(Command command) {
    if (command instanceof Command.PlaceObject place) {
      placed(place);
      return;
    }
    if (command instanceof Command.MoveObject move) {
      event(new Event.ObjectMoved(move.objectId(), move.x(), move.z()));
    } else if (command instanceof Command.RotateObject rotate) {
      event(new Event.ObjectRotated(rotate.objectId(), rotate.yaw()));
    } else {
      event(new Event.ObjectRemoved(((Command.RemoveObject) command).objectId()));
    }
    editor.settled(command, true);
  }

  private void event(Event event) {
    assertThat(session.apply(new Reply.Happened(++seq, event))).isTrue();
  }

  private static SessionView view(PlacedObject... objects) {
    List<SessionView.PupilView> pupils = new ArrayList<>();
    pupils.add(new SessionView.PupilView(ME, "Aino", true, 1));
    pupils.add(new SessionView.PupilView(OTHER, "Eemil", true, 1));
    return new SessionView("s-1", "ABC234", "school-yard", "standard", Language.FI, "open", false, false, null,
        pupils, List.of(objects), List.of(), List.of());
  }

  /** A built-in scene, as shipped inside the server. */
  static Scene scene(String id) throws Exception {
    try (InputStream in = PlanEditorTest.class.getResourceAsStream("/fi/retki/server/packs/" + id + "/scene.json")) {
      assertThat(in).as(id).isNotNull();
      SceneReading reading = SceneReader.read("scene.json", in.readAllBytes(), null, id);
      assertThat(reading.problems()).isEmpty();
      return reading.scene();
    }
  }
}
