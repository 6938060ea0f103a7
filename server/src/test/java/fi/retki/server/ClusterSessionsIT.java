package fi.retki.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fi.retki.server.cluster.Clustering;
import fi.retki.server.config.ClusterConfig;
import fi.retki.server.config.DatabaseConfig;
import fi.retki.server.config.Limits;
import fi.retki.server.config.ServerConfig;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two nodes of a cluster in one JVM, on one PostgreSQL: a lesson run by one node is joined,
 * watched and guided through the other, and when the first leaves the cluster the second takes the
 * lesson over from the database, while the first, cut off but still running, can write nothing
 * more (the fence).
 */
class ClusterSessionsIT {
  @TempDir Path dirA;
  @TempDir Path dirB;
  private final List<Node> nodes = new java.util.ArrayList<>();
  private final List<LiveClient> clients = new java.util.ArrayList<>();

  record Node(Vertx vertx, RetkiServer server) {
    int port() {
      return server.port();
    }
  }

  @AfterEach
  void stop() {
    clients.forEach(LiveClient::close);
    for (Node node : nodes) {
      try {
        node.server.stop(500).await(10, TimeUnit.SECONDS);
      } catch (Exception e) {
        // already cut off
      }
      try {
        node.vertx.close().await(20, TimeUnit.SECONDS);
      } catch (Exception e) {
        // already closed
      }
    }
  }

  @Test
  void aLessonRunByOneNodeIsReachedThroughTheOtherAndTakenOverWhenItsNodeLeaves() throws Exception {
    DatabaseConfig database = TestDatabases.fresh("cluster_sessions");
    int hzA = freePort();
    int hzB = freePort();
    List<String> members = List.of("127.0.0.1:" + hzA, "127.0.0.1:" + hzB);
    Node a = start(dirA, database, ClusterConfig.of(members, "127.0.0.1", hzA));
    Node b = start(dirB, database, ClusterConfig.of(members, "127.0.0.1", hzB));
    assertThat(a.server.firstTeacherPassword()).isNotNull();
    LiveClient.Teacher teacher = LiveClient.Teacher.signIn(b.port(), "teacher", a.server.firstTeacherPassword());

    JsonNode session = teacher.start(a.port(), "rainforest");
    String code = session.path("code").asText();
    String sessionId = session.path("id").asText();
    LiveClient console = track(teacher.watch(b.port(), sessionId)); // watched through B, run by A
    LiveClient viaB = track(new LiveClient(b.port()));
    JsonNode welcome = viaB.join(code, "Aino");
    assertThat(welcome.path("type").asText()).as(welcome.toString()).isEqualTo("welcome");
    String tokenB = welcome.path("token").asText();
    LiveClient viaA = track(new LiveClient(a.port()));
    assertThat(viaA.join(code.toLowerCase(java.util.Locale.ROOT), "Eero").path("type").asText()).isEqualTo("welcome");
    String tokenA = null;

    console.send("{\"v\":1,\"type\":\"go-to\",\"poi\":\"canopy\",\"ref\":\"g1\"}");
    assertThat(viaB.next("went-to").path("poi").asText()).isEqualTo("canopy");
    assertThat(viaA.next("went-to").path("poi").asText()).isEqualTo("canopy");
    viaB.send("{\"v\":1,\"type\":\"save-note\",\"noteId\":\"n-1\",\"text\":\"the canopy is 40 m up\",\"ref\":\"n1\"}");
    assertThat(viaB.next("ack").path("ref").asText()).isEqualTo("n1");
    assertThat(console.next("note-saved").path("text").asText()).isEqualTo("the canopy is 40 m up");
    assertThat(a.server.state().live().busHopsIn()).isPositive();

    // A snapshot uploaded through B, for the lesson A runs: recorded there, its bytes readable through A.
    java.awt.image.BufferedImage picture = new java.awt.image.BufferedImage(40, 30, java.awt.image.BufferedImage.TYPE_INT_RGB);
    picture.setRGB(3, 4, 0x2e7d32);
    byte[] png = fi.retki.assets.image.Images.encode(picture, fi.retki.scenes.MediaType.PNG);
    java.net.http.HttpResponse<String> uploaded = LiveClient.HTTP.send(java.net.http.HttpRequest.newBuilder(
            java.net.URI.create("http://127.0.0.1:" + b.port() + "/api/live/snapshots"))
        .header("Authorization", "Bearer " + tokenB).header("Content-Type", "image/png")
        .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(png)).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
    assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
    String snapshotId = fi.retki.scenes.SceneJson.mapper().readTree(uploaded.body()).path("snapshotId").asText();
    assertThat(console.next("snapshot-attached").path("snapshotId").asText()).isEqualTo(snapshotId);
    java.net.http.HttpResponse<byte[]> shown = teacher.get(a.port(), "/api/sessions/" + sessionId + "/snapshots/" + snapshotId);
    assertThat(shown.statusCode()).isEqualTo(200);
    assertThat(javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(shown.body())).getRGB(3, 4) & 0xffffff)
        .isEqualTo(0x2e7d32);

    // A is cut off from the cluster (as if its network went), but its process runs on.
    Clustering.hazelcastOf(a.vertx).getLifecycleService().terminate();
    assertThat(viaB.closed.get(20, TimeUnit.SECONDS)).startsWith("1012");
    LiveClient back = track(new LiveClient(b.port()));
    back.send("{\"v\":1,\"type\":\"rejoin\",\"token\":\"" + tokenB + "\",\"ref\":\"r\"}");
    JsonNode again = back.nextWithin("welcome", 20);
    assertThat(back.next("ack").path("ref").asText()).isEqualTo("r");
    assertThat(again.path("session").toString()).contains("the canopy is 40 m up");
    back.send("{\"v\":1,\"type\":\"save-note\",\"noteId\":\"n-2\",\"text\":\"a sloth!\",\"ref\":\"n2\"}");
    assertThat(back.next("ack").path("ref").asText()).isEqualTo("n2");
    assertThat(b.server.state().live().openSessions()).isEqualTo(1);

    // A still believes it runs the lesson, but its next write (the first disconnection it saw, or this
    // note) is refused by the fence: nothing more is written there, and its pupil is sent on.
    try {
      viaA.send("{\"v\":1,\"type\":\"save-note\",\"noteId\":\"n-3\",\"text\":\"lost?\",\"ref\":\"n3\"}");
    } catch (java.util.concurrent.ExecutionException alreadyClosed) {
      // A's host had already been fenced off writing a disconnection
    }
    assertThat(viaA.closed.get(10, TimeUnit.SECONDS)).startsWith("1012");
    assertThat(viaA.frames).noneMatch(f -> f.path("type").asText().equals("ack") && f.path("ref").asText().equals("n3"));
    assertThat(a.server.state().live().openSessions()).isZero();
  }

  private LiveClient track(LiveClient client) {
    clients.add(client);
    return client;
  }

  private Node start(Path dataDir, DatabaseConfig database, ClusterConfig cluster) throws Exception {
    Vertx vertx = Clustering.start(new VertxOptions(), cluster).await(60, TimeUnit.SECONDS);
    BuiltInScenes.prepare(dataDir);
    ServerConfig config = new ServerConfig(0, "127.0.0.1", dataDir, 64 << 20, 1 << 20, null, null, Limits.DEFAULTS)
        .withDatabase(database).withCluster(cluster);
    Node node = new Node(vertx, RetkiServer.start(vertx, config, 1).await(60, TimeUnit.SECONDS));
    nodes.add(node);
    return node;
  }

  static int freePort() throws Exception {
    try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
