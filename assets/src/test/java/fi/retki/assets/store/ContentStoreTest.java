package fi.retki.assets.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentStoreTest {
  @TempDir Path root;

  private static final byte[] HELLO = "hello, retki\n".getBytes(StandardCharsets.UTF_8);

  @Test
  void aBlobIsNamedByItsSha256UnderATwoLetterFolder() throws Exception {
    ContentStore store = ContentStore.open(root);
    BlobRef blob = store.put(HELLO);
    assertThat(blob.sha256()).isEqualTo(Sha256.of(HELLO)).hasSize(64);
    assertThat(blob.size()).isEqualTo(HELLO.length);
    assertThat(store.path(blob.sha256()))
        .isEqualTo(root.resolve("blobs").resolve(blob.sha256().substring(0, 2)).resolve(blob.sha256()));
    assertThat(store.read(blob.sha256())).isEqualTo(HELLO);
    assertThat(store.has(blob.sha256())).isTrue();
    assertThat(store.size(blob.sha256())).isEqualTo(HELLO.length);
  }

  @Test
  void aBlobAlreadyThereIsNotWrittenAgain() throws Exception {
    ContentStore store = ContentStore.open(root);
    store.put(HELLO);
    store.put(HELLO);
    store.put(HELLO.clone());
    assertThat(store.writes()).isEqualTo(1);
  }

  @Test
  void aCorruptBlobIsNeverReturned() throws Exception {
    ContentStore store = ContentStore.open(root);
    BlobRef blob = store.put(HELLO);
    byte[] flipped = HELLO.clone();
    flipped[0] ^= 1;
    Files.write(store.path(blob.sha256()), flipped);
    assertThatThrownBy(() -> store.read(blob.sha256()))
        .isInstanceOf(CorruptBlobException.class)
        .hasMessageStartingWith("blob " + blob.sha256() + " is corrupt");
  }

  @Test
  void aMalformedHashIsRefused() throws Exception {
    ContentStore store = ContentStore.open(root);
    assertThatThrownBy(() -> store.path("../../etc/passwd")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> store.path(Sha256.of(HELLO).toUpperCase())).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void writesLeaveNoTemporaryFilesBehind() throws Exception {
    ContentStore store = ContentStore.open(root);
    for (int i = 0; i < 20; i++) {
      store.put(("blob " + i).getBytes(StandardCharsets.UTF_8));
    }
    try (Stream<Path> tmp = Files.list(root.resolve("tmp"))) {
      assertThat(tmp).isEmpty();
    }
  }

  @Test
  void aNamedFileIsRewrittenOnlyWhenItChanges() throws Exception {
    ContentStore store = ContentStore.open(root);
    assertThat(store.writeFile("manifests/pond/mid.json", HELLO)).isTrue();
    assertThat(store.writeFile("manifests/pond/mid.json", HELLO)).isFalse();
    assertThat(store.writeFile("manifests/pond/mid.json", "other".getBytes())).isTrue();
    assertThat(store.readFile("manifests/pond/mid.json")).isEqualTo("other".getBytes());
    assertThat(store.readFile("manifests/pond/low.json")).isNull();
    assertThat(store.writes()).isEqualTo(2);
    assertThatThrownBy(() -> store.writeFile("../outside.json", HELLO)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> store.writeFile("manifests/../blobs/ab/x", HELLO))
        .as("a name that only reaches the blobs after normalizing").isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> store.readFile("manifests/../tmp/x")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void manyThreadsPuttingTheSameBlobLeaveOneGoodCopy() throws Exception {
    ContentStore store = ContentStore.open(root);
    byte[] data = new byte[1 << 20];
    new java.util.Random(7).nextBytes(data);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<BlobRef>> puts = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        puts.add(pool.submit(() -> store.put(data)));
      }
      for (Future<BlobRef> put : puts) {
        assertThat(put.get().sha256()).isEqualTo(Sha256.of(data));
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(store.read(Sha256.of(data))).isEqualTo(data);
  }

  @Test
  void delete_removesABlobThatNoNamedFileMentions() throws Exception {
    ContentStore store = ContentStore.open(root);
    BlobRef blob = store.put(HELLO);
    assertThat(store.delete(blob.sha256())).isTrue();
    assertThat(store.has(blob.sha256())).isFalse();
    assertThat(store.delete(blob.sha256())).as("gone already").isFalse();
  }

  @Test
  void delete_keepsABlobThatAManifestNames() throws Exception {
    ContentStore store = ContentStore.open(root);
    BlobRef asset = store.put(HELLO);
    BlobRef loose = store.put("a snapshot".getBytes(StandardCharsets.UTF_8));
    store.writeFile("manifests/yard/mid.json",
        ("{\"assets\":[{\"sha256\":\"" + asset.sha256() + "\"}]}").getBytes(StandardCharsets.UTF_8));

    assertThat(store.delete(List.of(asset.sha256(), loose.sha256()))).containsExactly(loose.sha256());
    assertThat(store.has(asset.sha256())).as("a scene's asset is never deleted").isTrue();
    assertThat(store.read(asset.sha256())).isEqualTo(HELLO);
    assertThat(store.has(loose.sha256())).isFalse();
  }
}
