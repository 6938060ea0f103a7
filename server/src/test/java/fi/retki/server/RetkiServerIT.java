package fi.retki.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fi.retki.assets.store.Sha256;
import fi.retki.scenes.SceneJson;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The whole read path on a real server: catalogue, manifests and assets, over HTTP/1.1 and HTTP/2. */
class RetkiServerIT {
  @TempDir static Path dataDir;
  static ServerFixture fixture;

  @BeforeAll
  static void start() throws Exception {
    fixture = new ServerFixture(dataDir, 64 << 20, 1 << 20);
  }

  @AfterAll
  static void stop() throws Exception {
    fixture.close();
  }

  static Stream<Arguments> versions() {
    return Stream.of(Arguments.of(HttpClient.Version.HTTP_1_1), Arguments.of(HttpClient.Version.HTTP_2));
  }

  private static final java.util.Map<HttpClient.Version, HttpClient> CLIENTS = new java.util.EnumMap<>(
      HttpClient.Version.class);

  /** One client per version for the whole class: one h2c upgrade, then HTTP/2 on that connection. */
  private static synchronized HttpClient client(HttpClient.Version version) {
    return CLIENTS.computeIfAbsent(version, v -> HttpClient.newBuilder().version(v).build());
  }

  private static JsonNode json(HttpResponse<byte[]> response) throws Exception {
    return SceneJson.mapper().readTree(response.body());
  }

  @Test
  void theCatalogueListsTheBuiltInScenesWithTitlesPresetsAndTiers() throws Exception {
    HttpResponse<byte[]> response = fixture.get(client(HttpClient.Version.HTTP_1_1), "/api/scenes");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("content-type")).hasValue("application/json");
    JsonNode scenes = json(response).path("scenes");
    List<String> ids = new ArrayList<>();
    scenes.forEach(s -> ids.add(s.path("id").asText()));
    assertThat(ids).containsExactly("lunar-surface", "medieval-town", "rainforest", "school-yard", "sea-floor");
    JsonNode rainforest = scenes.get(2);
    assertThat(rainforest.path("title").path("sv").asText()).isEqualTo("Regnskogen");
    assertThat(rainforest.path("thumbnail").path("href").asText()).startsWith("/assets/");
    assertThat(rainforest.path("presets").findValuesAsText("id")).contains("standard", "guided", "daycare");
    assertThat(rainforest.path("tiers").path("low").path("totalBytes").asLong())
        .isLessThan(rainforest.path("tiers").path("high").path("totalBytes").asLong());
  }

  @ParameterizedTest
  @MethodSource("versions")
  void aKnownEtagGets304(HttpClient.Version version) throws Exception {
    HttpClient client = client(version);
    HttpResponse<byte[]> first = fixture.get(client, "/api/scenes/sea-floor/manifest?tier=low");
    String etag = first.headers().firstValue("etag").orElseThrow();
    HttpResponse<byte[]> again = fixture.get(client, "/api/scenes/sea-floor/manifest?tier=low", "If-None-Match", etag);
    assertThat(again.statusCode()).isEqualTo(304);
    assertThat(again.body()).isEmpty();
    assertThat(again.version()).isEqualTo(version);
  }

  @ParameterizedTest
  @MethodSource("versions")
  void everyAssetOfAManifestComesWithTheBytesItsHashNames(HttpClient.Version version) throws Exception {
    HttpClient client = client(version);
    JsonNode manifest = json(fixture.get(client, "/api/scenes/rainforest/manifest?tier=mid"));
    assertThat(manifest.path("tier").asText()).isEqualTo("mid");
    int priority = 0;
    for (JsonNode asset : manifest.path("assets")) {
      assertThat(asset.path("priority").asInt()).isEqualTo(priority++);
      HttpResponse<byte[]> response = fixture.get(client, "/assets/" + asset.path("sha256").asText());
      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.version()).isEqualTo(version);
      assertThat(response.headers().firstValue("content-type")).hasValue(asset.path("mediaType").asText());
      assertThat(response.body()).hasSize(asset.path("size").asInt());
      assertThat(Sha256.of(response.body())).isEqualTo(asset.path("sha256").asText());
    }
  }

  @ParameterizedTest
  @MethodSource("versions")
  void rangesHeadAndBadRequestsAnswerAsTheyShould(HttpClient.Version version) throws Exception {
    HttpClient client = client(version);
    JsonNode manifest = json(fixture.get(client, "/api/scenes/lunar-surface/manifest?tier=high"));
    String sha = manifest.path("assets").get(1).path("sha256").asText();
    long size = manifest.path("assets").get(1).path("size").asLong();

    HttpResponse<byte[]> part = fixture.get(client, "/assets/" + sha, "Range", "bytes=10-19");
    assertThat(part.statusCode()).isEqualTo(206);
    assertThat(part.headers().firstValue("content-range")).hasValue("bytes 10-19/" + size);
    assertThat(part.body()).hasSize(10);

    // The largest asset is over the fixture's 1 MiB zero-copy limit: sent from its file, over HTTP/2 as a stream.
    JsonNode largest = manifest.path("assets").get(0);
    for (JsonNode asset : manifest.path("assets")) {
      largest = asset.path("size").asLong() > largest.path("size").asLong() ? asset : largest;
    }
    assertThat(largest.path("size").asLong()).isGreaterThan(1 << 20);
    String bigSha = largest.path("sha256").asText();
    byte[] whole = fixture.get(client, "/assets/" + bigSha).body();
    HttpResponse<byte[]> bigPart = fixture.get(client, "/assets/" + bigSha, "Range", "bytes=700000-700999");
    assertThat(bigPart.statusCode()).isEqualTo(206);
    assertThat(bigPart.body()).isEqualTo(java.util.Arrays.copyOfRange(whole, 700_000, 701_000));

    assertThat(fixture.get(client, "/assets/" + sha, "Range", "bytes=" + size + "-").statusCode()).isEqualTo(416);
    assertThat(fixture.get(client, "/assets/" + sha, "If-None-Match", '"' + sha + '"').statusCode()).isEqualTo(304);

    HttpResponse<byte[]> head = client.send(HttpRequest.newBuilder(fixture.uri("/assets/" + sha))
        .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofByteArray());
    assertThat(head.statusCode()).isEqualTo(200);
    assertThat(head.headers().firstValue("content-length")).hasValue(Long.toString(size));
    assertThat(head.body()).isEmpty();

    HttpResponse<byte[]> malformed = fixture.get(client, "/assets/abc");
    assertThat(malformed.statusCode()).isEqualTo(400);
    assertThat(malformed.headers().firstValue("content-type")).hasValue("application/problem+json");
    assertThat(fixture.get(client, "/assets/" + "f".repeat(64)).statusCode()).isEqualTo(404);
    HttpResponse<byte[]> noScene = fixture.get(client, "/api/scenes/atlantis");
    assertThat(noScene.statusCode()).isEqualTo(404);
    assertThat(json(noScene).path("detail").asText()).isEqualTo("there is no scene \"atlantis\"; GET /api/scenes lists them");
    HttpResponse<byte[]> badTier = fixture.get(client, "/api/scenes/rainforest/manifest?tier=ultra");
    assertThat(badTier.statusCode()).isEqualTo(400);
    assertThat(new String(badTier.body())).doesNotContain("Exception").contains("use ?tier=low, ?tier=mid or ?tier=high");
    assertThat(fixture.get(client, "/nothing/here").statusCode()).isEqualTo(404);
  }

  @Test
  void healthAndMetricsReportTheServer() throws Exception {
    HttpClient client = client(HttpClient.Version.HTTP_1_1);
    assertThat(new String(fixture.get(client, "/health").body())).isEqualTo("{\"status\":\"up\",\"scenes\":5}");
    fixture.get(client, "/assets/" + "0".repeat(64));
    String metrics = new String(fixture.get(client, "/metrics", ServerFixture.metricsAuthorization()).body());
    assertThat(metrics).contains("retki_http_requests_total{route=\"/assets\",status=\"404\"}")
        .contains("retki_cache_bytes_held_bytes").contains("retki_cache_hits_total")
        .contains("retki_http_request_duration_seconds_bucket");
  }

  @Test
  void metricsAreShownOnlyForTheirToken() throws Exception {
    HttpClient client = client(HttpClient.Version.HTTP_1_1);
    HttpResponse<byte[]> none = fixture.get(client, "/metrics");
    assertThat(none.statusCode()).isEqualTo(401);
    assertThat(new String(none.body())).contains("send the metrics token").doesNotContain("retki_live_sessions");
    assertThat(fixture.get(client, "/metrics", "Authorization", "Bearer " + ServerFixture.METRICS_TOKEN + "x")
        .statusCode()).isEqualTo(401);
    assertThat(fixture.get(client, "/metrics", "Authorization", "Basic " + ServerFixture.METRICS_TOKEN).statusCode())
        .isEqualTo(401);
    HttpResponse<byte[]> right = fixture.get(client, "/metrics", ServerFixture.metricsAuthorization());
    assertThat(right.statusCode()).isEqualTo(200);
    assertThat(new String(right.body())).contains("retki_live_sessions").contains("retki_http_connections ");
  }
}
