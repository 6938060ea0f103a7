package fi.retki.server.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.retki.assets.bake.Manifest;
import fi.retki.assets.bake.ManifestAsset;
import fi.retki.assets.bake.StreamingOrder;
import fi.retki.assets.bake.Tier;
import fi.retki.assets.store.ContentStore;
import fi.retki.scenes.PointOfInterest;
import fi.retki.scenes.Preset;
import fi.retki.scenes.Scene;
import fi.retki.scenes.SceneJson;
import fi.retki.scenes.SceneReader;
import fi.retki.scenes.SceneReading;
import fi.retki.server.assets.BlobInfo;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the server knows of its store: every scene with its tiers' manifests, and every blob those
 * manifests list. Immutable once loaded, so every event loop reads it without locks.
 */
public final class Catalogue {

  private final Map<String, BlobInfo> blobs;
  private final Map<String, SceneDocuments> scenes;
  private final JsonDocument list;

  /** The JSON answers about one scene. */
  record SceneDocuments(Scene scene, JsonDocument detail, Map<String, JsonDocument> manifests) {}

  private Catalogue(Map<String, BlobInfo> blobs, Map<String, SceneDocuments> scenes, JsonDocument list) {
    this.blobs = blobs;
    this.scenes = scenes;
    this.list = list;
  }

  /** The blob with this hash, or {@code null} if no manifest lists it. */
  public BlobInfo blob(String sha256) {
    return blobs.get(sha256);
  }

  /** The number of scenes. */
  public int size() {
    return scenes.size();
  }

  JsonDocument list() {
    return list;
  }

  /** The scene with this id, or {@code null}. */
  public Scene sceneModel(String id) {
    SceneDocuments documents = scenes.get(id);
    return documents == null ? null : documents.scene();
  }

  SceneDocuments scene(String id) {
    return scenes.get(id);
  }

  /**
   * Reads every {@code manifests/<scene>/<tier>.json} of the store and the scene descriptors they
   * point at. Blocking: call it on a worker thread.
   */
  public static Catalogue load(ContentStore store) throws IOException {
    Map<String, BlobInfo> blobs = new HashMap<>();
    Map<String, SceneDocuments> scenes = new TreeMap<>();
    List<JsonNode> entries = new ArrayList<>();
    Path manifestsDir = store.root().resolve("manifests");
    List<String> sceneIds = new ArrayList<>();
    if (Files.isDirectory(manifestsDir)) {
      try (DirectoryStream<Path> dirs = Files.newDirectoryStream(manifestsDir, Files::isDirectory)) {
        dirs.forEach(dir -> sceneIds.add(dir.getFileName().toString()));
      }
    }
    sceneIds.sort(null);
    for (String sceneId : sceneIds) {
      Map<String, Manifest> manifests = new LinkedHashMap<>();
      for (Tier tier : Tier.values()) {
        byte[] bytes = store.readFile(Manifest.storePath(sceneId, tier));
        if (bytes != null) {
          manifests.put(tier.id(), SceneJson.mapper().readValue(bytes, Manifest.class));
        }
      }
      if (manifests.isEmpty()) {
        continue;
      }
      for (Manifest manifest : manifests.values()) {
        for (ManifestAsset asset : manifest.assets()) {
          blobs.putIfAbsent(asset.sha256(),
              BlobInfo.of(asset.sha256(), asset.size(), asset.mediaType(), store.path(asset.sha256())));
        }
      }
      Manifest first = manifests.values().iterator().next();
      Scene scene = readScene(sceneId, store.read(find(first, StreamingOrder.SCENE_FILE).sha256()));
      ObjectNode entry = entry(scene, manifests);
      entries.add(entry);
      Map<String, JsonDocument> manifestDocs = new LinkedHashMap<>();
      manifests.forEach((tier, manifest) -> manifestDocs.put(tier, JsonDocument.of(manifest)));
      ObjectNode detail = entry.deepCopy();
      ArrayNode points = detail.putArray("pointsOfInterest");
      for (PointOfInterest poi : scene.pointsOfInterest()) {
        ObjectNode p = points.addObject();
        p.put("id", poi.id());
        p.set("title", SceneJson.mapper().valueToTree(poi.title()));
      }
      scenes.put(scene.id(), new SceneDocuments(scene, JsonDocument.of(detail), Map.copyOf(manifestDocs)));
    }
    ObjectNode root = SceneJson.mapper().createObjectNode();
    root.putArray("scenes").addAll(entries);
    return new Catalogue(Map.copyOf(blobs), Map.copyOf(scenes), JsonDocument.of(root));
  }

  /** The baked scene.json, read by the one strict reader (it was checked at bake time). */
  private static Scene readScene(String sceneId, byte[] json) throws IOException {
    SceneReading reading = SceneReader.read("store " + sceneId + "/scene.json", json, null, null);
    if (!reading.ok()) {
      throw new IOException(reading.problems().get(0).toString());
    }
    return reading.scene();
  }

  private static ObjectNode entry(Scene scene, Map<String, Manifest> manifests) {
    ObjectNode entry = SceneJson.mapper().createObjectNode();
    entry.put("id", scene.id());
    entry.put("kind", scene.kind().code());
    entry.set("title", SceneJson.mapper().valueToTree(scene.title()));
    entry.set("summary", SceneJson.mapper().valueToTree(scene.summary()));
    ManifestAsset thumbnail = find(manifests.values().iterator().next(), scene.thumbnail().value());
    if (thumbnail != null) {
      ObjectNode thumb = entry.putObject("thumbnail");
      thumb.put("sha256", thumbnail.sha256());
      thumb.put("size", thumbnail.size());
      thumb.put("mediaType", thumbnail.mediaType());
      thumb.put("href", "/assets/" + thumbnail.sha256());
    }
    ArrayNode presets = entry.putArray("presets");
    for (Preset preset : scene.presets()) {
      presets.add(SceneJson.mapper().valueToTree(preset));
    }
    ObjectNode tiers = entry.putObject("tiers");
    manifests.forEach((tier, manifest) -> {
      ObjectNode t = tiers.putObject(tier);
      t.put("assets", manifest.assets().size());
      t.put("totalBytes", manifest.totalBytes());
      t.put("manifest", "/api/scenes/" + scene.id() + "/manifest?tier=" + tier);
    });
    return entry;
  }

  private static ManifestAsset find(Manifest manifest, String path) {
    for (ManifestAsset asset : manifest.assets()) {
      if (asset.path().equals(path)) {
        return asset;
      }
    }
    return null;
  }
}
