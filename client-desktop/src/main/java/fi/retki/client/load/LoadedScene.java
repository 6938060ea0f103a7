package fi.retki.client.load;

import fi.retki.assets.bake.Manifest;
import fi.retki.scenes.Scene;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * A scene ready to show (or, given to {@link LoadListener#firstViewReady}, ready enough for its
 * first view).
 *
 * @param scene the scene, read from its {@code scene.json} by the strict reader
 * @param manifest the manifest it was loaded by
 * @param files the cached, hash-checked file of each asset present, by pack path
 *     ({@code models/kapok.glb} → the blob in the cache), in streaming order
 */
public record LoadedScene(Scene scene, Manifest manifest, Map<String, Path> files) {
  public LoadedScene {
    Objects.requireNonNull(scene, "scene");
    Objects.requireNonNull(manifest, "manifest");
    files = Collections.unmodifiableMap(new LinkedHashMap<>(files));
  }

  /**
   * The file of one asset by its pack path.
   *
   * @throws NoSuchElementException if the scene has no such asset, or it is not loaded yet
   */
  public Path file(String packPath) {
    Path file = files.get(packPath);
    if (file == null) {
      throw new NoSuchElementException("\"" + packPath + "\" is not among the loaded assets of " + scene.id());
    }
    return file;
  }
}
