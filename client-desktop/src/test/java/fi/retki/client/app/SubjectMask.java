package fi.retki.client.app;

import com.jme3.app.SimpleApplication;
import com.jme3.material.Material;
import com.jme3.material.RenderState;
import com.jme3.math.ColorRGBA;
import com.jme3.renderer.ViewPort;
import com.jme3.renderer.queue.RenderQueue;
import com.jme3.scene.Geometry;
import com.jme3.scene.Spatial;
import com.jme3.texture.FrameBuffer;
import com.jme3.texture.Image;
import com.jme3.util.BufferUtils;
import fi.retki.client.app.look.AfterFrame;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Flat-colour masks of the scene the client shows, drawn from the client's own camera into an
 * offscreen view of the same size: which pixels are not sky, and which show a subject (alone, or
 * with the rest of the scene drawn in black in front of it). Render thread only; the masks arrive
 * as futures completed on the render thread after the next frame.
 */
final class SubjectMask {
  /* The masks bypass the main view's post-processing (fog, tone mapping, shadows), whose colours
     would blur a key colour: they are drawn in a view of their own, with unshaded materials of pure
     colours (0 and 1 survive any gamma). Materials and cull hints are swapped on the real
     geometries for one frame and put back by restore(); the main view draws the swapped scene for
     that frame too, which nobody looks at. Geometries in the transparent and translucent buckets
     (water, glass, haze) hide nothing in the subject mask; the client's markers are left out (the
     client hides the open point's marker). */

  private static final ColorRGBA KEY = ColorRGBA.Red;

  private final SimpleApplication app;
  private final ViewPort view;
  private final FrameBuffer buffer;
  private final Reader reader;
  private final int width;
  private final int height;
  private final Map<Geometry, Material> materials = new IdentityHashMap<>();
  private final Map<Spatial, Spatial.CullHint> hints = new IdentityHashMap<>();
  private final Map<ColorRGBA, Map<RenderState.FaceCullMode, Material>> flat = new IdentityHashMap<>();

  private SubjectMask(SimpleApplication app) {
    this.app = app;
    width = app.getCamera().getWidth();
    height = app.getCamera().getHeight();
    buffer = new FrameBuffer(width, height, 1);
    buffer.setDepthTarget(FrameBuffer.FrameBufferTarget.newTarget(Image.Format.Depth));
    buffer.addColorTarget(FrameBuffer.FrameBufferTarget.newTarget(Image.Format.RGBA8));
    view = app.getRenderManager().createPreView("subject-mask", app.getCamera());
    view.setClearFlags(true, true, true);
    view.setBackgroundColor(ColorRGBA.Black);
    view.setOutputFrameBuffer(buffer);
    view.attachScene(app.getRootNode());
    reader = new Reader();
    view.addProcessor(reader);
    view.setEnabled(false);
  }

  /** A mask view for this app's camera. Render thread. */
  static SubjectMask attach(SimpleApplication app) {
    return new SubjectMask(app);
  }

  /** Which pixels (row by row from the top) show anything but the sky. Render thread. */
  CompletableFuture<boolean[]> notSky() {
    for (Geometry geometry : geometries()) {
      if (isSky(geometry)) {
        hide(geometry);
      } else {
        paint(geometry, ColorRGBA.White);
      }
    }
    return draw();
  }

  /**
   * Which pixels show the subject: with {@code alone}, as if nothing else were there; otherwise
   * where the rest of the scene does not hide it. Render thread.
   */
  CompletableFuture<boolean[]> subject(Spatial subject, Spatial markers, boolean alone) {
    List<Geometry> own = new ArrayList<>();
    subject.depthFirstTraversal(s -> {
      if (s instanceof Geometry) {
        own.add((Geometry) s);
      }
    });
    for (Geometry geometry : geometries()) {
      if (own.contains(geometry)) {
        paint(geometry, KEY);
      } else if (alone || isSky(geometry) || isMarker(geometry, markers) || !isOpaque(geometry)) {
        hide(geometry);
      } else {
        paint(geometry, ColorRGBA.Black);
      }
    }
    return draw();
  }

  /** Puts every material and cull hint back and stops drawing masks. Render thread. */
  void restore() {
    materials.forEach(Geometry::setMaterial);
    hints.forEach(Spatial::setCullHint);
    materials.clear();
    hints.clear();
    view.setEnabled(false);
  }

  /** Removes the mask view for good. Render thread. */
  void detach() {
    restore();
    app.getRenderManager().removePreView(view);
  }

  private CompletableFuture<boolean[]> draw() {
    view.setEnabled(true);
    return reader.next();
  }

  private List<Geometry> geometries() {
    List<Geometry> all = new ArrayList<>();
    app.getRootNode().depthFirstTraversal(s -> {
      if (s instanceof Geometry) {
        all.add((Geometry) s);
      }
    });
    return all;
  }

  private static boolean isSky(Geometry geometry) {
    return geometry.getQueueBucket() == RenderQueue.Bucket.Sky;
  }

  private static boolean isOpaque(Geometry geometry) {
    RenderQueue.Bucket bucket = geometry.getQueueBucket();
    return bucket != RenderQueue.Bucket.Transparent && bucket != RenderQueue.Bucket.Translucent;
  }

  private static boolean isMarker(Spatial spatial, Spatial markers) {
    for (Spatial s = spatial; s != null; s = s.getParent()) {
      if (s == markers) {
        return true;
      }
    }
    return false;
  }

  private void hide(Geometry geometry) {
    hints.putIfAbsent(geometry, geometry.getCullHint());
    geometry.setCullHint(Spatial.CullHint.Always);
  }

  private void paint(Geometry geometry, ColorRGBA colour) {
    Material original = materials.computeIfAbsent(geometry, Geometry::getMaterial);
    hints.putIfAbsent(geometry, geometry.getCullHint());
    geometry.setCullHint(Spatial.CullHint.Inherit);
    RenderState.FaceCullMode cull = original.getAdditionalRenderState().getFaceCullMode();
    geometry.setMaterial(flat.computeIfAbsent(colour, c -> new EnumMap<>(RenderState.FaceCullMode.class))
        .computeIfAbsent(cull, mode -> {
          Material material = new Material(app.getAssetManager(), "Common/MatDefs/Misc/Unshaded.j3md");
          material.setColor("Color", colour);
          material.getAdditionalRenderState().setFaceCullMode(mode);
          return material;
        }));
  }

  /** Reads the mask view's pixels back once it has been drawn. */
  private final class Reader extends AfterFrame {
    private final ByteBuffer pixels = BufferUtils.createByteBuffer(width * height * 4);
    private final List<CompletableFuture<boolean[]>> pending = new ArrayList<>();

    CompletableFuture<boolean[]> next() {
      CompletableFuture<boolean[]> mask = new CompletableFuture<>();
      pending.add(mask);
      return mask;
    }

    @Override
    public void postFrame(FrameBuffer out) {
      if (pending.isEmpty()) {
        return;
      }
      pixels.clear();
      renderManager().getRenderer().readFrameBuffer(buffer, pixels);
      boolean[] lit = new boolean[width * height];
      for (int y = 0; y < height; y++) {
        for (int x = 0; x < width; x++) {
          int at = ((height - 1 - y) * width + x) * 4;
          // pure colours only: any channel above half counts (red for the subject, white for "not sky")
          lit[y * width + x] = (pixels.get(at) & 0xff) > 127;
        }
      }
      List<CompletableFuture<boolean[]>> done = new ArrayList<>(pending);
      pending.clear();
      done.forEach(f -> f.complete(lit));
    }

  }
}
