package fi.retki.client.app;

import com.jme3.app.SimpleApplication;
import com.jme3.app.state.AppState;
import com.jme3.system.AppSettings;
import com.jme3.system.lwjgl.LwjglWindow;
import com.simsilica.lemur.GuiGlobals;
import com.simsilica.lemur.style.BaseStyles;
import fi.retki.client.app.state.FrameGrabState;
import fi.retki.client.app.state.KeyTapState;
import fi.retki.client.app.state.WorldState;
import fi.retki.client.app.ui.UiFont;
import java.util.logging.Logger;
import org.lwjgl.glfw.GLFW;

/**
 * The jME application: sets up Lemur (glass style) and the input mappings, then leaves all work to
 * its app states. No fly camera, no statistics overlay: pupils see only Retki's own UI.
 */
public final class RetkiApp extends SimpleApplication {
  private static final Logger LOG = Logger.getLogger(RetkiApp.class.getName());

  private Runnable onStart = () -> {};
  /** Frames drawn so far (read on the render thread; for the FPS figure). */
  public long frames;
  ClientFlow flow;
  private UiFont font;
  Services services;

  public RetkiApp(AppState... states) {
    super(states);
    // Another window taking the keyboard (a teacher's browser, a system notice) must not stop a
    // lesson or a daycare tour: keep updating and drawing without focus.
    setPauseOnLostFocus(false);
    getStateManager().attach(new KeyTapState());
    getStateManager().attach(new FrameGrabState());
    getStateManager().attach(new WorldState());
  }

  /**
   * Starts without an audio renderer when OpenAL has no device, instead of dying in jME's audio
   * start (see {@link SoundDevice}). Runs on the render thread, in the window just made, right
   * before jME starts its audio.
   */
  @Override
  public void initialize() {
    // jME reads the context's settings (initDisplay takes them over), not the ones it was given.
    AppSettings window = getContext().getSettings();
    if (window.getAudioRenderer() != null && !SoundDevice.available()) {
      window.setAudioRenderer(null);
      LOG.info("No sound device found: Retki runs without sound (narration and background sounds stay silent).");
    }
    super.initialize();
  }

  /** True if this computer plays sound (false without a sound device). Render thread. */
  public boolean hasSound() {
    return getAudioRenderer() != null;
  }

  @Override
  public void simpleInitApp() {
    GuiGlobals.initialize(this);
    BaseStyles.loadGlassStyle();
    GuiGlobals.getInstance().getStyles().setDefaultStyle(BaseStyles.GLASS);
    font = UiFont.load(assetManager);
    font.useInLemur(BaseStyles.GLASS);
    guiFont = font.font();
    ClientFunctions.initialize(GuiGlobals.getInstance().getInputMapper(), getStateManager().getState(KeyTapState.class));
    // Escape closes panels; it must not end a lesson (or a daycare tour) by accident.
    if (inputManager.hasMapping(INPUT_MAPPING_EXIT)) {
      inputManager.deleteMapping(INPUT_MAPPING_EXIT);
    }
    keepWindowWithoutFocus();
    // glTF's PBR materials light in one pass per batch of lights; jME's batch is one light, so a
    // scene with a sun and two fill lights was shaded three times over, the costliest part of a
    // frame on a software renderer. Six fit every scene in one pass (a sun and four fill lights
    // on the low tier, SceneLights).
    renderManager.setSinglePassLightBatchSize(6);
    onStart.run();
  }

  /**
   * GLFW iconifies a full-screen window when it loses focus (its AUTO_ICONIFY hint, on by default,
   * and jME sets no other): on a daycare's big screen any notice popping up would hide the tour.
   * The window stays where it is instead.
   */
  private void keepWindowWithoutFocus() {
    if (context instanceof LwjglWindow window && window.getWindowHandle() != 0) {
      GLFW.glfwSetWindowAttrib(window.getWindowHandle(), GLFW.GLFW_AUTO_ICONIFY, GLFW.GLFW_FALSE);
    }
  }

  /** True if the window stays (is not iconified) when it loses focus, full screen or not. */
  public boolean keepsWindowWithoutFocus() {
    return context instanceof LwjglWindow window
        && GLFW.glfwGetWindowAttrib(window.getWindowHandle(), GLFW.GLFW_AUTO_ICONIFY) == GLFW.GLFW_FALSE;
  }

  /** True while the window has the keyboard. */
  public boolean focused() {
    return context instanceof LwjglWindow window
        && GLFW.glfwGetWindowAttrib(window.getWindowHandle(), GLFW.GLFW_FOCUSED) == GLFW.GLFW_TRUE;
  }

  /** True while the window is iconified (minimised). */
  public boolean iconified() {
    return context instanceof LwjglWindow window
        && GLFW.glfwGetWindowAttrib(window.getWindowHandle(), GLFW.GLFW_ICONIFIED) == GLFW.GLFW_TRUE;
  }

  @Override
  public void simpleUpdate(float tpf) {
    frames++;
  }

  /** The typeface every text is drawn in (set up on the render thread, before any state starts). */
  public UiFont font() {
    return font;
  }

  /** The flow of states, when built by {@link RetkiClient#app}. */
  public ClientFlow flow() {
    return flow;
  }

  public Services services() {
    return services;
  }

  @Override
  public void destroy() {
    super.destroy();
    if (flow != null && flow.connection() != null) {
      flow.connection().close();
    }
    if (services != null) {
      services.close();
    }
  }

  /** What to do once the window and Lemur are up (on the render thread). */
  public void onStart(Runnable onStart) {
    this.onStart = onStart;
  }
}
