package fi.retki.client.load;

import fi.retki.assets.bake.Tier;
import fi.retki.client.cache.AssetCache;
import fi.retki.client.net.ServerApi;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * Loads scenes through the disk cache: the manifest from the server, then every asset the cache
 * lacks, in the manifest's priority order, at most {@link #PARALLEL} at a time. Works with or
 * without a class session (the daycare tour loads the same way).
 *
 * <p>Nothing here blocks the caller: {@link #load} returns at once, the disk work (hashing cached
 * files, writing fetched ones) runs on the executor, the network on the HTTP client's threads.
 */
public final class SceneLoader {
  /** How many assets are fetched at the same time. */
  public static final int PARALLEL = 4;
  /** How many times an asset is fetched before the load gives up (a broken transfer, a bad hash). */
  static final int ATTEMPTS = 3;

  private final ServerApi api;
  private final AssetCache cache;
  private final Executor executor;
  private final int parallel;

  /**
   * @param executor runs the disk work and the listener's calls; e.g. a small fixed pool, or
   *     {@code ForkJoinPool.commonPool()} — never the render thread
   */
  public SceneLoader(ServerApi api, AssetCache cache, Executor executor) {
    this(api, cache, executor, PARALLEL);
  }

  /** As above, fetching at most {@code parallel} assets at a time (1 makes the order exact, for tests). */
  SceneLoader(ServerApi api, AssetCache cache, Executor executor, int parallel) {
    if (parallel < 1) {
      throw new IllegalArgumentException("parallel must be at least 1");
    }
    this.api = Objects.requireNonNull(api, "api");
    this.cache = Objects.requireNonNull(cache, "cache");
    this.executor = Objects.requireNonNull(executor, "executor");
    this.parallel = parallel;
  }

  /**
   * Loads a scene for a tier. The listener hears progress, each asset, and the first view; the
   * future completes when every asset is in the cache, or fails with a {@link LoadException} or
   * {@link fi.retki.client.net.ServerException} saying what went wrong.
   */
  public CompletableFuture<LoadedScene> load(String sceneId, Tier tier, LoadListener listener) {
    Objects.requireNonNull(sceneId, "sceneId");
    Objects.requireNonNull(tier, "tier");
    LoadListener heard = listener == null ? LoadListener.NONE : listener;
    return api.manifest(sceneId, tier)
        .thenComposeAsync(manifest -> new SceneLoad(sceneId, manifest, api, cache, executor, heard, parallel).start(), executor);
  }
}
