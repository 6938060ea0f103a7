package fi.retki.tools.storm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.retki.assets.bake.Baker;
import fi.retki.assets.store.ContentStore;
import fi.retki.server.RetkiServer;
import fi.retki.server.config.ServerConfig;
import io.vertx.core.Vertx;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Small storms, with and without live sessions, against a real server on a free port, and one that lies. */
class StormTest {
  @TempDir static Path dataDir;
  static Vertx vertx;
  static RetkiServer server;

  @BeforeAll
  static void start() throws Exception {
    new Baker(ContentStore.open(dataDir.resolve("store"))).bake(Path.of("../scenes/packs/school-yard"));
    vertx = Vertx.vertx();
    server = RetkiServer.start(vertx, new ServerConfig(0, "127.0.0.1", dataDir, 32 << 20, 8 << 20, null, null), 2)
        .await(30, TimeUnit.SECONDS);
  }

  @AfterAll
  static void stop() throws Exception {
    vertx.close().await(10, TimeUnit.SECONDS);
  }

  private static URI url() {
    return URI.create("http://127.0.0.1:" + server.port());
  }

  @Test
  void everyPupilGetsReadyOverHttp11() throws Exception {
    StormRun.Outcome outcome = StormRun.run(url(), "school-yard", "low", 3, 4, false, Duration.ofSeconds(60));
    assertThat(outcome.allReady()).as(outcome.report()).isTrue();
    assertThat(outcome.report())
        .contains("storm: 12 pupils (3 classes x 4)", "scene school-yard, tier low, HTTP/1.1 (6 connections per pupil)")
        .containsPattern("time to first view: p50 [0-9.]+ s, p95 [0-9.]+ s, p99 [0-9.]+ s, max [0-9.]+ s \\(12 pupils\\)")
        .contains("ready: 12 of 12 pupils; errors: none");
  }

  @Test
  void everyPupilGetsReadyOverHttp2() throws Exception {
    StormRun.Outcome outcome = StormRun.run(url(), "school-yard", "mid", 2, 3, true, Duration.ofSeconds(60));
    assertThat(outcome.allReady()).as(outcome.report()).isTrue();
    assertThat(outcome.report()).contains("HTTP/2 (one connection per pupil)").contains("ready: 6 of 6 pupils");
  }

  @Test
  void liveClassesJoinAndEveryPupilReceivesEveryGoToInOrder() throws Exception {
    LivePlan live = new LivePlan("teacher", server.firstTeacherPassword(), Duration.ofSeconds(1), Duration.ofSeconds(4));
    StormRun.Outcome outcome = StormRun.run(url(), "school-yard", "low", 2, 5, false, Duration.ofSeconds(30), live);
    assertThat(outcome.ok()).as(outcome.report()).isTrue();
    assertThat(outcome.report())
        .contains("ready: 10 of 10 pupils; errors: none")
        .contains("live: 2 sessions, go-to every 1 s for 4 s; 10 of 10 pupils joined, 0 joins refused")
        .containsPattern("join latency: +p50 [0-9.]+ ms, p95 [0-9.]+ ms, p99 [0-9.]+ ms, max [0-9.]+ ms \\(10 pupils\\)")
        .containsPattern("go-to fan-out: +p50 [0-9.]+ ms, p95 [0-9.]+ ms, p99 [0-9.]+ ms, max [0-9.]+ ms \\(40 went-to\\)")
        .contains("go-tos: 8 sent, 0 refused")
        .contains("went-to: 40 of 40 received, 0 out of order; all events: 0 out of order")
        .contains("live errors: none");
    assertThat(server.openSessions()).as("the storm ends the sessions it started").isZero();
  }

  @Test
  void aWrongTeacherPasswordStopsTheLiveStormBeforeAnyPupilStarts() {
    LivePlan live = new LivePlan("teacher", "not the password", Duration.ofSeconds(1), Duration.ofSeconds(2));
    assertThatThrownBy(() -> StormRun.run(url(), "school-yard", "low", 1, 2, false, Duration.ofSeconds(20), live))
        .isInstanceOf(StormRun.CannotStart.class)
        .hasMessage("sign-in as \"teacher\" was refused with status 401: that name and password do not match");
  }

  @Test
  void aSceneTheServerDoesNotHaveIsAnErrorOfEveryPupil() throws Exception {
    StormRun.Outcome outcome = StormRun.run(url(), "atlantis", "mid", 1, 3, false, Duration.ofSeconds(30));
    assertThat(outcome.allReady()).isFalse();
    assertThat(outcome.report()).contains("ready: 0 of 3 pupils; errors: 3 scene missing from catalogue");
  }

  @Test
  void wrongBytesAreCaughtByTheHashCheck() throws Exception {
    Vertx liar = Vertx.vertx();
    String sha = "a".repeat(64);
    var fake = liar.createHttpServer().requestHandler(request -> {
      String path = request.path();
      if (path.equals("/api/scenes")) {
        request.response().end("{\"scenes\":[{\"id\":\"pond\"}]}");
      } else if (path.startsWith("/api/scenes/pond/manifest")) {
        request.response().end("{\"assets\":[{\"path\":\"scene.json\",\"sha256\":\"" + sha
            + "\",\"size\":5,\"firstView\":true}]}");
      } else {
        request.response().end("hello");
      }
    }).listen(0, "127.0.0.1").await(10, TimeUnit.SECONDS);
    try {
      StormRun.Outcome outcome = StormRun.run(URI.create("http://127.0.0.1:" + fake.actualPort()), "pond", "mid", 1, 2,
          false, Duration.ofSeconds(30));
      assertThat(outcome.allReady()).isFalse();
      assertThat(outcome.report()).contains("errors: 2 hash mismatch");
    } finally {
      liar.close().await(10, TimeUnit.SECONDS);
    }
  }
}
