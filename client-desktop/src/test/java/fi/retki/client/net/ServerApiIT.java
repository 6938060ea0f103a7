package fi.retki.client.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import fi.retki.assets.bake.Manifest;
import fi.retki.assets.bake.ManifestAsset;
import fi.retki.assets.bake.Tier;
import fi.retki.assets.store.Sha256;
import fi.retki.client.TestServer;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServerApiIT {
  @TempDir
  static Path data;
  static TestServer server;

  @BeforeAll
  static void start() throws Exception {
    server = new TestServer(data);
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
  }

  @Test
  void scenes_listsTheBuiltInScenes() throws Exception {
    JsonNode scenes = new ServerApi(server.base()).scenes().get(10, TimeUnit.SECONDS);

    assertThat(scenes.findValuesAsText("id")).contains("rainforest", "school-yard");
  }

  @Test
  void scene_hasItsPointsOfInterest() throws Exception {
    JsonNode scene = new ServerApi(server.base()).scene("rainforest").get(10, TimeUnit.SECONDS);

    assertThat(scene.path("pointsOfInterest")).isNotEmpty();
    assertThat(scene.path("pointsOfInterest").get(0).path("id").asText()).isNotEmpty();
    assertThat(scene.path("pointsOfInterest").get(0).has("title")).isTrue();
  }

  @Test
  void manifest_andAnAsset_whoseBytesAreCounted() throws Exception {
    ServerApi api = new ServerApi(server.base());
    Manifest manifest = api.manifest("rainforest", Tier.LOW).get(10, TimeUnit.SECONDS);
    ManifestAsset first = manifest.assets().get(0);

    byte[] bytes = api.asset(first.sha256()).get(10, TimeUnit.SECONDS);

    assertThat(manifest.scene()).isEqualTo("rainforest");
    assertThat(manifest.tier()).isEqualTo("low");
    assertThat(Sha256.of(bytes)).isEqualTo(first.sha256());
    assertThat(api.bytesDownloaded()).isEqualTo(first.size()).isEqualTo(bytes.length);
  }

  @Test
  void unknownScene_failsWithTheServersReason() {
    ServerApi api = new ServerApi(server.base());

    assertThatThrownBy(() -> api.scene("atlantis").get(10, TimeUnit.SECONDS))
        .isInstanceOf(ExecutionException.class)
        .cause().isInstanceOf(ServerException.class)
        .hasMessageContaining("404").hasMessageContaining("there is no scene \"atlantis\"");
  }

  @Test
  void uploadSnapshot_withAStrangersToken_isRefused() {
    ServerApi api = new ServerApi(server.base());

    assertThatThrownBy(() -> api.uploadSnapshot("not-a-token", new byte[] {(byte) 0x89, 'P', 'N', 'G'})
        .get(10, TimeUnit.SECONDS))
        .cause().isInstanceOf(ServerException.class)
        .hasMessageContaining("401")
        .satisfies(e -> assertThat(((ServerException) e).status()).isEqualTo(401));
  }

  @Test
  void noServer_failsWithCannotReach() throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    ServerApi api = new ServerApi(URI.create("http://127.0.0.1:" + port));

    assertThatThrownBy(() -> api.scenes().get(10, TimeUnit.SECONDS))
        .cause().isInstanceOf(ServerException.class)
        .hasMessageStartingWith("cannot reach the server at http://127.0.0.1:" + port)
        .satisfies(e -> assertThat(((ServerException) e).status()).isZero());
  }
}
