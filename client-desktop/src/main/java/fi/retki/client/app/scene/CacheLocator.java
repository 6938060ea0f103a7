package fi.retki.client.app.scene;

import com.jme3.asset.AssetInfo;
import com.jme3.asset.AssetKey;
import com.jme3.asset.AssetLocator;
import com.jme3.asset.AssetManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Finds a scene's files in the disk cache: asset names are {@code MOUNT/PACK-PATH}
 * ({@code scene-3/models/kapok.glb}), and a mount maps pack paths to cached blobs
 * (a {@code LoadedScene.files()} map).
 *
 * <p>jME makes locators by class, so the mounts live in a static table keyed by the locator's root
 * path; a mount's map may grow while a scene streams in ({@link #update}). Each loaded scene gets a
 * fresh mount name, so jME's asset cache never mixes up two scenes' {@code models/ground.glb}.
 */
public final class CacheLocator implements AssetLocator {
  private static final ConcurrentMap<String, Map<String, Path>> MOUNTS = new ConcurrentHashMap<>();

  private String mount;

  /** Mounts a scene's files under {@code mount} in this asset manager. */
  public static void mount(AssetManager assets, String mount, Map<String, Path> files) {
    if (mount.isEmpty() || mount.contains("/")) {
      throw new IllegalArgumentException("a mount is one path segment, not \"" + mount + "\"");
    }
    MOUNTS.put(mount, Map.copyOf(files));
    assets.registerLocator(mount, CacheLocator.class);
  }

  /** Replaces a mount's files with a fuller set (more of the scene has arrived). */
  public static void update(String mount, Map<String, Path> files) {
    MOUNTS.replace(mount, Map.copyOf(files));
  }

  /** Forgets a mount; its assets stay in jME's asset cache until cleared. */
  public static void unmount(AssetManager assets, String mount) {
    assets.unregisterLocator(mount, CacheLocator.class);
    MOUNTS.remove(mount);
  }

  /** The asset name of a pack file under a mount. */
  public static String name(String mount, String packPath) {
    return mount + "/" + packPath;
  }

  @Override
  public void setRootPath(String rootPath) {
    this.mount = rootPath;
  }

  @Override
  public AssetInfo locate(AssetManager manager, AssetKey key) {
    String name = key.getName();
    String prefix = mount + "/";
    if (!name.startsWith(prefix)) {
      return null;
    }
    Map<String, Path> files = MOUNTS.get(mount);
    Path file = files == null ? null : files.get(name.substring(prefix.length()));
    if (file == null) {
      return null;
    }
    return new AssetInfo(manager, key) {
      @Override
      public InputStream openStream() {
        try {
          return Files.newInputStream(file);
        } catch (IOException e) {
          throw new UncheckedIOException("cannot read cached " + name + " at " + file.getFileName(), e);
        }
      }
    };
  }
}
