package fi.retki.client.load;

import fi.retki.assets.bake.ManifestAsset;
import java.nio.file.Path;

/**
 * What a {@link SceneLoader} tells while it loads. Called on loader threads (the executor given
 * to the loader), one call at a time per load; an app hops to its render thread itself (in jME,
 * {@code app.enqueue}). Every method does nothing unless overridden.
 */
public interface LoadListener {
  /** A listener that ignores everything. */
  LoadListener NONE = new LoadListener() {};

  /**
   * How far loading is. Assets already in the cache count as done at once.
   *
   * @param fraction {@code bytesDone / bytesTotal}, from 0 to 1 (1 for an empty manifest)
   */
  default void progress(double fraction, long bytesDone, long bytesTotal) {}

  /** One asset is in the cache, hash checked, at {@code file}. Called in the order assets become ready. */
  default void assetReady(ManifestAsset asset, Path file) {}

  /**
   * Every asset the first view needs (the manifest's {@code firstView} ones, {@code scene.json}
   * among them) is ready: the app can show the scene while the rest streams in. Called once per
   * load, before the load's future completes.
   *
   * @param partial the scene with the files ready so far
   */
  default void firstViewReady(LoadedScene partial) {}
}
