package fi.retki.client.load;

import fi.retki.assets.bake.Manifest;
import fi.retki.assets.bake.Tier;
import fi.retki.client.cache.AssetCache;
import fi.retki.client.net.ServerApi;
import fi.retki.client.net.ServerException;
import java.io.IOException;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.logging.Logger;

/**
 * Loads scenes through the disk cache: the manifest from the server, then every asset the cache
 * lacks, in the manifest's priority order, at most {@link #PARALLEL} at a time. Works with or
 * without a class session (the daycare tour loads the same way).
 *
 * <p>Every manifest fetched is kept in the cache. When the server cannot be reached at all (no
 * answer: refused, timed out, broken off), a kept manifest of the scene whose assets are all in the
 * cache stands in for it (see {@link OfflineChoice}), so a scene shown once on this computer loads
 * from disk alone. When the server answers, its answer counts, errors included: an unknown scene
 * stays unknown.
 *
 * <p>Nothing here blocks the caller: {@link #load} returns at once, the disk work (hashing cached
 * files, writing fetched ones) runs on the executor, the network on the HTTP client's threads.
 */
public final class SceneLoader {
  /** How many assets are fetched at the same time. */
  public static final int PARALLEL = 4;
  /** How many times an asset is fetched before the load gives up (a broken transfer, a bad hash). */
  static final int ATTEMPTS = 3;
  private static final Logger LOG = Logger.getLogger(SceneLoader.class.getName());

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
   * future completes when every asset is in the cache, or fails with a {@link LoadException},
   * a {@link ServerException}, or, when the server cannot be reached and the cache does not hold
   * the whole scene, an {@link OfflineException}, each saying what went wrong.
   *
   * <p>Without the server the scene may load at another tier than {@code tier}, the one the
   * cache holds; {@link LoadedScene#manifest()} tells which.
   */
  public CompletableFuture<LoadedScene> load(String sceneId, Tier tier, LoadListener listener) {
    Objects.requireNonNull(sceneId, "sceneId");
    Objects.requireNonNull(tier, "tier");
    LoadListener heard = listener == null ? LoadListener.NONE : listener;
    return api.manifest(sceneId, tier)
        .handleAsync((manifest, failure) -> failure == null
            ? fetched(sceneId, manifest, heard)
            : withoutServer(sceneId, tier, unwrap(failure), heard), executor)
        .thenCompose(Function.identity());
  }

  /** The server's manifest: kept for later (a failure to keep it does not stop this load), then loaded. */
  private CompletableFuture<LoadedScene> fetched(String sceneId, Manifest manifest, LoadListener listener) {
    try {
      cache.putManifest(manifest);
    } catch (IOException | RuntimeException e) {
      LOG.warning("the manifest of " + sceneId + " could not be kept in " + cache.dir()
          + ", so it will not load without the server: " + e.getMessage());
    }
    return new SceneLoad(sceneId, manifest, api, cache, executor, listener, parallel).start();
  }

  private CompletableFuture<LoadedScene> withoutServer(String sceneId, Tier tier, Throwable failure,
      LoadListener listener) {
    if (!(failure instanceof ServerException unreachable) || unreachable.status() != 0) {
      return CompletableFuture.failedFuture(failure); // the server answered, or our own fault
    }
    Manifest kept;
    try {
      kept = OfflineChoice.choose(cache, sceneId, tier);
    } catch (IOException | RuntimeException e) {
      OfflineException offline = new OfflineException(api.base(), sceneId, unreachable);
      offline.addSuppressed(e);
      return CompletableFuture.failedFuture(offline);
    }
    if (kept == null) {
      return CompletableFuture.failedFuture(new OfflineException(api.base(), sceneId, unreachable));
    }
    LOG.info(sceneId + " (" + kept.tier() + ") loads from the cache in " + cache.dir() + " alone: "
        + unreachable.getMessage());
    return new SceneLoad(sceneId, kept, api, cache, executor, listener, parallel).start();
  }

  private static Throwable unwrap(Throwable failure) {
    return failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
  }
}
