package fi.retki.client.load;

import fi.retki.assets.bake.Manifest;
import fi.retki.assets.bake.ManifestAsset;
import fi.retki.client.cache.AssetCache;
import fi.retki.client.net.ServerApi;
import fi.retki.scenes.Problem;
import fi.retki.scenes.Scene;
import fi.retki.scenes.SceneReader;
import fi.retki.scenes.SceneReading;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

/**
 * One scene being loaded.
 *
 * <p>First a pass over the manifest in priority order takes what the cache already has (each file
 * hashed), so a second load fetches nothing and reports those bytes as done at once. The rest is
 * fetched by a few chains ({@link SceneLoader#PARALLEL}), each taking the next asset in priority order
 * when its previous one is stored. State changes happen under this object's lock; listener
 * calls are made under it too, so a listener hears one call at a time, in order.
 */
final class SceneLoad {
  private final String sceneId;
  private final Manifest manifest;
  private final ServerApi api;
  private final AssetCache cache;
  private final Executor executor;
  private final LoadListener listener;
  private final int parallel;
  private final CompletableFuture<LoadedScene> done = new CompletableFuture<>();

  private final Map<String, Path> files = new LinkedHashMap<>();
  private final List<ManifestAsset> toFetch = new ArrayList<>();
  private final Set<String> packFiles = new LinkedHashSet<>();
  private int nextFetch;
  private int firstViewMissing;
  private int missing;
  private long bytesDone;
  private Scene scene;
  private boolean firstViewTold;

  SceneLoad(String sceneId, Manifest manifest, ServerApi api, AssetCache cache, Executor executor, LoadListener listener,
      int parallel) {
    this.sceneId = sceneId;
    this.manifest = manifest;
    this.api = api;
    this.cache = cache;
    this.executor = executor;
    this.listener = listener;
    this.parallel = parallel;
  }

  /** Runs on the executor. */
  CompletableFuture<LoadedScene> start() {
    try {
      List<ManifestAsset> assets = new ArrayList<>(manifest.assets());
      assets.sort(Comparator.comparingInt(ManifestAsset::priority));
      assets.forEach(a -> packFiles.add(a.path()));
      boolean hasSceneJson = packFiles.contains("scene.json");
      if (!hasSceneJson) {
        throw new LoadException("the manifest of " + sceneId + " lists no scene.json", null);
      }
      synchronized (this) {
        missing = assets.size();
        firstViewMissing = (int) assets.stream().filter(ManifestAsset::firstView).count();
        listener.progress(fraction(), 0, manifest.totalBytes());
      }
      for (ManifestAsset asset : assets) {
        if (done.isDone()) {
          return done;
        }
        Path file = cached(asset);
        if (file != null) {
          ready(asset, file);
        } else {
          toFetch.add(asset);
        }
      }
      for (int i = 0; i < parallel; i++) {
        fetchNext();
      }
    } catch (IOException | RuntimeException e) {
      fail(e);
    }
    return done;
  }

  private Path cached(ManifestAsset asset) throws IOException {
    if (!cache.has(asset.sha256())) {
      return null;
    }
    try {
      return cache.file(asset.sha256());
    } catch (NoSuchFileException e) {
      return null; // was corrupt, now deleted: fetch it
    }
  }

  private void fetchNext() {
    ManifestAsset asset;
    synchronized (this) {
      if (done.isDone() || nextFetch >= toFetch.size()) {
        return;
      }
      asset = toFetch.get(nextFetch++);
    }
    fetch(asset, 1);
  }

  private void fetch(ManifestAsset asset, int attempt) {
    api.asset(asset.sha256()).thenAcceptAsync(bytes -> {
      try {
        cache.put(asset.sha256(), bytes);
        ready(asset, cache.file(asset.sha256()));
        fetchNext();
      } catch (LoadException e) {
        fail(e);
      } catch (IOException e) {
        retryOrFail(asset, attempt, e);
      } catch (RuntimeException e) {
        fail(e);
      }
    }, executor).exceptionally(failure -> {
      Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
      retryOrFail(asset, attempt, cause);
      return null;
    });
  }

  private void retryOrFail(ManifestAsset asset, int attempt, Throwable cause) {
    if (done.isDone()) {
      return;
    }
    if (attempt < SceneLoader.ATTEMPTS && !(cause instanceof IllegalArgumentException)) {
      fetch(asset, attempt + 1);
    } else if (cause instanceof fi.retki.client.net.ServerException) {
      fail(cause);
    } else {
      fail(new LoadException("could not load " + asset.path() + " of " + sceneId + ": " + cause.getMessage(), cause));
    }
  }

  private synchronized void ready(ManifestAsset asset, Path file) throws IOException {
    if (done.isDone()) {
      return;
    }
    files.put(asset.path(), file);
    bytesDone += asset.size();
    missing--;
    if (asset.firstView()) {
      firstViewMissing--;
    }
    if (asset.path().equals("scene.json")) {
      scene = readScene(asset);
    }
    listener.assetReady(asset, file);
    listener.progress(fraction(), bytesDone, manifest.totalBytes());
    if (scene != null && !firstViewTold && (firstViewMissing == 0 || missing == 0)) {
      firstViewTold = true;
      listener.firstViewReady(new LoadedScene(scene, manifest, inOrder()));
    }
    if (missing == 0) {
      done.complete(new LoadedScene(scene, manifest, inOrder()));
    }
  }

  private Scene readScene(ManifestAsset asset) throws IOException {
    SceneReading reading = SceneReader.read("scene.json", cache.read(asset.sha256()), packFiles, sceneId);
    if (!reading.ok()) {
      StringBuilder message = new StringBuilder("the server's scene " + sceneId + " cannot be shown:");
      for (Problem problem : reading.problems()) {
        message.append("\n  ").append(problem);
      }
      throw new LoadException(message.toString(), null);
    }
    return reading.scene();
  }

  /** The files so far, in the manifest's order. */
  private Map<String, Path> inOrder() {
    Map<String, Path> ordered = new LinkedHashMap<>();
    for (ManifestAsset asset : manifest.assets()) {
      Path file = files.get(asset.path());
      if (file != null) {
        ordered.put(asset.path(), file);
      }
    }
    return ordered;
  }

  private double fraction() {
    long total = manifest.totalBytes();
    return total <= 0 ? (missing == 0 ? 1 : 0) : Math.min(1, (double) bytesDone / total);
  }

  private void fail(Throwable cause) {
    done.completeExceptionally(cause);
  }
}
