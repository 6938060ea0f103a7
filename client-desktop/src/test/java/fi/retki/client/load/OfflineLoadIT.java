package fi.retki.client.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.retki.assets.bake.Manifest;
import fi.retki.assets.bake.ManifestAsset;
import fi.retki.assets.bake.Tier;
import fi.retki.assets.store.Sha256;
import fi.retki.client.TestServer;
import fi.retki.client.cache.AssetCache;
import fi.retki.client.net.ServerApi;
import fi.retki.client.net.ServerException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Loading without the server: the rainforest is loaded at the low and the high tier from a real
 * server on a loopback port into a cache, the server is stopped, and each test loads from a copy
 * of that cache through a client pointing at the dead port.
 */
class OfflineLoadIT {
  @TempDir
  static Path data;
  /** The cache filled while the server ran: rainforest, low and high. */
  static Path filled;
  /** The stopped server's address. */
  static URI dead;
  static Manifest low;
  static Manifest high;

  @TempDir
  Path cacheDir;
  final ExecutorService executor = Executors.newFixedThreadPool(2);

  @BeforeAll
  static void loadOnce_thenStopTheServer() throws Exception {
    filled = data.resolve("filled-cache");
    ExecutorService executor = Executors.newFixedThreadPool(2);
    try (TestServer server = new TestServer(data.resolve("server"))) {
      dead = server.base();
      SceneLoader loader = new SceneLoader(new ServerApi(dead), AssetCache.open(filled), executor);
      low = loader.load("rainforest", Tier.LOW, null).get(60, TimeUnit.SECONDS).manifest();
      high = loader.load("rainforest", Tier.HIGH, null).get(60, TimeUnit.SECONDS).manifest();
    } finally {
      executor.shutdownNow();
    }
  }

  @BeforeEach
  void copyTheFilledCache() throws Exception {
    try (Stream<Path> files = Files.walk(filled)) {
      for (Path from : files.toList()) {
        Path to = cacheDir.resolve(filled.relativize(from).toString());
        if (Files.isDirectory(from)) {
          Files.createDirectories(to);
        } else {
          Files.copy(from, to);
        }
      }
    }
  }

  @AfterEach
  void shutdown() {
    executor.shutdownNow();
  }

  @Test
  void serverGone_sceneShownBefore_loadsWhollyFromTheCache_downloadingNothing() throws Exception {
    assertThat(cacheDir.resolve(Manifest.storePath("rainforest", Tier.LOW))).isRegularFile();
    ServerApi api = new ServerApi(dead);
    SceneLoaderIT.Recorder recorder = new SceneLoaderIT.Recorder();

    LoadedScene scene = new SceneLoader(api, AssetCache.open(cacheDir), executor)
        .load("rainforest", Tier.LOW, recorder).get(60, TimeUnit.SECONDS);

    assertThat(scene.manifest()).isEqualTo(low);
    assertThat(scene.scene().id()).isEqualTo("rainforest");
    assertThat(scene.files()).hasSize(low.assets().size());
    for (ManifestAsset asset : low.assets()) {
      assertThat(Sha256.of(Files.readAllBytes(scene.file(asset.path())))).as(asset.path()).isEqualTo(asset.sha256());
    }
    assertThat(api.bytesDownloaded()).isZero();
    assertThat(recorder.calls()).containsOnlyOnce("first-view");
    assertThat(recorder.lastFraction).isEqualTo(1.0);
  }

  @Test
  void serverGone_wantedTierNotKept_aLowerKeptTierLoads_beforeAHigherOne() throws Exception {
    LoadedScene scene = new SceneLoader(new ServerApi(dead), AssetCache.open(cacheDir), executor)
        .load("rainforest", Tier.MID, null).get(60, TimeUnit.SECONDS);

    assertThat(scene.manifest()).isEqualTo(low);
    assertThat(scene.files()).hasSize(low.assets().size());
  }

  @Test
  void serverGone_wantedTierPartlyCached_anotherWholeTierLoads() throws Exception {
    Set<String> inHigh = high.assets().stream().map(ManifestAsset::sha256).collect(Collectors.toSet());
    ManifestAsset lowOnly = low.assets().stream().filter(a -> !inHigh.contains(a.sha256())).findFirst().orElseThrow();
    Files.delete(AssetCache.open(cacheDir).file(lowOnly.sha256()));

    LoadedScene scene = new SceneLoader(new ServerApi(dead), AssetCache.open(cacheDir), executor)
        .load("rainforest", Tier.LOW, null).get(60, TimeUnit.SECONDS);

    assertThat(scene.manifest()).isEqualTo(high);
    assertThat(scene.files()).hasSize(high.assets().size());
  }

  @Test
  void serverGone_aBlobMissing_failsSayingConnectOnce() throws Exception {
    ManifestAsset sceneJson = low.assets().stream().filter(a -> a.path().equals("scene.json")).findFirst().orElseThrow();
    Files.delete(AssetCache.open(cacheDir).file(sceneJson.sha256()));
    SceneLoaderIT.Recorder recorder = new SceneLoaderIT.Recorder();

    assertThatThrownBy(() -> new SceneLoader(new ServerApi(dead), AssetCache.open(cacheDir), executor)
        .load("rainforest", Tier.LOW, recorder).get(60, TimeUnit.SECONDS))
        .isInstanceOf(ExecutionException.class).cause()
        .isInstanceOf(OfflineException.class)
        .hasMessage("the server at " + dead + " cannot be reached and the scene rainforest is not fully on this"
            + " computer yet; connect once to download it")
        .hasCauseInstanceOf(ServerException.class);
    assertThat(recorder.calls()).isEmpty();
  }

  @Test
  void serverGone_aBlobCorrupt_failsSayingConnectOnce() throws Exception {
    Path blob = AssetCache.open(cacheDir).file(low.assets().get(0).sha256());
    byte[] bytes = Files.readAllBytes(blob);
    bytes[bytes.length / 2] ^= 0x40;
    Files.write(blob, bytes);

    assertThatThrownBy(() -> new SceneLoader(new ServerApi(dead), AssetCache.open(cacheDir), executor)
        .load("rainforest", Tier.LOW, null).get(60, TimeUnit.SECONDS))
        .cause().isInstanceOf(OfflineException.class).hasMessageContaining("connect once to download it");
  }

  @Test
  void serverGone_sceneNeverShown_failsSayingConnectOnce() throws Exception {
    assertThatThrownBy(() -> new SceneLoader(new ServerApi(dead), AssetCache.open(cacheDir), executor)
        .load("sea-floor", Tier.LOW, null).get(60, TimeUnit.SECONDS))
        .cause().isInstanceOf(OfflineException.class)
        .hasMessageContaining("the server at " + dead + " cannot be reached and the scene sea-floor is not fully");
  }

  @Test
  void serverUp_unknownScene_staysA404_evenWithAManifestKeptForIt() throws Exception {
    AssetCache cache = AssetCache.open(cacheDir);
    cache.putManifest(new Manifest(Manifest.FORMAT, "atlantis", "low", low.totalBytes(), low.assets()));
    try (TestServer server = new TestServer(data.resolve("server"))) {
      ServerApi api = new ServerApi(server.base());

      assertThatThrownBy(() -> new SceneLoader(api, cache, executor).load("atlantis", Tier.LOW, null)
          .get(60, TimeUnit.SECONDS))
          .cause().isInstanceOf(ServerException.class)
          .hasMessageContaining("answered 404")
          .satisfies(e -> assertThat(((ServerException) e).status()).isEqualTo(404));
    }
  }

  @Test
  void serverUp_loadKeepsTheManifestItFetched() throws Exception {
    assertThat(List.of(Tier.LOW, Tier.HIGH)).allSatisfy(tier ->
        assertThat(AssetCache.open(filled).manifest("rainforest", tier)).isEqualTo(tier == Tier.LOW ? low : high));
    assertThat(AssetCache.open(filled).manifest("rainforest", Tier.MID)).isNull();
  }
}
