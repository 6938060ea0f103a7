package fi.retki.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fi.retki.assets.store.Sha256;
import fi.retki.scenes.SceneJson;
import fi.retki.server.config.Limits;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Retention on a real server: an idle session ends by itself, an ended session is purged with its
 * snapshots' bytes after the retention time, and a teacher can delete a session's saved work now.
 */
class RetentionIT {
  @TempDir Path dataDir;
  private ServerFixture fixture;
  private int port;
  private LiveClient.Teacher teacher;

  private String firstPassword;

  /** Starts the server (again) over the same data directory and signs the first teacher in. */
  private void start(Limits limits) throws Exception {
    fixture = new ServerFixture(dataDir, 64 << 20, 1 << 20, limits);
    port = fixture.server.port();
    if (fixture.server.firstTeacherPassword() != null) {
      firstPassword = fixture.server.firstTeacherPassword();
    }
    teacher = LiveClient.Teacher.signIn(port, "teacher", firstPassword);
  }

  @AfterEach
  void stop() throws Exception {
    if (fixture != null) {
      fixture.close();
    }
  }

  @Test
  @Timeout(120)
  void anIdleSessionEndsByItself_andEveryMemberHearsOfIt() throws Exception {
    start(Limits.DEFAULTS.withRetention(365, Duration.ofSeconds(2)));
    JsonNode session = teacher.start(port, "rainforest");
    String id = session.path("id").asText();
    try (LiveClient guide = teacher.watch(port, id); LiveClient aino = new LiveClient(port)) {
      aino.join(session.path("code").asText(), "Aino");
      long joined = System.nanoTime();
      assertThat(aino.closed.get(30, TimeUnit.SECONDS)).isEqualTo("1000 the session has ended");
      assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - joined)).as("not before 2 s without events")
          .isGreaterThanOrEqualTo(1900);
      assertThat(guide.next("session-ended").path("type").asText()).isEqualTo("session-ended");
    }
    JsonNode row = row(id);
    assertThat(row.path("open").asBoolean()).isFalse();
    assertThat(row.path("endedAt").isNull()).isFalse();
    try (LiveClient late = new LiveClient(port)) {
      assertThat(late.join(session.path("code").asText(), "Eemil").path("code").asText()).isEqualTo("unknown-code");
    }
  }

  @Test
  @Timeout(180)
  void anEndedSessionIsPurgedAfterTheRetention_withItsSnapshots_whileARecentOneIsKept() throws Exception {
    start(Limits.DEFAULTS.withRetention(1, Duration.ofHours(24)));
    String old = endedSessionWithWork(png(40, 30));
    String recent = endedSessionWithWork(png(20, 10));
    fixture.close();
    fixture = null;
    backdate(old, Duration.ofDays(2));

    start(Limits.DEFAULTS.withRetention(1, Duration.ofHours(24)));
    awaitTrue("the first purge shortly after the start deletes the old session", () -> row(old) == null);
    assertThat(teacher.get(port, "/api/sessions/" + old + "/work").statusCode()).isEqualTo(404);
    assertThat(Files.exists(blob(png(40, 30)))).as("the old snapshot's bytes").isFalse();

    assertThat(row(recent)).as("ended a moment ago: kept").isNotNull();
    JsonNode work = SceneJson.mapper().readTree(teacher.get(port, "/api/sessions/" + recent + "/work").body());
    assertThat(work.path("notes").findValuesAsText("text")).containsExactly("A note to keep");
    assertThat(work.path("snapshots")).hasSize(1);
    assertThat(Files.exists(blob(png(20, 10)))).isTrue();
  }

  @Test
  @Timeout(120)
  void aTeacherDeletesAnEndedSessionsSavedWorkNow_butNotAnOpenOneNorAnotherTeachersOne() throws Exception {
    start(Limits.DEFAULTS);
    JsonNode session = teacher.start(port, "school-yard");
    String id = session.path("id").asText();
    byte[] png = png(30, 20);
    try (LiveClient guide = teacher.watch(port, id); LiveClient aino = new LiveClient(port)) {
      String token = aino.join(session.path("code").asText(), "Aino").path("token").asText();
      assertThat(upload(token, png).statusCode()).isEqualTo(201);

      HttpResponse<String> open = delete(teacher, id);
      assertThat(open.statusCode()).isEqualTo(409);
      assertThat(SceneJson.mapper().readTree(open.body()).path("detail").asText())
          .isEqualTo("session " + id + " is still open: end it first, then delete its saved work");

      guide.send("{\"v\":1,\"type\":\"end-session\",\"ref\":\"end\"}");
      assertThat(aino.closed.get(10, TimeUnit.SECONDS)).startsWith("1000");
    }
    assertThat(delete(new LiveClient.Teacher(teacher.cookie(), "not-the-csrf-token"), id).statusCode()).isEqualTo(403);
    assertThat(delete(new LiveClient.Teacher("retki_session=forged", "x"), id).statusCode()).isEqualTo(401);
    try (fi.retki.server.store.Database db = fi.retki.server.store.Database.open(dataDir)) {
      new fi.retki.server.store.Teachers(db).add("Other Teacher", "another-secret".toCharArray());
    }
    LiveClient.Teacher other = LiveClient.Teacher.signIn(port, "Other Teacher", "another-secret");
    assertThat(delete(other, id).statusCode()).isEqualTo(404);
    assertThat(row(id)).as("still there after the refusals").isNotNull();

    assertThat(delete(teacher, id).statusCode()).isEqualTo(204);
    assertThat(row(id)).isNull();
    assertThat(teacher.get(port, "/api/sessions/" + id + "/work").statusCode()).isEqualTo(404);
    assertThat(Files.exists(blob(png))).as("the snapshot's bytes").isFalse();
    assertThat(delete(teacher, id).statusCode()).as("gone already").isEqualTo(404);
  }

  /** Starts a session, a pupil saves a note and a snapshot, the teacher ends it; returns its id. */
  private String endedSessionWithWork(byte[] png) throws Exception {
    JsonNode session = teacher.start(port, "school-yard");
    String id = session.path("id").asText();
    try (LiveClient guide = teacher.watch(port, id); LiveClient aino = new LiveClient(port)) {
      String token = aino.join(session.path("code").asText(), "Aino").path("token").asText();
      aino.send("{\"v\":1,\"type\":\"save-note\",\"ref\":\"n\",\"noteId\":\"n-1\",\"text\":\"A note to keep\"}");
      assertThat(aino.next("ack").path("ref").asText()).isEqualTo("n");
      assertThat(upload(token, png).statusCode()).isEqualTo(201);
      guide.send("{\"v\":1,\"type\":\"end-session\",\"ref\":\"end\"}");
      assertThat(aino.closed.get(10, TimeUnit.SECONDS)).startsWith("1000");
    }
    assertThat(Files.exists(blob(png))).isTrue();
    return id;
  }

  /** Moves a stopped server's session's end into the past. */
  private void backdate(String sessionId, Duration by) throws Exception {
    String url = "jdbc:h2:file:" + dataDir.resolve("db/retki").toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE";
    try (Connection c = DriverManager.getConnection(url, "retki", "");
        PreparedStatement update = c.prepareStatement("UPDATE class_session SET ended_at = ended_at - ? WHERE id = ?")) {
      update.setLong(1, by.toMillis());
      update.setString(2, sessionId);
      assertThat(update.executeUpdate()).isEqualTo(1);
    }
  }

  /** The session as {@code GET /api/sessions} lists it, or null. */
  private JsonNode row(String id) throws Exception {
    JsonNode list = SceneJson.mapper().readTree(teacher.get(port, "/api/sessions").body());
    for (JsonNode row : list.path("sessions")) {
      if (row.path("id").asText().equals(id)) {
        return row;
      }
    }
    return null;
  }

  private Path blob(byte[] data) {
    String sha = Sha256.of(data);
    return dataDir.resolve("store/blobs").resolve(sha.substring(0, 2)).resolve(sha);
  }

  private static byte[] png(int width, int height) throws Exception {
    return fi.retki.assets.image.Images.encode(new java.awt.image.BufferedImage(width, height,
        java.awt.image.BufferedImage.TYPE_INT_RGB), fi.retki.scenes.MediaType.PNG);
  }

  private HttpResponse<String> upload(String token, byte[] png) throws Exception {
    return LiveClient.HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/live/snapshots"))
        .header("Authorization", "Bearer " + token).header("Content-Type", "image/png")
        .POST(HttpRequest.BodyPublishers.ofByteArray(png)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> delete(LiveClient.Teacher who, String id) throws Exception {
    return LiveClient.HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/sessions/" + id))
        .header("Cookie", who.cookie()).header("X-CSRF-Token", who.csrf()).DELETE().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static void awaitTrue(String what, Callable<Boolean> condition) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (!condition.call()) {
      assertThat(System.nanoTime()).as(what + " within 30 s").isLessThan(deadline);
      Thread.sleep(100);
    }
  }
}
