package fi.retki.client.app;

import com.jme3.input.KeyInput;
import com.simsilica.lemur.GuiGlobals;
import com.simsilica.lemur.TextField;
import com.simsilica.lemur.input.Axis;
import com.simsilica.lemur.input.Button;
import com.simsilica.lemur.input.FunctionId;
import com.simsilica.lemur.input.InputMapper;
import com.simsilica.lemur.input.InputState;
import fi.retki.client.app.state.KeyTapState;

/**
 * Every input id of the client and its default keys, in one place. Holds (walk, look, the daycare
 * exit) are Lemur InputMapper mappings, and a state activates their group while it runs
 * ({@code inputMapper.activateGroup}); keys that act once per press go through {@link KeyTapState},
 * which sees every press, even one released within the same frame, and a state listens to them
 * while it is enabled.
 */
public final class ClientFunctions {
  public static final String G_EXPLORE = "explore";
  public static final String G_PLAN = "plan";
  public static final String G_DAYCARE = "daycare";

  /** Forward (+) and back (-): W/S, Up/Down. */
  public static final FunctionId F_MOVE = new FunctionId(G_EXPLORE, "move");
  /** Right (+) and left (-): D/A, Right/Left. */
  public static final FunctionId F_STRAFE = new FunctionId(G_EXPLORE, "strafe");
  /** Mouse look, while the right mouse button is held. */
  public static final FunctionId F_LOOK_X = new FunctionId(G_EXPLORE, "look-x");
  public static final FunctionId F_LOOK_Y = new FunctionId(G_EXPLORE, "look-y");
  public static final FunctionId F_SNAPSHOT = new FunctionId(G_EXPLORE, "snapshot");
  public static final FunctionId F_NOTE = new FunctionId(G_EXPLORE, "note");
  public static final FunctionId F_CLOSE = new FunctionId(G_EXPLORE, "close");

  public static final FunctionId F_TURN = new FunctionId(G_PLAN, "turn");
  public static final FunctionId F_REMOVE = new FunctionId(G_PLAN, "remove");
  public static final FunctionId F_UNDO = new FunctionId(G_PLAN, "undo");
  public static final FunctionId F_TOP_VIEW = new FunctionId(G_PLAN, "top-view");

  /** The adult's way out of daycare mode: Ctrl+Alt+Q, held for 2 s. */
  public static final FunctionId F_ADULT_EXIT = new FunctionId(G_DAYCARE, "adult-exit");

  private ClientFunctions() {}

  /**
   * True while a text field has the keyboard: keys are words then, not moves or commands. (A field
   * takes only the characters; the key codes of letters still reach the mappings.)
   */
  public static boolean typing() {
    return GuiGlobals.getInstance().getFocusManagerState().getFocus() instanceof TextField;
  }

  public static void initialize(InputMapper inputs, KeyTapState taps) {
    inputs.map(F_MOVE, KeyInput.KEY_W);
    inputs.map(F_MOVE, KeyInput.KEY_UP);
    inputs.map(F_MOVE, InputState.Negative, KeyInput.KEY_S);
    inputs.map(F_MOVE, InputState.Negative, KeyInput.KEY_DOWN);
    inputs.map(F_STRAFE, KeyInput.KEY_D);
    inputs.map(F_STRAFE, KeyInput.KEY_RIGHT);
    inputs.map(F_STRAFE, InputState.Negative, KeyInput.KEY_A);
    inputs.map(F_STRAFE, InputState.Negative, KeyInput.KEY_LEFT);
    inputs.map(F_LOOK_X, Axis.MOUSE_X, Button.MOUSE_BUTTON2);
    inputs.map(F_LOOK_Y, Axis.MOUSE_Y, Button.MOUSE_BUTTON2);
    taps.map(F_SNAPSHOT, InputState.Positive, KeyInput.KEY_F2, false);
    taps.map(F_NOTE, InputState.Positive, KeyInput.KEY_F3, false);
    taps.map(F_CLOSE, InputState.Positive, KeyInput.KEY_ESCAPE, false);

    taps.map(F_TURN, InputState.Positive, KeyInput.KEY_E, false);
    taps.map(F_TURN, InputState.Negative, KeyInput.KEY_Q, false);
    taps.map(F_REMOVE, InputState.Positive, KeyInput.KEY_DELETE, false);
    taps.map(F_UNDO, InputState.Positive, KeyInput.KEY_Z, true);
    taps.map(F_TOP_VIEW, InputState.Positive, KeyInput.KEY_T, false);

    inputs.map(F_ADULT_EXIT, KeyInput.KEY_Q, KeyInput.KEY_LCONTROL, KeyInput.KEY_LMENU);
    inputs.map(F_ADULT_EXIT, KeyInput.KEY_Q, KeyInput.KEY_RCONTROL, KeyInput.KEY_LMENU);

    inputs.deactivateGroup(G_EXPLORE);
    inputs.deactivateGroup(G_DAYCARE);
  }
}
