package fi.retki.server.assets;

import static org.assertj.core.api.Assertions.assertThat;

import fi.retki.server.cache.BlobCache;
import fi.retki.server.http.HttpMetrics;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The asset route on a real server and socket, with real files. */
class AssetHandlerIT {
  @TempDir static Path dir;
  static Vertx vertx;
  static HttpServer server;
  static HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  static final Map<String, BlobInfo> blobs = new HashMap<>();
  static final AtomicInteger diskReads = new AtomicInteger();
  static byte[] small;
  static byte[] large;
  static String smallSha;
  static String largeSha;

  @BeforeAll
  static void start() throws Exception {
    small = bytes(40_000, 1);
    large = bytes(3_000_000, 2);
    smallSha = put(small, "image/png");
    largeSha = put(large, "model/gltf-binary");
    vertx = Vertx.vertx();
    BlobCache cache =
        new BlobCache(
            1 << 24,
            sha ->
                CompletableFuture.supplyAsync(
                    () -> {
                      diskReads.incrementAndGet();
                      try {
                        byte[] data = Files.readAllBytes(blobs.get(sha).file());
                        ByteBuf buf = Unpooled.directBuffer(data.length, data.length);
                        return buf.writeBytes(data);
                      } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                      }
                    }),
            Runnable::run);
    AssetHandler handler = new AssetHandler(vertx, blobs::get, cache, 1_000_000, new HttpMetrics(), new UnreadableBlobs());
    server = vertx.createHttpServer().requestHandler(handler).listen(0, "127.0.0.1")
        .await(10, TimeUnit.SECONDS);
  }

  @AfterAll
  static void stop() throws Exception {
    vertx.close().await(10, TimeUnit.SECONDS);
  }

  private static byte[] bytes(int size, long seed) {
    byte[] data = new byte[size];
    new Random(seed).nextBytes(data);
    return data;
  }

  private static String put(byte[] data, String type) throws Exception {
    String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
    Path file = dir.resolve(sha);
    Files.write(file, data);
    blobs.put(sha, BlobInfo.of(sha, data.length, type, file));
    return sha;
  }

  private static HttpResponse<byte[]> get(String path, String... headers) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.actualPort() + path));
    if (headers.length > 0) {
      request.headers(headers);
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  @Test
  void aCachedAssetComesWithItsTypeAndImmutableCaching() throws Exception {
    HttpResponse<byte[]> response = get("/assets/" + smallSha);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo(small);
    assertThat(response.headers().firstValue("content-type")).hasValue("image/png");
    assertThat(response.headers().firstValue("etag")).hasValue('"' + smallSha + '"');
    assertThat(response.headers().firstValue("cache-control")).hasValue("public, max-age=31536000, immutable");
    assertThat(response.headers().firstValue("accept-ranges")).hasValue("bytes");
  }

  @Test
  void aLargeAssetGoesByFileTransferWithTheSameHeaders() throws Exception {
    HttpResponse<byte[]> response = get("/assets/" + largeSha);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo(large);
    assertThat(response.headers().firstValue("content-type")).hasValue("model/gltf-binary");
    HttpResponse<byte[]> part = get("/assets/" + largeSha, "Range", "bytes=1000000-1000099");
    assertThat(part.statusCode()).isEqualTo(206);
    assertThat(part.body()).isEqualTo(java.util.Arrays.copyOfRange(large, 1_000_000, 1_000_100));
  }

  @Test
  void aKnownEtagGets304WithoutABody() throws Exception {
    HttpResponse<byte[]> response = get("/assets/" + smallSha, "If-None-Match", "\"abc\", \"" + smallSha + '"');
    assertThat(response.statusCode()).isEqualTo(304);
    assertThat(response.body()).isEmpty();
    assertThat(response.headers().firstValue("etag")).hasValue('"' + smallSha + '"');
  }

  @Test
  void aByteRangeGets206AndAnUnsatisfiableOne416() throws Exception {
    HttpResponse<byte[]> part = get("/assets/" + smallSha, "Range", "bytes=100-199");
    assertThat(part.statusCode()).isEqualTo(206);
    assertThat(part.headers().firstValue("content-range")).hasValue("bytes 100-199/40000");
    assertThat(part.body()).isEqualTo(java.util.Arrays.copyOfRange(small, 100, 200));

    HttpResponse<byte[]> none = get("/assets/" + smallSha, "Range", "bytes=40000-");
    assertThat(none.statusCode()).isEqualTo(416);
    assertThat(none.headers().firstValue("content-range")).hasValue("bytes */40000");
    assertThat(none.headers().firstValue("content-type")).hasValue("application/problem+json");
  }

  @Test
  void headGivesTheHeadersAndLengthWithoutTheBytes() throws Exception {
    HttpRequest head = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.actualPort() + "/assets/" + smallSha))
        .method("HEAD", HttpRequest.BodyPublishers.noBody()).build();
    HttpResponse<byte[]> response = client.send(head, HttpResponse.BodyHandlers.ofByteArray());
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("content-length")).hasValue("40000");
    assertThat(response.body()).isEmpty();
  }

  @Test
  void aMalformedHashIs400AndAnUnknownOne404AsProblems() throws Exception {
    HttpResponse<byte[]> bad = get("/assets/not-a-hash");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.headers().firstValue("content-type")).hasValue("application/problem+json");
    assertThat(new String(bad.body())).contains("\"status\":400").contains("not-a-hash").doesNotContain("Exception");

    HttpResponse<byte[]> unknown = get("/assets/" + "0".repeat(64));
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(new String(unknown.body())).contains("no asset has the hash " + "0".repeat(64));
  }

  @Test
  void thirtyPupilsAskingForOneColdAssetCauseOneDiskRead() throws Exception {
    byte[] data = bytes(200_000, 3);
    String sha = put(data, "image/jpeg");
    int before = diskReads.get();
    HttpClient[] pupils = new HttpClient[30];
    CompletableFuture<?>[] answers = new CompletableFuture<?>[30];
    for (int i = 0; i < 30; i++) {
      pupils[i] = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
      answers[i] = pupils[i].sendAsync(
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.actualPort() + "/assets/" + sha)).build(),
          HttpResponse.BodyHandlers.ofByteArray())
          .thenAccept(r -> assertThat(r.body()).isEqualTo(data));
    }
    CompletableFuture.allOf(answers).get(30, TimeUnit.SECONDS);
    assertThat(diskReads.get() - before).isEqualTo(1);
  }
}
