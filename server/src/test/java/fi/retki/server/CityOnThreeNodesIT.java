package fi.retki.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import fi.retki.scenes.SceneJson;
import fi.retki.server.config.DatabaseConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The city's morning on three servers: PostgreSQL, three packaged server processes clustered on
 * Hazelcast, HAProxy in front with the committed configuration. A teacher and 30 pupils reach the
 * lesson only through HAProxy and are spread over all three nodes; the lesson's node is killed
 * with SIGKILL in the middle, and within 15 seconds another node runs it, every client is back,
 * nothing acknowledged is missing and the lesson goes on.
 */
class CityOnThreeNodesIT {
  private static final Pattern NODE = Pattern.compile("event=cluster-join node=(\\S+)");
  private static final int PUPILS = 30;

  @Test
  @Timeout(value = 8, unit = TimeUnit.MINUTES)
  void aLessonOnThreeNodesSurvivesItsNodeKilled(@TempDir Path dir) throws Exception {
    DatabaseConfig database = TestDatabases.fresh("city");
    List<Integer> clusterPorts = List.of(Haproxy.freePort(), Haproxy.freePort(), Haproxy.freePort());
    String members = String.join(",", clusterPorts.stream().map(p -> "127.0.0.1:" + p).toList());
    List<ServerProcess> nodes = new ArrayList<>();
    List<RoamingPupil> pupils = new ArrayList<>();
    Haproxy haproxy = null;
    try {
      List<CompletableFuture<ServerProcess>> starting = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        Path data = Files.createDirectories(dir.resolve("node" + (i + 1)));
        List<String> flags = List.of("--proxy-protocol", "--cluster", "--cluster-members", members, "--cluster-port",
            Integer.toString(clusterPorts.get(i)), "--database-url", database.url(), "--database-user", database.user());
        starting.add(CompletableFuture.supplyAsync(() -> {
          try {
            return new ServerProcess(data, flags, Map.of("RETKI_DATABASE_PASSWORD", database.password()));
          } catch (Exception e) {
            throw new IllegalStateException("a node did not start", e);
          }
        }));
      }
      for (CompletableFuture<ServerProcess> node : starting) {
        try {
          nodes.add(node.join());
        } catch (RuntimeException e) {
          // the others are stopped in finally
          throw e;
        }
      }
      Map<String, ServerProcess> byId = new HashMap<>();
      for (ServerProcess node : nodes) {
        byId.put(nodeId(node), node);
      }
      String password = nodes.stream().map(ServerProcess::firstPassword).filter(p -> p != null).findFirst().orElseThrow();
      haproxy = new Haproxy(dir, nodes.stream().map(n -> n.port).toList());
      Haproxy lb = haproxy;
      await().atMost(Duration.ofSeconds(30)).until(() -> lb.nodes().values().stream().allMatch(Haproxy.Node::healthy));
      int port = haproxy.port;

      // A teacher, through HAProxy, starts a school-yard lesson and watches it.
      LiveClient.Teacher teacher = LiveClient.Teacher.signIn(port, "teacher", password);
      JsonNode session = teacher.start(port, "school-yard");
      String sessionId = session.path("id").asText();
      String code = session.path("code").asText();
      ServerProcess owner = byId.get(ownerOf(database, sessionId));
      assertThat(owner).as("the lesson's node is one of the three").isNotNull();
      LiveClient console = teacher.watch(port, sessionId);

      // 30 pupils join through HAProxy, spread over the three nodes.
      List<CompletableFuture<JsonNode>> joins = new ArrayList<>();
      for (int i = 0; i < PUPILS; i++) {
        RoamingPupil pupil = new RoamingPupil(port, "Pupil" + (i + 1));
        pupils.add(pupil);
        joins.add(pupil.join(code));
      }
      for (CompletableFuture<JsonNode> join : joins) {
        assertThat(join.get(60, TimeUnit.SECONDS).path("type").asText()).isEqualTo("welcome");
      }
      Map<String, Haproxy.Node> spread = haproxy.nodes();
      System.out.println("city: /live connections per node through HAProxy: " + spread);
      assertThat(spread.values()).as("every node holds some of the class").allMatch(n -> n.currentSessions() >= 3);

      // The lesson: a go-to, a pause and its end, a note and a placement from every pupil.
      console.send("{\"v\":1,\"type\":\"go-to\",\"poi\":\"sports-field\",\"ref\":\"g1\"}");
      console.send("{\"v\":1,\"type\":\"pause\",\"ref\":\"p1\"}");
      console.send("{\"v\":1,\"type\":\"resume\",\"ref\":\"p2\"}");
      awaitEveryone(pupils, "went-to", 1, 30);
      awaitEveryone(pupils, "resumed", 1, 30);
      for (int i = 0; i < PUPILS; i++) {
        RoamingPupil pupil = pupils.get(i);
        pupil.send("{\"v\":1,\"type\":\"save-note\",\"noteId\":\"n-" + i + "\",\"text\":\"note of " + pupil.nickname
            + "\",\"ref\":\"note" + i + "\"}");
        double x = -30 + (i % 10) * 6;
        double z = -15 + (i / 10) * 10;
        pupil.send("{\"v\":1,\"type\":\"place-object\",\"objectId\":\"o-" + i + "\",\"kind\":\"bench\",\"x\":" + x
            + ",\"z\":" + z + ",\"yaw\":0,\"ref\":\"place" + i + "\"}");
      }
      for (int i = 0; i < PUPILS; i++) {
        RoamingPupil pupil = pupils.get(i);
        String note = "note" + i;
        String place = "place" + i;
        await(pupil.nickname + " " + pupil.errors).atMost(Duration.ofSeconds(30))
            .until(() -> pupil.acked.contains(note) && pupil.acked.contains(place));
      }
      awaitEveryone(pupils, "object-placed", PUPILS, 30);
      for (RoamingPupil pupil : pupils) {
        assertInOrder(pupil);
        assertThat(pupil.heard("went-to").get(0).path("seq").asLong())
            .isLessThan(pupil.heard("paused").get(0).path("seq").asLong());
      }

      // The lesson's node is killed.
      long killed = System.nanoTime();
      owner.kill();
      nodes.remove(owner);
      Set<String> survivors = new HashSet<>();
      nodes.forEach(n -> survivors.add(nodeId(n)));
      await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(100))
          .until(() -> survivors.contains(ownerOf(database, sessionId)));
      long adoptedMillis = (System.nanoTime() - killed) / 1_000_000;
      await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(100))
          .until(() -> pupils.stream().allMatch(p -> p.welcomes.get() >= 2));
      long backMillis = (System.nanoTime() - killed) / 1_000_000;
      LiveClient again = watchAgain(teacher, port, sessionId);
      System.out.printf("city: after kill -9 of the lesson's node, a surviving node ran it after %d ms; all %d pupils"
          + " were back after %d ms; the teacher's console after %d ms%n", adoptedMillis, PUPILS, backMillis,
          (System.nanoTime() - killed) / 1_000_000);
      assertThat(backMillis).as("every pupil back within 15 s").isLessThan(15_000);

      // Nothing acknowledged is lost: the saved work (through HAProxy) has every note and placement.
      JsonNode work = SceneJson.mapper().readTree(teacher.get(port, "/api/sessions/" + sessionId + "/work").body());
      Set<String> notes = new HashSet<>();
      work.path("notes").forEach(n -> notes.add(n.path("id").asText()));
      for (int i = 0; i < PUPILS; i++) {
        assertThat(notes).contains("n-" + i);
      }
      assertThat(work.path("pupils")).hasSize(PUPILS);

      // The lesson goes on: a go-to after the kill reaches all 30.
      again.send("{\"v\":1,\"type\":\"go-to\",\"poi\":\"sandpit\",\"ref\":\"g2\"}");
      awaitEveryone(pupils, "went-to", 2, 30);
      for (RoamingPupil pupil : pupils) {
        assertThat(pupil.heard("went-to").get(1).path("poi").asText()).isEqualTo("sandpit");
        assertInOrder(pupil);
      }
      JsonNode plan = SceneJson.mapper().readTree(teacher.get(port, "/api/sessions/" + sessionId + "/work").body());
      assertThat(plan.toString()).contains("\"o-0\"").contains("\"o-29\"");
      console.close();
      again.close();
    } finally {
      pupils.forEach(RoamingPupil::close);
      if (haproxy != null) {
        haproxy.close();
      }
      nodes.forEach(ServerProcess::close);
    }
  }

  /** A connection watching the lesson again, tried until the lesson's new node lets it in. */
  private static LiveClient watchAgain(LiveClient.Teacher teacher, int port, String sessionId) {
    java.util.concurrent.atomic.AtomicReference<LiveClient> watching = new java.util.concurrent.atomic.AtomicReference<>();
    await("the teacher watches the lesson again").atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(300))
        .ignoreExceptions() // no answer within a frame's wait: ask again
        .until(() -> {
          LiveClient client = new LiveClient(port, "Cookie", teacher.cookie());
          client.send("{\"v\":1,\"type\":\"watch\",\"session\":\"" + sessionId + "\",\"ref\":\"w\"}");
          JsonNode answer = client.next();
          if (!answer.path("type").asText().equals("welcome")) {
            client.close(); // the lesson is between nodes: try again
            return false;
          }
          assertThat(client.next().path("type").asText()).isEqualTo("ack");
          watching.set(client);
          return true;
        });
    return watching.get();
  }

  private static void awaitEveryone(List<RoamingPupil> pupils, String type, int count, int seconds) {
    for (RoamingPupil pupil : pupils) {
      await(pupil.nickname + " hears " + count + " " + type).atMost(Duration.ofSeconds(seconds))
          .until(() -> pupil.heard(type).size() >= count);
    }
  }

  /** Each event once, in the session's order. */
  private static void assertInOrder(RoamingPupil pupil) {
    long last = 0;
    for (JsonNode event : pupil.events) {
      long seq = event.path("seq").asLong();
      assertThat(seq).as(pupil.nickname + " hears events once and in order").isGreaterThan(last);
      last = seq;
    }
  }

  private static String nodeId(ServerProcess node) {
    for (String line : List.copyOf(node.log)) {
      Matcher m = NODE.matcher(line);
      if (m.find()) {
        return m.group(1);
      }
    }
    throw new AssertionError("no cluster-join line in " + node.log);
  }

  private static String ownerOf(DatabaseConfig database, String sessionId) throws Exception {
    try (Connection c = DriverManager.getConnection(database.url(), database.user(), database.password());
        PreparedStatement query = c.prepareStatement("SELECT owner_node FROM class_session WHERE id = ?")) {
      query.setString(1, sessionId);
      try (ResultSet row = query.executeQuery()) {
        return row.next() ? row.getString(1) : null;
      }
    }
  }
}
