package fi.retki.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.util.internal.PlatformDependent;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * One client that sends one-byte binary frames as fast as it can and never reads: the server
 * must close it, keep its memory, and keep answering everyone else. The server runs in this JVM,
 * so the test can weigh what the server holds (heap and Netty's direct memory, after a GC).
 */
class LiveSocketFloodIT {
  private static final long MIB = 1 << 20;

  @TempDir static Path dataDir;
  static ServerFixture fixture;
  static int port;

  @BeforeAll
  static void start() throws Exception {
    fixture = new ServerFixture(dataDir, 16 << 20, 1 << 20);
    port = fixture.server.port();
  }

  @AfterAll
  static void stop() throws Exception {
    fixture.close();
  }

  @Test
  @Timeout(90)
  void aNonReadingClientFloodingBinaryFramesIsClosedAndTheServerStaysUp() throws Exception {
    health();
    long before = retained();
    AtomicLong sent = new AtomicLong();
    AtomicBoolean refused = new AtomicBoolean();
    AtomicLong refusedAt = new AtomicLong();
    long started = System.nanoTime();
    long floodNanos = TimeUnit.SECONDS.toNanos(10);
    try (RawWebSocket flood = new RawWebSocket(port)) {
      byte[] batch = batchOfOneByteBinaryFrames(10_000);
      Thread writer = new Thread(() -> {
        try {
          OutputStream out = flood.output();
          while (System.nanoTime() - started < floodNanos) {
            out.write(batch);
            sent.addAndGet(10_000);
          }
        } catch (IOException closedByTheServer) {
          refusedAt.set(System.nanoTime() - started);
          refused.set(true);
        }
      }, "binary-flood");
      writer.setDaemon(true);
      writer.start();

      long slowestHealth = 0;
      long mostRetained = 0;
      java.util.List<Long> latencies = new java.util.ArrayList<>();
      while (System.nanoTime() - started < floodNanos + TimeUnit.SECONDS.toNanos(2)) {
        latencies.add(health());
        slowestHealth = Math.max(slowestHealth, latencies.get(latencies.size() - 1));
        mostRetained = Math.max(mostRetained, retained() - before);
        Thread.sleep(250);
      }
      long sentInFlood = sent.get();
      writer.join(TimeUnit.SECONDS.toMillis(5));
      boolean ended = refused.get() || flood.endedWithin(5_000);
      long after = retained() - before;
      long healthAfter = health();
      System.out.printf("binary flood: %,d frames (%,d KiB) sent in 10 s; connection ended by the server: %s"
              + (refused.get() ? " after %.1f s" : "%s") + "; "
              + "most retained during: %,d KiB; retained after: %,d KiB; slowest /health: %d ms; /health after: %d ms%n",
          sentInFlood, sentInFlood * 7 / 1024, ended, refused.get() ? refusedAt.get() / 1e9 : "", mostRetained / 1024, after / 1024,
          slowestHealth, healthAfter);
      System.out.println("/health latencies (ms) during the flood: " + latencies);

      assertThat(ended).as("the server closed the flooding connection").isTrue();
      assertThat(refusedAt.get()).as("the server ended the connection within 8 s (ns)").isLessThan(TimeUnit.SECONDS.toNanos(8));
      assertThat(slowestHealth).as("/health answered within 1 s throughout (ms)").isLessThan(1000);
      assertThat(healthAfter).as("/health answers after (ms)").isLessThan(1000);
      assertThat(mostRetained).as("memory the server held for the flood").isLessThan(32 * MIB);
    }
  }

  private static byte[] batchOfOneByteBinaryFrames(int frames) {
    byte[] one = RawWebSocket.frame(RawWebSocket.BINARY, true, 0, new byte[] {7});
    byte[] batch = new byte[one.length * frames];
    for (int i = 0; i < frames; i++) {
      System.arraycopy(one, 0, batch, i * one.length, one.length);
    }
    return batch;
  }

  /** Milliseconds {@code /health} took to answer 200; fails the test if it takes more than 5 s. */
  private static long health() throws Exception {
    long started = System.nanoTime();
    HttpResponse<String> response = LiveClient.HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health"))
        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(200);
    return (System.nanoTime() - started) / 1_000_000;
  }

  /** What this JVM holds after a GC: heap in use plus Netty's direct buffers. */
  private static long retained() {
    System.gc();
    long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    long direct = Math.max(0, PlatformDependent.usedDirectMemory());
    return heap + direct;
  }
}
