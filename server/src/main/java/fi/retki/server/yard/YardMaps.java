package fi.retki.server.yard;

import fi.retki.assets.bake.Manifest;
import fi.retki.assets.bake.ManifestAsset;
import fi.retki.assets.bake.Tier;
import fi.retki.assets.image.Images;
import fi.retki.assets.store.ContentStore;
import fi.retki.scenes.MediaType;
import fi.retki.scenes.Scene;
import fi.retki.scenes.SceneJson;
import fi.retki.server.catalogue.Catalogue;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The yard maps of the planning scenes in the store, each drawn once, from the scene's best baked
 * tier (its ground texture is the sharpest), and kept: a map is a few megabytes of pixels, and
 * there are few planning scenes. Blocking: call from a worker thread.
 */
public final class YardMaps {
  private static final List<Tier> BEST_FIRST = List.of(Tier.HIGH, Tier.MID, Tier.LOW);

  /** A drawn map and its picture as JPEG for the console; {@code sceneFile} tells a re-bake apart. */
  private record Drawn(String sceneFile, YardMap map, byte[] jpeg) {}

  private final ContentStore store;
  private final Supplier<Catalogue> catalogue;
  private final Map<String, Drawn> drawn = new ConcurrentHashMap<>();

  public YardMaps(ContentStore store, Supplier<Catalogue> catalogue) {
    this.store = store;
    this.catalogue = catalogue;
  }

  /** The yard of this planning scene, or {@code null} if the store has no planning scene by that id. */
  public YardMap map(String sceneId) throws IOException {
    Drawn entry = entry(sceneId);
    return entry == null ? null : entry.map();
  }

  /** The yard's picture (no plan on it) as JPEG, or {@code null} as {@link #map}. */
  byte[] jpeg(String sceneId) throws IOException {
    Drawn entry = entry(sceneId);
    return entry == null ? null : entry.jpeg();
  }

  private Drawn entry(String sceneId) throws IOException {
    Scene scene = sceneId == null ? null : catalogue.get().sceneModel(sceneId);
    if (scene == null || scene.palette() == null) {
      return null;
    }
    Map<String, String> files = files(sceneId);
    String sceneFile = files.get("scene.json");
    Drawn entry = drawn.get(sceneId);
    if (entry == null || !java.util.Objects.equals(entry.sceneFile(), sceneFile)) {
      YardMap map = TopView.of(scene, path -> {
        String sha = files.get(path);
        return sha == null ? null : store.read(sha);
      });
      entry = new Drawn(sceneFile, map, Images.encode(map.sharedPicture(), MediaType.JPEG));
      drawn.put(sceneId, entry); // two first requests may both draw: the same map, once more
    }
    return entry;
  }

  /** The pack's files of the scene's best baked tier: path to sha256. */
  private Map<String, String> files(String sceneId) throws IOException {
    for (Tier tier : BEST_FIRST) {
      byte[] bytes = store.readFile(Manifest.storePath(sceneId, tier));
      if (bytes != null) {
        Map<String, String> files = new HashMap<>();
        for (ManifestAsset asset : SceneJson.mapper().readValue(bytes, Manifest.class).assets()) {
          files.put(asset.path(), asset.sha256());
        }
        return files;
      }
    }
    return Map.of();
  }
}
