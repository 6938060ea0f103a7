package fi.retki.client.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.retki.assets.bake.Manifest;
import fi.retki.assets.bake.ManifestAsset;
import fi.retki.assets.bake.Tier;
import fi.retki.assets.store.CorruptBlobException;
import fi.retki.assets.store.Sha256;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AssetCacheTest {
  private static final byte[] KAPOK = "a kapok tree, in GLB".getBytes(StandardCharsets.UTF_8);
  private static final String KAPOK_SHA = Sha256.of(KAPOK);

  @TempDir
  Path dir;

  @Test
  void put_thenHasReadAndFile() throws Exception {
    AssetCache cache = AssetCache.open(dir);
    assertThat(cache.has(KAPOK_SHA)).isFalse();

    cache.put(KAPOK_SHA, KAPOK);

    assertThat(cache.has(KAPOK_SHA)).isTrue();
    assertThat(cache.read(KAPOK_SHA)).isEqualTo(KAPOK);
    assertThat(Files.readAllBytes(cache.file(KAPOK_SHA))).isEqualTo(KAPOK);
    assertThat(cache.file(KAPOK_SHA)).startsWith(dir);
  }

  @Test
  void reopenedCache_hasWhatWasPutBefore() throws Exception {
    AssetCache.open(dir).put(KAPOK_SHA, KAPOK);

    AssetCache again = AssetCache.open(dir);

    assertThat(again.has(KAPOK_SHA)).isTrue();
    assertThat(again.read(KAPOK_SHA)).isEqualTo(KAPOK);
  }

  @Test
  void put_bytesOfAnotherHash_areRefusedAndNotStored() throws Exception {
    AssetCache cache = AssetCache.open(dir);
    byte[] other = "something else".getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> cache.put(KAPOK_SHA, other))
        .isInstanceOf(CorruptBlobException.class)
        .hasMessageContaining(KAPOK_SHA).hasMessageContaining(Sha256.of(other));
    assertThat(cache.has(KAPOK_SHA)).isFalse();
    assertThat(cache.has(Sha256.of(other))).isFalse();
  }

  @Test
  void put_notASha256_isRefused() throws Exception {
    AssetCache cache = AssetCache.open(dir);

    assertThatThrownBy(() -> cache.put("kapok", KAPOK)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"kapok\" is not a sha256");
  }

  @Test
  void read_missing_isNoSuchFile() throws Exception {
    AssetCache cache = AssetCache.open(dir);

    assertThatThrownBy(() -> cache.read(KAPOK_SHA)).isInstanceOf(NoSuchFileException.class)
        .hasMessageContaining("not in the cache");
  }

  @Test
  void corruptBlob_isDeletedAndReportedMissing() throws Exception {
    AssetCache.open(dir).put(KAPOK_SHA, KAPOK);
    AssetCache cache = AssetCache.open(dir); // as after a restart: nothing verified yet
    Path file = dir.resolve("blobs").resolve(KAPOK_SHA.substring(0, 2)).resolve(KAPOK_SHA);
    byte[] flipped = KAPOK.clone();
    flipped[3] ^= 1;
    Files.write(file, flipped);

    assertThatThrownBy(() -> cache.file(KAPOK_SHA)).isInstanceOf(NoSuchFileException.class)
        .hasMessageContaining("corrupt");
    assertThat(file).doesNotExist();
    assertThat(cache.has(KAPOK_SHA)).isFalse();

    cache.put(KAPOK_SHA, KAPOK);
    assertThat(cache.read(KAPOK_SHA)).isEqualTo(KAPOK);
  }

  @Test
  void put_overACorruptCopyOfTheSameSize_replacesIt() throws Exception {
    AssetCache.open(dir).put(KAPOK_SHA, KAPOK);
    Path file = dir.resolve("blobs").resolve(KAPOK_SHA.substring(0, 2)).resolve(KAPOK_SHA);
    byte[] flipped = KAPOK.clone();
    flipped[0] ^= 1;
    Files.write(file, flipped);
    AssetCache cache = AssetCache.open(dir);

    cache.put(KAPOK_SHA, KAPOK);

    assertThat(Files.readAllBytes(file)).isEqualTo(KAPOK);
  }

  @Test
  void defaultDir_isUnderTheUsersHome() {
    assertThat(AssetCache.defaultDir()).isEqualTo(Path.of(System.getProperty("user.home"), ".retki", "cache"));
  }

  @Test
  void keptManifest_isThereAfterAReopen_whereAServerStoreKeepsIt() throws Exception {
    Manifest manifest = manifest("rainforest", "mid");
    AssetCache.open(dir).putManifest(manifest);

    AssetCache again = AssetCache.open(dir);

    assertThat(again.manifest("rainforest", Tier.MID)).isEqualTo(manifest);
    assertThat(dir.resolve("manifests/rainforest/mid.json")).isRegularFile();
    assertThat(again.manifest("rainforest", Tier.LOW)).isNull();
    assertThat(again.manifest("sea-floor", Tier.MID)).isNull();
  }

  @Test
  void keptManifest_replacesTheOneBefore() throws Exception {
    AssetCache cache = AssetCache.open(dir);
    cache.putManifest(manifest("rainforest", "low"));
    Manifest newer = new Manifest(Manifest.FORMAT, "rainforest", "low", 7, List.of());

    cache.putManifest(newer);

    assertThat(cache.manifest("rainforest", Tier.LOW)).isEqualTo(newer);
  }

  @Test
  void putManifest_ofABadSceneIdOrTier_isRefused() throws Exception {
    AssetCache cache = AssetCache.open(dir);

    assertThatThrownBy(() -> cache.putManifest(manifest("../blobs", "low"))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"../blobs\"");
    assertThatThrownBy(() -> cache.putManifest(manifest("rainforest", "ultra")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"ultra\"");
  }

  @Test
  void keptManifest_unreadableOrOfAnotherScene_countsAsNone() throws Exception {
    AssetCache cache = AssetCache.open(dir);
    Files.createDirectories(dir.resolve("manifests/rainforest"));
    Files.writeString(dir.resolve("manifests/rainforest/low.json"), "{\"format\": 1, \"scene\": ");
    cache.putManifest(manifest("sea-floor", "low"));
    Files.copy(dir.resolve("manifests/sea-floor/low.json"), dir.resolve("manifests/rainforest/mid.json"));

    assertThat(cache.manifest("rainforest", Tier.LOW)).isNull();
    assertThat(cache.manifest("rainforest", Tier.MID)).isNull();
    assertThat(cache.manifest("../blobs", Tier.LOW)).isNull();
  }

  private static Manifest manifest(String scene, String tier) {
    return new Manifest(Manifest.FORMAT, scene, tier, KAPOK.length,
        List.of(new ManifestAsset("models/kapok.glb", KAPOK_SHA, KAPOK.length, "model/gltf-binary", 0, true)));
  }
}
