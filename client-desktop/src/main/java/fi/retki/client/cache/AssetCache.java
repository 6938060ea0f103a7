package fi.retki.client.cache;

import com.fasterxml.jackson.core.JsonProcessingException;
import fi.retki.assets.bake.Manifest;
import fi.retki.assets.bake.Tier;
import fi.retki.assets.store.ContentStore;
import fi.retki.assets.store.CorruptBlobException;
import fi.retki.assets.store.Sha256;
import fi.retki.scenes.SceneJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Assets on disk, named by their sha256, checked against their hash before use, and the
 * manifests they were loaded by.
 *
 * <p>The store writes atomically (temp file, fsync, rename), so a blob is either whole or absent;
 * what can still go wrong is a disk or a person changing it later. So a blob is hashed the first
 * time this cache hands it out, and again after every restart (a fresh {@link #open}); a blob
 * whose bytes no longer match its name is deleted and treated as missing, to be fetched again.
 *
 * <p>Manifests are kept where a server's store keeps them ({@code manifests/<scene>/<tier>.json},
 * written atomically), so that a scene shown once can be loaded again when the server cannot be
 * reached. A manifest says nothing about which of its assets are here; the loader checks that.
 */
public final class AssetCache {
  /** A scene id as the scene format allows it; anything else never names a file here. */
  private static final Pattern SCENE_ID = Pattern.compile("[a-z0-9-]{2,40}");

  private final ContentStore store;
  /** Blobs hashed since this cache was opened; blobs are immutable, so once is enough. */
  private final Set<String> verified = ConcurrentHashMap.newKeySet();

  private AssetCache(ContentStore store) {
    this.store = store;
  }

  /**
   * Opens (creating if needed) the cache in {@code dir}. The caller chooses the directory; for a
   * desktop install {@link #defaultDir()} is the usual one.
   */
  public static AssetCache open(Path dir) throws IOException {
    Objects.requireNonNull(dir, "dir");
    return new AssetCache(ContentStore.open(dir));
  }

  /** {@code ~/.retki/cache}: where a desktop install keeps its cache unless told otherwise. */
  public static Path defaultDir() {
    return Path.of(System.getProperty("user.home"), ".retki", "cache");
  }

  /** The cache's directory. */
  public Path dir() {
    return store.root();
  }

  /** True if a blob with this hash is on disk (not yet hashed; {@link #file} checks it). */
  public boolean has(String sha256) {
    return store.has(sha256);
  }

  /**
   * The blob's file, checked against its hash (once per blob since the cache was opened). This is
   * the path to hand to jME's asset locator.
   *
   * @throws NoSuchFileException if the blob is not in the cache, or was corrupt and has been deleted
   */
  public Path file(String sha256) throws IOException {
    Path file = store.path(sha256);
    if (verified.contains(sha256) && Files.isRegularFile(file)) {
      return file;
    }
    read(sha256);
    return file;
  }

  /**
   * The blob's bytes, checked against its hash.
   *
   * @throws NoSuchFileException if the blob is not in the cache, or was corrupt and has been deleted
   */
  public byte[] read(String sha256) throws IOException {
    Path file = store.path(sha256);
    try {
      byte[] bytes = store.read(sha256);
      verified.add(sha256);
      return bytes;
    } catch (NoSuchFileException e) {
      verified.remove(sha256);
      throw new NoSuchFileException(file.toString(), null, "asset " + sha256 + " is not in the cache");
    } catch (CorruptBlobException e) {
      verified.remove(sha256);
      Files.deleteIfExists(file);
      throw new NoSuchFileException(file.toString(), null,
          "asset " + sha256 + " was corrupt in the cache and has been removed; fetch it again");
    }
  }

  /**
   * Stores an asset under its hash; nothing is written if it is already there.
   *
   * @throws CorruptBlobException if {@code bytes} do not hash to {@code sha256} (nothing is stored)
   */
  public void put(String sha256, byte[] bytes) throws IOException {
    Objects.requireNonNull(bytes, "bytes");
    store.path(sha256); // checks the name
    String actual = Sha256.of(bytes);
    if (!actual.equals(sha256)) {
      throw new CorruptBlobException("the " + bytes.length + " bytes received for asset " + sha256
          + " hash to " + actual + "; they were not cached");
    }
    if (store.has(sha256) && !verified.contains(sha256)) {
      try {
        read(sha256); // a corrupt copy of the same size would otherwise stay
      } catch (NoSuchFileException e) {
        // it was corrupt and is gone now
      }
    }
    store.put(bytes);
    verified.add(sha256);
  }

  /**
   * Keeps a scene's manifest (under its own {@code scene} and {@code tier}), replacing the one
   * kept before for that scene and tier.
   *
   * @throws IllegalArgumentException if the manifest's scene id or tier is not a valid one
   */
  public void putManifest(Manifest manifest) throws IOException {
    Tier tier = Tier.ofId(manifest.tier());
    if (manifest.scene() == null || !SCENE_ID.matcher(manifest.scene()).matches() || tier == null) {
      throw new IllegalArgumentException("a manifest for scene \"" + manifest.scene() + "\", tier \""
          + manifest.tier() + "\" cannot be kept: the scene id must be 2-40 of a-z, 0-9 and -, the tier low, mid or high");
    }
    store.writeFile(Manifest.storePath(manifest.scene(), tier), json(manifest));
  }

  /**
   * The manifest kept for a scene and tier, or {@code null} if there is none (or what is there is
   * not a manifest of that scene and tier).
   */
  public Manifest manifest(String sceneId, Tier tier) throws IOException {
    Objects.requireNonNull(tier, "tier");
    if (sceneId == null || !SCENE_ID.matcher(sceneId).matches()) {
      return null;
    }
    byte[] bytes = store.readFile(Manifest.storePath(sceneId, tier));
    if (bytes == null) {
      return null;
    }
    Manifest manifest;
    try {
      manifest = SceneJson.mapper().readValue(bytes, Manifest.class);
    } catch (JsonProcessingException e) {
      return null;
    }
    boolean same = manifest != null && sceneId.equals(manifest.scene()) && tier.id().equals(manifest.tier());
    return same ? manifest : null;
  }

  private static byte[] json(Manifest manifest) {
    try {
      return (SceneJson.mapper().writeValueAsString(manifest) + "\n").getBytes(StandardCharsets.UTF_8);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a manifest record cannot be written as JSON", e);
    }
  }
}
