package fi.retki.client.app.scene;

import com.jme3.anim.AnimComposer;
import com.jme3.scene.Spatial;
import java.util.Collection;
import java.util.Comparator;

/**
 * Plays a loaded model's glTF animation for ever. The content generator writes one clip per model,
 * {@value #CLIP}, whose motions all close their loop; other models' first clip (by name) plays
 * instead. Each placed object starts at its own point of the loop, chosen by its id, so that a bed
 * of kelp does not sway in step and two fish do not swim as one. Render thread only.
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
        if (length > 0) {
          composer.setTime(AnimComposer.DEFAULT_LAYER, phase * length);
        }
      }
    });
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
