package fi.retki.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fi.retki.server.config.Limits;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Idle, slow and too many connections: held up to the cap, closed beyond it and when their
 * headers or bodies take too long, while a normal client is still answered.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ConnectionLimitsIT {
  private static final int CAP = 200;
  @TempDir static Path dataDir;
  static ServerFixture fixture;
  static int port;

  @BeforeAll
  static void start() throws Exception {
    fixture = new ServerFixture(dataDir, 16 << 20, 1 << 20, Limits.DEFAULTS.withMaxConnections(CAP)
        .withTimeouts(Duration.ofSeconds(4), Duration.ofSeconds(2), Duration.ofSeconds(3)));
    port = fixture.server.port();
  }

  @AfterAll
  static void stop() throws Exception {
    fixture.close();
  }

  @Test
  void connectionsUpToTheCapAreHeldAndBeyondItAreClosedAtOnce() throws Exception {
    awaitOpen(0);
    List<RawHttp> held = new ArrayList<>();
    List<RawHttp> beyond = new ArrayList<>();
    try {
      for (int i = 0; i < CAP; i++) {
        RawHttp connection = new RawHttp(port);
        held.add(connection);
        connection.send("GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        assertThat(connection.read(2_000, 12)).as("connection " + i).startsWith("HTTP/1.1 200");
      }
      awaitOpen(CAP);
      for (int i = 0; i < 20; i++) {
        beyond.add(new RawHttp(port));
      }
      for (RawHttp extra : beyond) {
        assertThat(extra.closesWithin(1_000)).as("a connection beyond the cap is closed at once").isTrue();
      }
      assertThat(fixture.server.state().connections().refused()).isGreaterThanOrEqualTo(20);
      RawHttp first = held.get(0);
      first.send("GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
      assertThat(first.read(2_000, 12)).as("a held connection is still served").contains("HTTP/1.1 200");
      for (int i = 0; i < 10; i++) {
        held.remove(0).close();
      }
      awaitOpen(CAP - 10);
      assertThat(health()).as("a normal client once there is room").isEqualTo(200);
    } finally {
      for (RawHttp connection : held) {
        connection.close();
      }
      for (RawHttp connection : beyond) {
        connection.close();
      }
    }
  }

  @Test
  void silentSocketsAtTheCapMakeRoomForAClientThatSpeaks() throws Exception {
    awaitOpen(0);
    List<RawHttp> silent = new ArrayList<>();
    try {
      for (int i = 0; i < CAP; i++) {
        silent.add(new RawHttp(port));
      }
      awaitOpen(CAP);
      long evicted = fixture.server.state().connections().evicted();
      assertThat(health()).as("a normal client while the cap is full of silent sockets").isEqualTo(200);
      assertThat(fixture.server.state().connections().evicted()).isGreaterThan(evicted);
      assertThat(silent.get(0).closesWithin(1_000)).as("the oldest silent socket made room").isTrue();
    } finally {
      for (RawHttp connection : silent) {
        connection.close();
      }
    }
  }

  @Test
  void connectionsThatNeverSendARequestAreClosedAfterTheHeaderTimeout() throws Exception {
    List<RawHttp> idle = new ArrayList<>();
    try {
      for (int i = 0; i < 100; i++) {
        idle.add(new RawHttp(port));
      }
      long started = System.nanoTime();
      assertThat(health()).as("a normal client while 100 idle connections are held").isEqualTo(200);
      for (RawHttp connection : idle) {
        assertThat(connection.closesWithin(6_000)).as("closed within the header timeout").isTrue();
      }
      long millis = (System.nanoTime() - started) / 1_000_000;
      System.out.printf("100 silent connections closed after %d ms (header timeout 2000 ms)%n", millis);
      assertThat(millis).isBetween(1_500L, 6_000L);
    } finally {
      for (RawHttp connection : idle) {
        connection.close();
      }
    }
  }

  @Test
  void slowlorisHeadersAreClosedAfterTheHeaderTimeoutWhileOthersAreServed() throws Exception {
    List<RawHttp> slow = new ArrayList<>();
    try {
      for (int i = 0; i < 50; i++) {
        RawHttp connection = new RawHttp(port);
        connection.send("GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n");
        slow.add(connection);
      }
      long started = System.nanoTime();
      // A byte a quarter second per connection: never idle, never done (the attacker's pace, not a wait).
      CompletableFuture<Void> dripping = CompletableFuture.runAsync(() -> {
        try {
          for (int round = 0; round < 40; round++) {
            for (RawHttp connection : slow) {
              if (!connection.socket.isClosed()) {
                try {
                  connection.send("X");
                } catch (java.io.IOException closed) {
                  connection.closed = true;
                }
              }
            }
            Thread.sleep(250);
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      });
      assertThat(health()).as("a normal client during the slowloris").isEqualTo(200);
      until(Duration.ofSeconds(8), () -> slow.stream().allMatch(c -> c.closed || probeClosed(c)));
      long millis = (System.nanoTime() - started) / 1_000_000;
      System.out.printf("50 slowloris connections closed after %d ms (header timeout 2000 ms)%n", millis);
      assertThat(millis).isGreaterThanOrEqualTo(1_500L);
      dripping.cancel(true);
      assertThat(health()).isEqualTo(200);
    } finally {
      for (RawHttp connection : slow) {
        connection.close();
      }
    }
  }

  @Test
  void aBodyThatDoesNotArriveInTimeClosesTheConnection() throws Exception {
    try (RawHttp connection = new RawHttp(port)) {
      connection.send("POST /api/login HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
          + "Content-Length: 100\r\n\r\n{\"name\":");
      long started = System.nanoTime();
      assertThat(connection.closesWithin(8_000)).isTrue();
      long millis = (System.nanoTime() - started) / 1_000_000;
      assertThat(millis).as("closed after the request timeout of 3 s").isBetween(2_500L, 7_000L);
    }
  }

  @Test
  void anIdleKeepAliveConnectionIsClosedAfterTheIdleTimeout() throws Exception {
    try (RawHttp connection = new RawHttp(port)) {
      connection.send("GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
      assertThat(connection.read(2_000, 12)).startsWith("HTTP/1.1 200");
      long started = System.nanoTime();
      assertThat(connection.closesWithin(8_000)).isTrue();
      long millis = (System.nanoTime() - started) / 1_000_000;
      assertThat(millis).as("closed after the idle timeout of 4 s, not the header timeout").isBetween(3_500L, 7_000L);
    }
  }

  @Test
  void aLiveWebSocketOutlivesTheHeaderAndRequestTimeouts() throws Exception {
    try (LiveClient pupil = new LiveClient(port)) {
      pupil.send("{\"v\":1,\"type\":\"progress\",\"fraction\":0.5}");
      assertThat(pupil.next().path("code").asText()).isEqualTo("not-joined");
      // Open throughout a silence longer than the header (2 s) and request (3 s) timeouts, shorter
      // than the idle one (4 s).
      org.awaitility.Awaitility.await().during(Duration.ofMillis(3_500)).atMost(Duration.ofSeconds(4))
          .until(() -> !pupil.closed.isDone());
      pupil.send("{\"v\":1,\"type\":\"progress\",\"fraction\":0.5}");
      JsonNode again = pupil.next();
      assertThat(again.path("code").asText()).isEqualTo("not-joined");
      assertThat(pupil.closed).isNotDone();
    }
  }

  @Test
  void metricsAreOffWithoutAToken() throws Exception {
    HttpResponse<String> response = LiveClient.HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
        + "/metrics")).header("Authorization", "Bearer anything").build(), HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.body()).contains("metrics are off; set metricsToken").doesNotContain("retki_live_sessions");
  }

  private static boolean probeClosed(RawHttp connection) {
    try {
      connection.read(20, Integer.MAX_VALUE);
    } catch (java.io.IOException e) {
      return true;
    }
    return connection.closed;
  }

  private static void awaitOpen(int expected) throws Exception {
    until(Duration.ofSeconds(10), () -> fixture.server.state().connections().open() == expected);
  }

  /** Waits (polling, never sleeping a fixed time) until the condition holds; fails after {@code limit}. */
  private static void until(Duration limit, java.util.concurrent.Callable<Boolean> condition) {
    org.awaitility.Awaitility.await().atMost(limit).pollInterval(Duration.ofMillis(20)).until(condition);
  }

  private static int health() throws Exception {
    long started = System.nanoTime();
    int status = LiveClient.HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health"))
        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString()).statusCode();
    assertThat((System.nanoTime() - started) / 1_000_000).as("/health millis").isLessThan(1_000);
    return status;
  }
}
