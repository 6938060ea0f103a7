package fi.retki.server;

import static org.assertj.core.api.Assertions.assertThat;

import fi.retki.server.config.Limits;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A pupil whose share of a busy link is small reads a large asset for longer than the idle
 * timeout: bytes leaving the server are activity, so the asset arrives whole.
 */
class SlowReaderIT {
  @TempDir Path dataDir;

  @Test
  @Timeout(120)
  void aLargeAssetReadSlowerThanTheIdleTimeoutArrivesWhole() throws Exception {
    // One cached write per asset (zeroCopyAbove over every blob), an idle timeout of 1 s.
    try (ServerFixture fixture = new ServerFixture(dataDir, 64 << 20, 64 << 20,
        Limits.DEFAULTS.withTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(10), Duration.ofSeconds(10)))) {
      Path largest;
      try (Stream<Path> blobs = Files.walk(dataDir.resolve("store").resolve("blobs"))) {
        largest = blobs.filter(Files::isRegularFile).max(Comparator.comparingLong(SlowReaderIT::size)).orElseThrow();
      }
      long expected = size(largest);
      assertThat(expected).as("a large built-in asset").isGreaterThan(2_000_000);
      try (Socket socket = new Socket()) {
        socket.setReceiveBufferSize(8192);
        socket.connect(new InetSocketAddress("127.0.0.1", fixture.server.port()), 5000);
        socket.getOutputStream().write(("GET /assets/" + largest.getFileName() + " HTTP/1.1\r\nHost: retki\r\n\r\n")
            .getBytes(StandardCharsets.US_ASCII));
        InputStream in = socket.getInputStream();
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        byte[] chunk = new byte[64 * 1024];
        long started = System.nanoTime();
        // About 1 MiB a second: a 2-4 MB asset takes two to four idle timeouts to read.
        for (int n; (n = in.read(chunk)) > 0; ) {
          received.write(chunk, 0, n);
          if (received.size() >= expected) {
            String text = received.toString(StandardCharsets.ISO_8859_1);
            int body = text.indexOf("\r\n\r\n") + 4;
            if (received.size() - body >= expected) {
              break;
            }
          }
          Thread.sleep(Math.max(1, n / 1024));
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        String text = received.toString(StandardCharsets.ISO_8859_1);
        int body = text.indexOf("\r\n\r\n") + 4;
        assertThat(text).startsWith("HTTP/1.1 200");
        assertThat(seconds).as("read for longer than the idle timeout").isGreaterThan(1.5);
        assertThat(received.size() - body).as("the whole asset, read in %.1f s", seconds).isEqualTo(expected);
      }
    }
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
