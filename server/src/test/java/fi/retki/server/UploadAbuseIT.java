package fi.retki.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Uploads that try to fill the server's memory or disk: refused before their bodies are read. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class UploadAbuseIT extends SignedInServer {
  private static final int FIVE_MB = 5 << 20;
  @Test
  void sixtyUnauthenticatedFiveMegabyteUploadsGet401BeforeTheirBodiesAreRead() throws Exception {
    long heapBefore = usedHeapAfterGc();
    List<RawHttp> uploads = new ArrayList<>();
    ExecutorService senders = Executors.newFixedThreadPool(60);
    AtomicLong sent = new AtomicLong();
    try {
      for (int i = 0; i < 60; i++) {
        RawHttp upload = new RawHttp(port);
        uploads.add(upload);
        upload.send("POST /api/live/snapshots HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: image/png\r\n"
            + "Content-Length: " + FIVE_MB + "\r\n\r\n");
        // The attacker sends everything but the last byte, and holds that.
        senders.execute(() -> sent.addAndGet(sendUntilRefused(upload, FIVE_MB - 1)));
      }
      long started = System.nanoTime();
      for (RawHttp upload : uploads) {
        String answer = upload.read(5_000, 12);
        assertThat(answer).as("an answer without waiting for the body").startsWith("HTTP/1.1 401");
      }
      long answeredMillis = (System.nanoTime() - started) / 1_000_000;
      assertThat(health()).as("/health during the uploads").isEqualTo(200);
      for (RawHttp upload : uploads) {
        assertThat(upload.closesWithin(5_000)).as("the connection is closed after the 401").isTrue();
      }
      senders.shutdown();
      assertThat(senders.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
      long grown = usedHeapAfterGc() - heapBefore;
      System.out.printf("60 unauthenticated 5 MB uploads: every 401 within %d ms; clients got %d MB into sockets;"
          + " heap grew %d MB%n", answeredMillis, sent.get() >> 20, grown >> 20);
      assertThat(grown).as("heap growth, bytes").isLessThan(64L << 20);
      assertThat(health()).as("/health after the uploads").isEqualTo(200);
    } finally {
      senders.shutdownNow();
      for (RawHttp upload : uploads) {
        upload.close();
      }
    }
  }

  @Test
  void aGibibyteUploadGets413AndItsConnectionIsClosedLongBeforeTheEnd() throws Exception {
    String token = pupilToken();
    for (boolean chunked : new boolean[] {false, true}) {
      try (RawHttp upload = new RawHttp(port)) {
        upload.send("POST /api/live/snapshots HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + token
            + "\r\nContent-Type: image/png\r\n"
            + (chunked ? "Transfer-Encoding: chunked\r\n\r\n" : "Content-Length: " + (1L << 30) + "\r\n\r\n"));
        CompletableFuture<Long> sending = CompletableFuture.supplyAsync(
            () -> chunked ? sendChunksUntilRefused(upload, 1L << 30) : sendUntilRefused(upload, 1L << 30));
        String answer = upload.read(10_000, 12);
        assertThat(answer).as(chunked ? "chunked" : "declared").startsWith("HTTP/1.1 413");
        assertThat(upload.closesWithin(10_000)).as("closed after the 413").isTrue();
        long bytes = sending.get(30, TimeUnit.SECONDS);
        System.out.printf("1 GiB upload (%s): 413, connection closed after the client sent %d MB%n",
            chunked ? "chunked" : "Content-Length", bytes >> 20);
        assertThat(bytes).as("bytes the client could send").isLessThan(64L << 20);
      }
    }
    assertThat(health()).isEqualTo(200);
  }

  @Test
  void multipartBodiesAreRefusedAndNothingIsWrittenToTheWorkingDirectory() throws Exception {
    Path uploads = Path.of("file-uploads").toAbsolutePath();
    long before = filesIn(uploads);
    String boundary = "retki-boundary-1";
    byte[] body = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"x.bin\"\r\n"
        + "Content-Type: application/octet-stream\r\n\r\n" + "x".repeat(2000) + "\r\n--" + boundary + "--\r\n")
        .getBytes(StandardCharsets.ISO_8859_1);
    for (String path : List.of("/api/login", "/api/sessions")) {
      for (int i = 0; i < 20; i++) {
        HttpResponse<String> response = LiveClient.HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .header("Cookie", teacher.cookie()).header("X-CSRF-Token", teacher.csrf())
            .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(415);
        assertThat(response.body()).contains("send the body as JSON");
      }
    }
    assertThat(filesIn(uploads)).as("files in " + uploads).isEqualTo(before);
  }

  /** Writes up to {@code total} zero bytes; returns how many went out before the server closed. */
  private static long sendUntilRefused(RawHttp upload, long total) {
    byte[] block = new byte[64 << 10];
    long sent = 0;
    try {
      OutputStream out = upload.socket.getOutputStream();
      while (sent < total) {
        int n = (int) Math.min(block.length, total - sent);
        out.write(block, 0, n);
        sent += n;
      }
    } catch (IOException closedByServer) {
      // what a refused upload should meet
    }
    return sent;
  }

  private static long sendChunksUntilRefused(RawHttp upload, long total) {
    byte[] block = new byte[64 << 10];
    byte[] head = (Integer.toHexString(block.length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1);
    byte[] tail = "\r\n".getBytes(StandardCharsets.ISO_8859_1);
    long sent = 0;
    try {
      OutputStream out = upload.socket.getOutputStream();
      while (sent < total) {
        out.write(head);
        out.write(block);
        out.write(tail);
        sent += block.length;
      }
    } catch (IOException closedByServer) {
      // what a refused upload should meet
    }
    return sent;
  }

  private static String pupilToken() throws Exception {
    JsonNode session = teacher.start(port, "school-yard");
    try (LiveClient aino = new LiveClient(port)) {
      return aino.join(session.path("code").asText(), "Aino").path("token").asText();
    }
  }

  private static int health() throws Exception {
    long started = System.nanoTime();
    int status = LiveClient.HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health"))
        .timeout(java.time.Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString()).statusCode();
    assertThat((System.nanoTime() - started) / 1_000_000).as("/health millis").isLessThan(1_000);
    return status;
  }

  private static long usedHeapAfterGc() {
    System.gc();
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private static long filesIn(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return 0;
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.count();
    }
  }
}
