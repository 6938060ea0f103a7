package fi.retki.client.load;

import static org.assertj.core.api.Assertions.assertThat;

import fi.retki.assets.bake.Manifest;
import fi.retki.assets.bake.ManifestAsset;
import fi.retki.assets.bake.Tier;
import fi.retki.assets.store.Sha256;
import fi.retki.client.TestServer;
import fi.retki.client.cache.AssetCache;
import fi.retki.client.net.ServerApi;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SceneLoaderIT {
  @TempDir
  static Path data;
  static TestServer server;

  @TempDir
  Path cacheDir;
  final ExecutorService executor = Executors.newFixedThreadPool(2);

  @BeforeAll
  static void start() throws Exception {
    server = new TestServer(data);
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
  }

  @AfterEach
  void shutdown() {
    executor.shutdownNow();
  }

  @Test
  void oneAtATime_assetsArriveInPriorityOrder_firstViewBeforeTheRest() throws Exception {
    ServerApi api = new ServerApi(server.base());
    Recorder recorder = new Recorder();

    LoadedScene scene = new SceneLoader(api, AssetCache.open(cacheDir), executor, 1)
        .load("rainforest", Tier.LOW, recorder).get(60, TimeUnit.SECONDS);

    Manifest manifest = scene.manifest();
    List<String> inPriorityOrder = manifest.assets().stream()
        .sorted(java.util.Comparator.comparingInt(ManifestAsset::priority)).map(ManifestAsset::path).toList();
    assertThat(recorder.ready()).containsExactlyElementsOf(inPriorityOrder);
    long firstViews = manifest.assets().stream().filter(ManifestAsset::firstView).count();
    assertThat(firstViews).isPositive().isLessThan(manifest.assets().size());
    assertThat(recorder.calls()).containsSubsequence("ready " + inPriorityOrder.get(0), "first-view",
        "ready " + inPriorityOrder.get(inPriorityOrder.size() - 1));
    assertThat(recorder.readyAtFirstView).isEqualTo(firstViews);
    assertThat(recorder.partial.files()).hasSize((int) firstViews);
    assertThat(recorder.partial.scene().id()).isEqualTo("rainforest");
  }

  @Test
  void load_fetchesEveryAsset_checkedIntoTheCache() throws Exception {
    ServerApi api = new ServerApi(server.base());
    Recorder recorder = new Recorder();

    LoadedScene scene = new SceneLoader(api, AssetCache.open(cacheDir), executor)
        .load("rainforest", Tier.LOW, recorder).get(60, TimeUnit.SECONDS);

    Manifest manifest = scene.manifest();
    assertThat(scene.scene().id()).isEqualTo("rainforest");
    assertThat(scene.files()).hasSize(manifest.assets().size());
    for (ManifestAsset asset : manifest.assets()) {
      assertThat(Sha256.of(Files.readAllBytes(scene.file(asset.path())))).as(asset.path()).isEqualTo(asset.sha256());
    }
    assertThat(api.bytesDownloaded()).isEqualTo(manifest.totalBytes());
    assertThat(recorder.calls()).containsOnlyOnce("first-view");
    assertThat(recorder.lastFraction).isEqualTo(1.0);
    assertThat(recorder.readyAtFirstView).isLessThan(manifest.assets().size());
  }

  @Test
  void secondLoad_sameCache_downloadsNothing_evenAfterARestart() throws Exception {
    ServerApi api = new ServerApi(server.base());
    new SceneLoader(api, AssetCache.open(cacheDir), executor).load("rainforest", Tier.LOW, null)
        .get(60, TimeUnit.SECONDS);
    long afterFirst = api.bytesDownloaded();
    assertThat(afterFirst).isPositive();

    AssetCache cache = AssetCache.open(cacheDir);
    SceneLoader loader = new SceneLoader(api, cache, executor);
    Recorder second = new Recorder();
    LoadedScene again = loader.load("rainforest", Tier.LOW, second).get(60, TimeUnit.SECONDS);
    assertThat(api.bytesDownloaded() - afterFirst).isZero();
    assertThat(again.files()).hasSize(again.manifest().assets().size());
    assertThat(second.calls()).contains("first-view");

    loader.load("rainforest", Tier.LOW, null).get(60, TimeUnit.SECONDS);
    assertThat(api.bytesDownloaded() - afterFirst).isZero();

    ServerApi restarted = new ServerApi(server.base());
    new SceneLoader(restarted, AssetCache.open(cacheDir), executor).load("rainforest", Tier.LOW, null)
        .get(60, TimeUnit.SECONDS);
    assertThat(restarted.bytesDownloaded()).isZero();
  }

  @Test
  void corruptCachedAsset_isFetchedAgain_andNothingElse() throws Exception {
    ServerApi api = new ServerApi(server.base());
    LoadedScene first = new SceneLoader(api, AssetCache.open(cacheDir), executor)
        .load("rainforest", Tier.LOW, null).get(60, TimeUnit.SECONDS);
    ManifestAsset victim = first.manifest().assets().get(first.manifest().assets().size() - 1);
    Path file = first.file(victim.path());
    byte[] bytes = Files.readAllBytes(file);
    bytes[bytes.length / 2] ^= 0x40;
    Files.write(file, bytes);
    long before = api.bytesDownloaded();

    LoadedScene again = new SceneLoader(api, AssetCache.open(cacheDir), executor)
        .load("rainforest", Tier.LOW, null).get(60, TimeUnit.SECONDS);

    assertThat(api.bytesDownloaded() - before).isEqualTo(victim.size());
    assertThat(Sha256.of(Files.readAllBytes(again.file(victim.path())))).isEqualTo(victim.sha256());
  }

  @Test
  void cachedAssets_countAsDoneAtOnce() throws Exception {
    ServerApi api = new ServerApi(server.base());
    AssetCache cache = AssetCache.open(cacheDir);
    new SceneLoader(api, cache, executor).load("rainforest", Tier.LOW, null).get(60, TimeUnit.SECONDS);
    Recorder recorder = new Recorder();

    new SceneLoader(api, cache, executor).load("rainforest", Tier.LOW, recorder).get(60, TimeUnit.SECONDS);

    assertThat(recorder.fractions).startsWith(0.0).endsWith(1.0).isSorted();
  }

  /** Remembers the listener's calls, in order. */
  static final class Recorder implements LoadListener {
    private final List<String> calls = Collections.synchronizedList(new ArrayList<>());
    final List<Double> fractions = Collections.synchronizedList(new ArrayList<>());
    volatile double lastFraction = -1;
    volatile int readyAtFirstView = -1;
    volatile LoadedScene partial;
    private int readyCount;

    @Override
    public void progress(double fraction, long bytesDone, long bytesTotal) {
      fractions.add(fraction);
      lastFraction = fraction;
    }

    @Override
    public void assetReady(ManifestAsset asset, Path file) {
      readyCount++;
      calls.add("ready " + asset.path());
    }

    @Override
    public void firstViewReady(LoadedScene scene) {
      readyAtFirstView = readyCount;
      partial = scene;
      calls.add("first-view");
    }

    List<String> calls() {
      return List.copyOf(calls);
    }

    List<String> ready() {
      return calls().stream().filter(c -> c.startsWith("ready ")).map(c -> c.substring(6)).toList();
    }
  }
}
