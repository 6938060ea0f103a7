package fi.retki.client.app.scene;

import com.jme3.anim.AnimComposer;
import com.jme3.material.Material;
import com.jme3.math.Vector3f;
import com.jme3.renderer.queue.RenderQueue;
import com.jme3.scene.Geometry;
import com.jme3.scene.Node;
import com.jme3.scene.Spatial;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jme3tools.optimize.GeometryBatchFactory;

/**
 * Merges a scene's fixed objects into a few large geometries: one per material and per square of
 * ground {@link #CELL} metres wide. Render thread only.
 */
final class StaticBatches {
  /*
   * A forest is hundreds of placements of a dozen models, each model a few parts in its own
   * material: thousands of draw calls, which is what makes a software renderer (and an old school
   * GPU) slow, far more than the triangles. The asset manager clones each placement's materials,
   * so parts of the same model are first given one shared material (content-equal materials are
   * the same material), then GeometryBatchFactory merges them with their world transforms baked in.
   * Squares keep frustum culling worth something: what is behind the pupil is still not drawn.
   * Animated objects and the subjects of points of interest stay as they are (they move, are
   * picked, bounded, outlined).
   */
  static final float CELL = 50f;

  private StaticBatches() {}

  /** True if {@code spatial} or anything under it plays an animation. */
  static boolean animated(Spatial spatial) {
    boolean[] found = {false};
    spatial.depthFirstTraversal(s -> found[0] |= s.getControl(AnimComposer.class) != null);
    return found[0];
  }

  /**
   * Replaces {@code fixed} (children of {@code parent}, with current world transforms) by merged
   * geometries attached to {@code parent}; returns how many geometries were drawn before and after.
   */
  static int[] merge(Node parent, Collection<Spatial> fixed) {
    List<Material> shared = new ArrayList<>();
    Map<String, List<Geometry>> groups = new LinkedHashMap<>();
    int before = 0;
    for (Spatial spatial : fixed) {
      List<Geometry> geometries = new ArrayList<>();
      GeometryBatchFactory.gatherGeoms(spatial, geometries);
      for (Geometry geometry : geometries) {
        before++;
        Material material = sharedMaterial(shared, geometry.getMaterial());
        geometry.setMaterial(material);
        Vector3f centre = geometry.getWorldBound() == null ? spatial.getWorldTranslation()
            : geometry.getWorldBound().getCenter();
        String key = shared.indexOf(material) + "/" + (int) Math.floor(centre.x / CELL) + "/"
            + (int) Math.floor(centre.z / CELL) + "/" + geometry.getQueueBucket();
        groups.computeIfAbsent(key, k -> new ArrayList<>()).add(geometry);
      }
    }
    List<Geometry> batches = new ArrayList<>();
    for (List<Geometry> group : groups.values()) {
      batches.addAll(GeometryBatchFactory.makeBatches(group));
    }
    for (Spatial spatial : fixed) {
      spatial.removeFromParent();
    }
    for (Geometry batch : batches) {
      batch.setName("batch:" + batch.getName());
      batch.setShadowMode(RenderQueue.ShadowMode.CastAndReceive);
      parent.attachChild(batch);
    }
    return new int[] {before, batches.size()};
  }

  private static Material sharedMaterial(List<Material> shared, Material material) {
    for (Material candidate : shared) {
      if (candidate == material || candidate.contentEquals(material)) {
        return candidate;
      }
    }
    shared.add(material);
    return material;
  }
}
