package fi.retki.client.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.retki.assets.store.CorruptBlobException;
import fi.retki.assets.store.Sha256;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
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
}
