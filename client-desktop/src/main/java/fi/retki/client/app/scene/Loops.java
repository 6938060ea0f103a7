package fi.retki.client.app.scene;

import com.jme3.anim.AnimComposer;
import com.jme3.renderer.RenderManager;
import com.jme3.renderer.ViewPort;
import com.jme3.scene.Spatial;
import com.jme3.scene.control.AbstractControl;
import java.util.Collection;
import java.util.Comparator;

/**
 * Plays a loaded model's glTF animation for ever. The content generator writes one clip per model,
 * {@value #CLIP}, whose motions all close their loop; other models' first clip (by name) plays
 * instead. Each placed object starts at its own point of the loop, chosen by its id, so that a bed
 * of kelp does not sway in step and two fish do not swim as one. Render thread only.
 *
 * <p>jME 3.9's {@code AnimComposer.setCurrentAction(name, layer, true)} loops, but its layer sets
 * the time back to 0 when a frame passes the clip's end, dropping the overshoot: the first frame
 * after a slow load (a second or more) puts every object at 0, and each later wrap drifts by up to
 * a frame. So the composer's own clock is stopped and a {@link Loop} control sets the time itself,
 * wrapped exactly ({@code AnimComposer.setTime} takes it modulo the clip's length).
 */
public final class Loops {
  /** The clip the content generator writes (the tools' {@code Model.CLIP}). */
  public static final String CLIP = "loop";

  private Loops() {}

  /** Starts every animation composer under {@code model} looping, at {@code phase} (0..1) of its clip. */
  static void play(Spatial model, double phase) {
    model.depthFirstTraversal(spatial -> {
      AnimComposer composer = spatial.getControl(AnimComposer.class);
      String clip = composer == null ? null : clipOf(composer.getAnimClipsNames());
      if (clip != null) {
        composer.setCurrentAction(clip, AnimComposer.DEFAULT_LAYER, true);
        double length = composer.getCurrentAction().getLength();
        Loop loop = spatial.getControl(Loop.class);
        if (loop != null) {
          spatial.removeControl(loop);
        }
        if (length > 0) {
          composer.setGlobalSpeed(0);
          // Before the composer, so that it draws this frame's pose.
          spatial.addControlAt(0, new Loop(composer, phase * length));
        }
      }
    });
  }

  /** Runs a composer's current clip round and round on its own clock. */
  static final class Loop extends AbstractControl {
    private final AnimComposer composer;
    private double time;

    Loop(AnimComposer composer, double start) {
      this.composer = composer;
      this.time = start;
      composer.setTime(AnimComposer.DEFAULT_LAYER, start);
    }

    @Override
    protected void controlUpdate(float tpf) {
      if (composer.getCurrentAction() == null) {
        return;
      }
      double length = composer.getCurrentAction().getLength();
      time = (time + tpf) % length;
      composer.setTime(AnimComposer.DEFAULT_LAYER, time);
    }

    /** Where in the loop the clip is, in seconds. */
    double time() {
      return time;
    }

    @Override
    protected void controlRender(RenderManager rm, ViewPort vp) {}
  }

  private static String clipOf(Collection<String> names) {
    if (names.isEmpty()) {
      return null;
    }
    return names.contains(CLIP) ? CLIP : names.stream().min(Comparator.naturalOrder()).orElseThrow();
  }

  /**
   * Where in its loop an object starts, 0 (inclusive) to 1 (exclusive), the same on every run and
   * every machine. Ids that differ in one letter ({@code kelp-1}, {@code kelp-2}) land far apart:
   * the id's hash is mixed (MurmurHash3's finalizer) before it is scaled.
   */
  public static double phase(String id) {
    int h = id.hashCode();
    h ^= h >>> 16;
    h *= 0x85ebca6b;
    h ^= h >>> 13;
    h *= 0xc2b2ae35;
    h ^= h >>> 16;
    return (h >>> 8) / (double) (1 << 24);
  }
}
