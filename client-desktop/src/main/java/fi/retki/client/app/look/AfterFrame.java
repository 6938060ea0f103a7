package fi.retki.client.app.look;

import com.jme3.post.SceneProcessor;
import com.jme3.profile.AppProfiler;
import com.jme3.renderer.RenderManager;
import com.jme3.renderer.ViewPort;
import com.jme3.renderer.queue.RenderQueue;
import com.jme3.texture.FrameBuffer;

/**
 * A scene processor that only acts once a view port's frame is drawn ({@link #postFrame}): reading
 * its pixels, or pointing it back at its own output. The rest of {@link SceneProcessor} does nothing.
 */
public abstract class AfterFrame implements SceneProcessor {
  private RenderManager renderManager;

  /** The render manager, once the processor is attached to a view port. */
  protected final RenderManager renderManager() {
    return renderManager;
  }

  @Override
  public void initialize(RenderManager rm, ViewPort vp) {
    renderManager = rm;
  }

  @Override
  public boolean isInitialized() {
    return renderManager != null;
  }

  @Override
  public void reshape(ViewPort vp, int w, int h) {}

  @Override
  public void preFrame(float tpf) {}

  @Override
  public void postQueue(RenderQueue rq) {}

  @Override
  public abstract void postFrame(FrameBuffer out);

  @Override
  public void cleanup() {
    renderManager = null;
  }

  @Override
  public void setProfiler(AppProfiler profiler) {}
}
