package fi.retki.server.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.retki.scenes.Preset;
import fi.retki.scenes.Scene;
import fi.retki.scenes.SceneJson;
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
  static final List<String> TIERS = List.of("low", "mid", "high");

  private final Map<String, BlobInfo> blobs;
  private final Map<String, SceneDocuments> scenes;
  private final JsonDocument list;

  /** The JSON answers about one scene. */
  record SceneDocuments(JsonDocument detail, Map<String, JsonDocument> manifests) {}

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

  SceneDocuments scene(String id) {
    return scenes.get(id);
  }

  /**
   * Reads every {@code manifests/<scene>/<tier>.json} under the store root and the scene
   * descriptors they point at. Blocking: call it on a worker thread.
   */
  public static Catalogue load(Path storeRoot) throws IOException {
    Map<String, BlobInfo> blobs = new HashMap<>();
    Map<String, SceneDocuments> scenes = new TreeMap<>();
    List<JsonNode> entries = new ArrayList<>();
    Path manifestsDir = storeRoot.resolve("manifests");
    List<Path> sceneDirs = new ArrayList<>();
    if (Files.isDirectory(manifestsDir)) {
      try (DirectoryStream<Path> dirs = Files.newDirectoryStream(manifestsDir, Files::isDirectory)) {
        dirs.forEach(sceneDirs::add);
      }
    }
    sceneDirs.sort(null);
    for (Path sceneDir : sceneDirs) {
      Map<String, JsonNode> manifests = new LinkedHashMap<>();
      for (String tier : TIERS) {
        Path file = sceneDir.resolve(tier + ".json");
        if (Files.isRegularFile(file)) {
          manifests.put(tier, SceneJson.mapper().readTree(file.toFile()));
        }
      }
      if (manifests.isEmpty()) {
        continue;
      }
      for (JsonNode manifest : manifests.values()) {
        for (JsonNode asset : manifest.path("assets")) {
          String sha = asset.path("sha256").asText();
          blobs.putIfAbsent(sha, BlobInfo.of(sha, asset.path("size").asLong(), asset.path("mediaType").asText(),
              blobPath(storeRoot, sha)));
        }
      }
      JsonNode anyManifest = manifests.values().iterator().next();
      Scene scene = readScene(storeRoot, anyManifest);
      ObjectNode entry = entry(scene, manifests);
      entries.add(entry);
      Map<String, JsonDocument> manifestDocs = new LinkedHashMap<>();
      manifests.forEach((tier, manifest) -> manifestDocs.put(tier, JsonDocument.of(manifest)));
      ObjectNode detail = entry.deepCopy();
      ArrayNode points = detail.putArray("pointsOfInterest");
      scene.pointsOfInterest().forEach(poi -> {
        ObjectNode p = points.addObject();
        p.put("id", poi.id());
        p.set("title", SceneJson.mapper().valueToTree(poi.title()));
      });
      scenes.put(scene.id(), new SceneDocuments(JsonDocument.of(detail), Map.copyOf(manifestDocs)));
    }
    ObjectNode root = SceneJson.mapper().createObjectNode();
    root.putArray("scenes").addAll(entries);
    return new Catalogue(Map.copyOf(blobs), Map.copyOf(scenes), JsonDocument.of(root));
  }

  private static Scene readScene(Path storeRoot, JsonNode manifest) throws IOException {
    for (JsonNode asset : manifest.path("assets")) {
      if (asset.path("path").asText().equals("scene.json")) {
        byte[] json = Files.readAllBytes(blobPath(storeRoot, asset.path("sha256").asText()));
        return SceneJson.mapper().readValue(json, Scene.class);
      }
    }
    throw new IOException("manifest of " + manifest.path("scene").asText() + " lists no scene.json");
  }

  private static ObjectNode entry(Scene scene, Map<String, JsonNode> manifests) {
    ObjectNode entry = SceneJson.mapper().createObjectNode();
    entry.put("id", scene.id());
    entry.put("kind", scene.kind().code());
    entry.set("title", SceneJson.mapper().valueToTree(scene.title()));
    entry.set("summary", SceneJson.mapper().valueToTree(scene.summary()));
    JsonNode thumbnail = find(manifests.values().iterator().next(), scene.thumbnail().value());
    if (thumbnail != null) {
      ObjectNode thumb = entry.putObject("thumbnail");
      thumb.put("sha256", thumbnail.path("sha256").asText());
      thumb.put("size", thumbnail.path("size").asLong());
      thumb.put("mediaType", thumbnail.path("mediaType").asText());
      thumb.put("href", "/assets/" + thumbnail.path("sha256").asText());
    }
    ArrayNode presets = entry.putArray("presets");
    for (Preset preset : scene.presets()) {
      presets.add(SceneJson.mapper().valueToTree(preset));
    }
    ObjectNode tiers = entry.putObject("tiers");
    manifests.forEach((tier, manifest) -> {
      ObjectNode t = tiers.putObject(tier);
      t.put("assets", manifest.path("assets").size());
      t.put("totalBytes", manifest.path("totalBytes").asLong());
      t.put("manifest", "/api/scenes/" + scene.id() + "/manifest?tier=" + tier);
    });
    return entry;
  }

  private static JsonNode find(JsonNode manifest, String path) {
    for (JsonNode asset : manifest.path("assets")) {
      if (asset.path("path").asText().equals(path)) {
        return asset;
      }
    }
    return null;
  }

  static Path blobPath(Path storeRoot, String sha) {
    return storeRoot.resolve("blobs").resolve(sha.substring(0, 2)).resolve(sha);
  }
}
