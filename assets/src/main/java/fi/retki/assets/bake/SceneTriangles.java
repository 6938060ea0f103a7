package fi.retki.assets.bake;

import fi.retki.assets.gltf.GlbException;
import fi.retki.assets.gltf.GlbTriangles;
import fi.retki.assets.store.ContentStore;
import fi.retki.scenes.Scene;
import fi.retki.scenes.SceneObject;
import fi.retki.scenes.SceneReader;
import fi.retki.scenes.SceneReading;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * How many triangles a baked scene draws in one tier: its ground and every placed object (each
 * placement counted), from the tier's blobs. What a content author weighs against a school PC.
 */
public final class SceneTriangles {
  private SceneTriangles() {}

  /** The triangles of the manifest's scene, read from {@code store}. */
  public static long count(ContentStore store, Manifest manifest) throws IOException {
    Map<String, String> shaByPath = new HashMap<>();
    for (ManifestAsset asset : manifest.assets()) {
      shaByPath.put(asset.path(), asset.sha256());
    }
    SceneReading reading = SceneReader.read("scene.json", store.read(shaByPath.get("scene.json")), null, null);
    if (!reading.ok()) {
      throw new IOException("the baked scene.json of " + manifest.scene() + " does not read: " + reading.problems());
    }
    Scene scene = reading.scene();
    Map<String, Long> byModel = new HashMap<>();
    long total = triangles(store, shaByPath, scene.ground().model().value(), byModel);
    for (SceneObject object : scene.objects()) {
      total += triangles(store, shaByPath, object.model().value(), byModel);
    }
    return total;
  }

  private static long triangles(ContentStore store, Map<String, String> shaByPath, String path,
      Map<String, Long> byModel) throws IOException {
    Long known = byModel.get(path);
    if (known != null) {
      return known;
    }
    try {
      long count = GlbTriangles.count(store.read(shaByPath.get(path)));
      byModel.put(path, count);
      return count;
    } catch (GlbException e) {
      throw new IOException(path + ": " + e.getMessage(), e);
    }
  }
}
