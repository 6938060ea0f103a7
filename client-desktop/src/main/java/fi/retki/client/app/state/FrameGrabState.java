package fi.retki.client.app.state;

import com.jme3.app.Application;
import com.jme3.app.state.BaseAppState;
import com.jme3.post.SceneProcessor;
import com.jme3.profile.AppProfiler;
import com.jme3.renderer.RenderManager;
import com.jme3.renderer.ViewPort;
import com.jme3.renderer.queue.RenderQueue;
import com.jme3.texture.FrameBuffer;
import com.jme3.texture.Image;
import com.jme3.util.BufferUtils;
import com.jme3.util.Screenshots;
import java.awt.image.BufferedImage;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Reads back whole frames, GUI included: for snapshots a pupil saves and for the rendering tests.
 * Hooks the GUI view port (the last one drawn) as a scene processor; a request made on any thread
 * is served after the next complete frame.
 */
public final class FrameGrabState extends BaseAppState {
  private final List<CompletableFuture<BufferedImage>> pending = new ArrayList<>();
  private final Grabber grabber = new Grabber();
  private ViewPort viewPort;

  /** The next full frame; completes on the render thread. */
  public CompletableFuture<BufferedImage> grab() {
    CompletableFuture<BufferedImage> frame = new CompletableFuture<>();
    synchronized (pending) {
      pending.add(frame);
    }
    return frame;
  }

  @Override
  protected void initialize(Application app) {
    viewPort = app.getGuiViewPort();
  }

  @Override
  protected void onEnable() {
    viewPort.addProcessor(grabber);
  }

  @Override
  protected void onDisable() {
    viewPort.removeProcessor(grabber);
  }

  @Override
  protected void cleanup(Application app) {}

  /** The scene processor that reads the frame buffer after the GUI is drawn. */
  private final class Grabber implements SceneProcessor {
    private RenderManager renderManager;
    private boolean ready;

    @Override
    public void initialize(RenderManager rm, ViewPort vp) {
      renderManager = rm;
      ready = true;
    }

    @Override
    public void reshape(ViewPort vp, int w, int h) {}

    @Override
    public boolean isInitialized() {
      return ready;
    }

    @Override
    public void preFrame(float tpf) {}

    @Override
    public void postQueue(RenderQueue rq) {}

    @Override
    public void postFrame(FrameBuffer out) {
      List<CompletableFuture<BufferedImage>> due;
      synchronized (pending) {
        if (pending.isEmpty()) {
          return;
        }
        due = new ArrayList<>(pending);
        pending.clear();
      }
      int width = viewPort.getCamera().getWidth();
      int height = viewPort.getCamera().getHeight();
      ByteBuffer pixels = BufferUtils.createByteBuffer(width * height * 4);
      renderManager.getRenderer().readFrameBufferWithFormat(out, pixels, Image.Format.BGRA8);
      BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_4BYTE_ABGR);
      Screenshots.convertScreenShot(pixels, image);
      for (CompletableFuture<BufferedImage> frame : due) {
        frame.complete(image);
      }
    }

    @Override
    public void cleanup() {
      ready = false;
    }

    @Override
    public void setProfiler(AppProfiler profiler) {}
  }
}
