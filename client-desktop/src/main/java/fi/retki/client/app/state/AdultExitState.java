package fi.retki.client.app.state;

import com.jme3.app.Application;
import com.jme3.app.SimpleApplication;
import com.jme3.app.state.BaseAppState;
import com.jme3.material.Material;
import com.jme3.material.RenderState;
import com.jme3.math.ColorRGBA;
import com.jme3.renderer.queue.RenderQueue;
import com.jme3.scene.Geometry;
import com.jme3.scene.shape.Quad;
import com.simsilica.lemur.GuiGlobals;
import com.simsilica.lemur.input.FunctionId;
import com.simsilica.lemur.input.InputMapper;
import com.simsilica.lemur.input.InputState;
import com.simsilica.lemur.input.StateFunctionListener;
import fi.retki.client.app.ClientFunctions;
import fi.retki.client.app.motion.Hold;

/**
 * The adult's way out of a daycare screen: Ctrl+Alt+Q held for 2 s ends the app, while a white
 * line fills along the top. Attached for the whole daycare run (loading, the tour, a failed
 * start), so there is never a full screen nobody can leave.
 */
public final class AdultExitState extends BaseAppState implements StateFunctionListener {
  static final double HOLD_SECONDS = 2;

  private final Hold hold = new Hold(HOLD_SECONDS);
  private SimpleApplication app;
  private InputMapper inputs;
  private Geometry line;
  private boolean held;

  @Override
  protected void initialize(Application application) {
    app = (SimpleApplication) application;
    float width = app.getCamera().getWidth();
    line = new Geometry("adult-exit", new Quad(width, 8));
    Material material = new Material(app.getAssetManager(), "Common/MatDefs/Misc/Unshaded.j3md");
    material.setColor("Color", new ColorRGBA(1f, 1f, 1f, 0.8f));
    material.getAdditionalRenderState().setBlendMode(RenderState.BlendMode.Alpha);
    line.setMaterial(material);
    line.setQueueBucket(RenderQueue.Bucket.Gui);
    line.setLocalTranslation(0, app.getCamera().getHeight() - 8, 5);
    line.setLocalScale(0, 1, 1);
    inputs = GuiGlobals.getInstance().getInputMapper();
    inputs.activateGroup(ClientFunctions.G_DAYCARE);
    inputs.addStateListener(this, ClientFunctions.F_ADULT_EXIT);
  }

  @Override
  protected void onEnable() {
    app.getGuiNode().attachChild(line);
  }

  @Override
  protected void onDisable() {
    line.removeFromParent();
  }

  @Override
  public void valueChanged(FunctionId func, InputState value, double tpf) {
    held = value == InputState.Positive;
  }

  @Override
  public void update(float tpf) {
    if (hold.update(held, tpf)) {
      app.stop();
      return;
    }
    line.setLocalScale((float) hold.fraction(), 1, 1);
  }

  @Override
  protected void cleanup(Application application) {
    inputs.removeStateListener(this, ClientFunctions.F_ADULT_EXIT);
  }
}
