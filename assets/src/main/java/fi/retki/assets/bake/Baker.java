package fi.retki.assets.bake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.retki.assets.gltf.GlbTextures;
import fi.retki.assets.image.Images;
import fi.retki.assets.pack.PackValidator;
import fi.retki.assets.pack.ValidatedPack;
import fi.retki.assets.store.BlobRef;
import fi.retki.assets.store.ContentStore;
import fi.retki.assets.store.Sha256;
import fi.retki.scenes.MediaType;
import fi.retki.scenes.PackPath;
import fi.retki.scenes.SceneJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Bakes scene packs into a {@link ContentStore}.
 *
 * <p>A pack is validated first and nothing is written if it has problems. Each used file becomes
 * one blob per distinct tier variant (images and the images inside GLBs are scaled down to the
 * tier's size; everything else is the same bytes in every tier), then one manifest per tier is
 * written. A stamp ({@code manifests/<scene>/bake.json}) holds a fingerprint of the pack's
 * contents and of this code's {@link #BAKE_VERSION}; when it matches and the outputs are all
 * there, the bake does nothing. Even without it, content addressing means an unchanged file is
 * never written twice.
 */
public final class Baker {
  /** Raise when the bake's output changes for the same input, so old stamps no longer match. */
  public static final int BAKE_VERSION = 1;

  private final ContentStore store;

  public Baker(ContentStore store) {
    this.store = store;
  }

  /** Validates and bakes the pack in {@code packDir}. */
  public BakeResult bake(Path packDir) throws IOException {
    ValidatedPack pack = PackValidator.validate(packDir);
    String name = packDir.toAbsolutePath().normalize().getFileName().toString();
    if (!pack.ok()) {
      return new BakeResult(name, pack.problems(), List.of(), 0, 0, false);
    }
    String scene = pack.scene().id();
    byte[] sceneJson = Files.readAllBytes(packDir.resolve(StreamingOrder.SCENE_FILE));
    Map<String, Path> files = new TreeMap<>();
    for (Map.Entry<PackPath, Path> file : pack.files().entrySet()) {
      files.put(file.getKey().value(), file.getValue());
    }
    String fingerprint = fingerprint(sceneJson, files);
    String stampPath = "manifests/" + scene + "/bake.json";
    List<Manifest> previous = previousBake(scene, stampPath, fingerprint);
    if (previous != null) {
      java.util.Set<String> present = new java.util.HashSet<>();
      for (Manifest manifest : previous) {
        manifest.assets().forEach(asset -> present.add(asset.sha256()));
      }
      return new BakeResult(scene, List.of(), previous, 0, present.size(), true);
    }
    List<StreamingOrder.Entry> order = StreamingOrder.of(pack.scene());
    Map<String, Map<Tier, byte[]>> variants = new ConcurrentHashMap<>();
    order.parallelStream().forEach(entry -> variants.put(entry.path(), variants(entry.path(),
        entry.path().equals(StreamingOrder.SCENE_FILE) ? sceneJson : read(files.get(entry.path())))));
    long writesBefore = store.writes();
    java.util.Set<String> distinct = new java.util.HashSet<>();
    List<Manifest> manifests = new ArrayList<>();
    for (Tier tier : Tier.values()) {
      List<ManifestAsset> assets = new ArrayList<>();
      long total = 0;
      for (StreamingOrder.Entry entry : order) {
        BlobRef blob = store.put(variants.get(entry.path()).get(tier));
        distinct.add(blob.sha256());
        total += blob.size();
        assets.add(new ManifestAsset(entry.path(), blob.sha256(), blob.size(), mediaType(entry.path()),
            assets.size(), entry.firstView()));
      }
      manifests.add(new Manifest(Manifest.FORMAT, scene, tier.id(), total, assets));
    }
    int written = (int) (store.writes() - writesBefore);
    for (Manifest manifest : manifests) {
      store.writeFile(Manifest.storePath(scene, Tier.ofId(manifest.tier())), json(manifest));
    }
    ObjectNode stamp = SceneJson.mapper().createObjectNode();
    stamp.put("bakeVersion", BAKE_VERSION).put("fingerprint", fingerprint);
    store.writeFile(stampPath, json(stamp));
    return new BakeResult(scene, List.of(), manifests, written, distinct.size() - written, false);
  }

  /** The tier variants of one file; tiers that would get identical bytes share one array. */
  private static Map<Tier, byte[]> variants(String path, byte[] data) {
    Map<Tier, byte[]> variants = new EnumMap<>(Tier.class);
    MediaType type = mediaTypeOf(path);
    for (Tier tier : Tier.values()) {
      if (type == MediaType.PNG || type == MediaType.JPEG) {
        variants.put(tier, Images.limit(data, type, tier.maxTextureSide()));
      } else if (type == MediaType.GLB) {
        variants.put(tier, GlbTextures.limit(data, tier.maxTextureSide()));
      } else {
        variants.put(tier, data);
      }
    }
    return variants;
  }

  private static MediaType mediaTypeOf(String path) {
    return path.equals(StreamingOrder.SCENE_FILE) ? MediaType.SCENE : MediaType.ofFileName(path);
  }

  private static String mediaType(String path) {
    return mediaTypeOf(path).mime();
  }

  private static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A hash over the bake's version, the scene and every used file's path and content. */
  private static String fingerprint(byte[] sceneJson, Map<String, Path> files) throws IOException {
    StringBuilder text = new StringBuilder("bake ").append(BAKE_VERSION).append('\n');
    text.append(StreamingOrder.SCENE_FILE).append(' ').append(Sha256.of(sceneJson)).append('\n');
    for (Map.Entry<String, Path> file : files.entrySet()) {
      text.append(file.getKey()).append(' ').append(Sha256.of(Files.readAllBytes(file.getValue()))).append('\n');
    }
    return Sha256.of(text.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** The manifests of an earlier bake of exactly this content, if all its outputs are still there. */
  private List<Manifest> previousBake(String scene, String stampPath, String fingerprint) throws IOException {
    byte[] stamp = store.readFile(stampPath);
    if (stamp == null) {
      return null;
    }
    JsonNode node = SceneJson.mapper().readTree(stamp);
    if (node.path("bakeVersion").asInt() != BAKE_VERSION || !fingerprint.equals(node.path("fingerprint").asText())) {
      return null;
    }
    List<Manifest> manifests = new ArrayList<>();
    for (Tier tier : Tier.values()) {
      byte[] bytes = store.readFile(Manifest.storePath(scene, tier));
      if (bytes == null) {
        return null;
      }
      Manifest manifest = SceneJson.mapper().readValue(bytes, Manifest.class);
      for (ManifestAsset asset : manifest.assets()) {
        if (store.size(asset.sha256()) != asset.size()) {
          return null;
        }
      }
      manifests.add(manifest);
    }
    return manifests;
  }

  static byte[] json(Object value) {
    try {
      return (SceneJson.mapper().writeValueAsString(value) + "\n").getBytes(StandardCharsets.UTF_8);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
