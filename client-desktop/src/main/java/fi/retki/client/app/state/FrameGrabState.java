package fi.retki.client.app.state;

import com.jme3.app.Application;
import com.jme3.app.state.BaseAppState;
import fi.retki.client.app.look.AfterFrame;
import com.jme3.renderer.ViewPort;
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
 * Reads back frames: whole frames, GUI included, for the rendering tests; and the scene alone,
 * without the buttons and panels, for the snapshots a pupil saves. Hooks the GUI view port (the
 * last one drawn) and the main view port (drawn just before it) as scene processors; a request
 * made on any thread is served after the next frame, read back right after its view port.
 */
public final class FrameGrabState extends BaseAppState {
  private final Grabber frames = new Grabber();
  private final Grabber scenes = new Grabber();

  /** The next full frame, GUI included; completes on the render thread. */
  public CompletableFuture<BufferedImage> grab() {
    return frames.request();
  }

  /** The next frame's scene without the GUI drawn over it; completes on the render thread. */
  public CompletableFuture<BufferedImage> grabScene() {
    return scenes.request();
  }

  @Override
  protected void initialize(Application app) {
    frames.viewPort = app.getGuiViewPort();
    scenes.viewPort = app.getViewPort();
  }

  @Override
  protected void onEnable() {
    frames.viewPort.addProcessor(frames);
    scenes.viewPort.addProcessor(scenes);
  }

  @Override
  protected void onDisable() {
    frames.viewPort.removeProcessor(frames);
    scenes.viewPort.removeProcessor(scenes);
  }

  @Override
  protected void cleanup(Application app) {}

  /** The scene processor that reads the frame buffer once its view port is drawn. */
  private static final class Grabber extends AfterFrame {
    private final List<CompletableFuture<BufferedImage>> pending = new ArrayList<>();
    private ViewPort viewPort;

    CompletableFuture<BufferedImage> request() {
      CompletableFuture<BufferedImage> frame = new CompletableFuture<>();
      synchronized (pending) {
        pending.add(frame);
      }
      return frame;
    }

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
      renderManager().getRenderer().readFrameBufferWithFormat(out, pixels, Image.Format.BGRA8);
      BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_4BYTE_ABGR);
      Screenshots.convertScreenShot(pixels, image);
      for (CompletableFuture<BufferedImage> frame : due) {
        frame.complete(image);
      }
    }

  }
}
