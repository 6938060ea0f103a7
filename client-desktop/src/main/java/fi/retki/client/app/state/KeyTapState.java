package fi.retki.client.app.state;

import com.jme3.app.Application;
import com.jme3.app.state.BaseAppState;
import com.jme3.input.KeyInput;
import com.jme3.input.event.KeyInputEvent;
import com.simsilica.lemur.event.DefaultRawInputListener;
import com.simsilica.lemur.input.FunctionId;
import com.simsilica.lemur.input.InputState;
import com.simsilica.lemur.input.StateFunctionListener;
import fi.retki.client.app.ClientFunctions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The keys that act once per press: snapshot, note, close, turn, remove, undo, top view. Listeners
 * hear {@link InputState#Positive} (or {@code Negative}) on the press, nothing on the release.
 */
public final class KeyTapState extends BaseAppState {
  /*
   * Lemur's InputMapper tells a function's listeners about a change once a frame, from the keys
   * held at that moment: a key pressed and released between two frames never reaches them. That
   * is a quick tap at the twenty-odd frames a second of a school machine without a GPU, or any tap
   * while a frame stalls on a newly arrived model. This state reads jME's raw key events instead,
   * every one in order. Its listener is registered when the state is initialized, after Lemur's
   * (GuiGlobals, in RetkiApp.simpleInitApp): the keys a focused text field takes are consumed
   * before they get here, and ClientFunctions.typing() holds back the rest (a letter's key code
   * comes apart from its character). Holds (walking, looking, the daycare exit) stay with the
   * InputMapper. Render thread only.
   */
  private record Binding(FunctionId function, InputState value, boolean control) {}

  private final Map<Integer, List<Binding>> bindings = new HashMap<>();
  private final Map<FunctionId, List<StateFunctionListener>> listeners = new HashMap<>();
  private final Set<Integer> controlsHeld = new HashSet<>();
  private final Keys keys = new Keys();

  /** Binds a key (with Control held, or not) to a function; {@code value} is what listeners hear. */
  public void map(FunctionId function, InputState value, int keyCode, boolean control) {
    bindings.computeIfAbsent(keyCode, k -> new ArrayList<>()).add(new Binding(function, value, control));
  }

  public void addListener(StateFunctionListener listener, FunctionId... functions) {
    for (FunctionId function : functions) {
      listeners.computeIfAbsent(function, f -> new ArrayList<>()).add(listener);
    }
  }

  public void removeListener(StateFunctionListener listener, FunctionId... functions) {
    for (FunctionId function : functions) {
      List<StateFunctionListener> list = listeners.get(function);
      if (list != null) {
        list.remove(listener);
      }
    }
  }

  private void key(KeyInputEvent event) {
    int code = event.getKeyCode();
    if (code == KeyInput.KEY_LCONTROL || code == KeyInput.KEY_RCONTROL) {
      if (event.isPressed()) {
        controlsHeld.add(code);
      } else {
        controlsHeld.remove(code);
      }
      return;
    }
    if (!event.isPressed() || event.isRepeating() || ClientFunctions.typing()) {
      return;
    }
    boolean control = !controlsHeld.isEmpty();
    for (Binding binding : bindings.getOrDefault(code, List.of())) {
      if (binding.control() == control) {
        for (StateFunctionListener listener : List.copyOf(listeners.getOrDefault(binding.function(), List.of()))) {
          listener.valueChanged(binding.function(), binding.value(), getApplication().getTimer().getTimePerFrame());
        }
      }
    }
  }

  private final class Keys extends DefaultRawInputListener {
    @Override
    public void onKeyEvent(KeyInputEvent event) {
      key(event);
    }
  }

  @Override
  protected void initialize(Application app) {
    app.getInputManager().addRawInputListener(keys);
  }

  @Override
  protected void cleanup(Application app) {
    app.getInputManager().removeRawInputListener(keys);
  }

  @Override
  protected void onEnable() {}

  @Override
  protected void onDisable() {}
}
