package fi.retki.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fi.retki.scenes.SceneJson;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Live class sessions end to end: real server, real WebSockets, the real database. */
class LiveSessionsIT extends SignedInServer {
  @Test
  void aPupilJoinsWithTheRightCodeAndIsToldPlainlyAboutAWrongOne() throws Exception {
    JsonNode session = teacher.start(port, "rainforest");
    try (LiveClient aino = new LiveClient(port); LiveClient wrong = new LiveClient(port)) {
      JsonNode welcome = aino.join(session.path("code").asText().toLowerCase(), "  Aino ");
      assertThat(welcome.path("type").asText()).isEqualTo("welcome");
      assertThat(welcome.path("role").asText()).isEqualTo("pupil");
      assertThat(welcome.path("token").asText()).hasSizeGreaterThan(20);
      assertThat(welcome.path("session").path("scene").asText()).isEqualTo("rainforest");
      assertThat(welcome.path("session").path("pupils").findValuesAsText("nickname")).containsExactly("Aino");
      assertThat(welcome.path("session").path("pupils").get(0).has("resumeToken")).isFalse();

      JsonNode refused = wrong.join("ZZZZZZ", "Eemil");
      assertThat(refused.path("type").asText()).isEqualTo("error");
      assertThat(refused.path("code").asText()).isEqualTo("unknown-code");
      assertThat(refused.path("message").asText()).contains("ZZZZZZ");
      assertThat(wrong.join(session.path("code").asText(), "Eemil").path("type").asText())
          .as("the same connection can try again").isEqualTo("welcome");
      String metrics = new String(fixture.get(LiveClient.HTTP, "/metrics", ServerFixture.metricsAuthorization()).body(), StandardCharsets.UTF_8);
      java.util.regex.Matcher connections = java.util.regex.Pattern.compile("retki_live_connections\\S* (\\d+)")
          .matcher(metrics);
      assertThat(connections.find()).as(metrics).isTrue();
      assertThat(Double.parseDouble(connections.group(1))).isGreaterThanOrEqualTo(2);
      assertThat(metrics).contains("retki_live_sessions");
    }
  }

  @Test
  void thirtyPupilsGetEveryGoToInTheOrderTheTeacherSentThem() throws Exception {
    JsonNode session = teacher.start(port, "rainforest");
    List<LiveClient> pupils = new ArrayList<>();
    try (LiveClient guide = teacher.watch(port, session.path("id").asText())) {
      for (int i = 0; i < 30; i++) {
        LiveClient pupil = new LiveClient(port);
        pupils.add(pupil);
        assertThat(pupil.join(session.path("code").asText(), "Pupil " + i).path("type").asText()).isEqualTo("welcome");
      }
      JsonNode scene = SceneJson.mapper().readTree(teacher.get(port, "/api/scenes/rainforest").body());
      List<String> points = scene.path("pointsOfInterest").findValuesAsText("id");
      List<String> sent = new ArrayList<>();
      for (int round = 0; round < 3; round++) {
        for (String poi : points) {
          guide.send("{\"v\":1,\"type\":\"go-to\",\"poi\":\"" + poi + "\"}");
          sent.add(poi);
        }
      }
      for (LiveClient pupil : pupils) {
        List<String> received = new ArrayList<>();
        long lastSeq = 0;
        while (received.size() < sent.size()) {
          JsonNode event = pupil.next("went-to");
          assertThat(event.path("seq").asLong()).isGreaterThan(lastSeq);
          lastSeq = event.path("seq").asLong();
          received.add(event.path("poi").asText());
        }
        assertThat(received).isEqualTo(sent);
      }
    } finally {
      pupils.forEach(LiveClient::close);
    }
  }

  @Test
  void eyesOnMePausesEveryoneAndResumeGivesMovementBack() throws Exception {
    JsonNode session = teacher.start(port, "sea-floor");
    try (LiveClient guide = teacher.watch(port, session.path("id").asText()); LiveClient aino = new LiveClient(port)) {
      aino.join(session.path("code").asText(), "Aino");
      guide.send("{\"v\":1,\"type\":\"pause\",\"ref\":\"p\"}");
      assertThat(aino.next("paused").path("type").asText()).isEqualTo("paused");
      assertThat(guide.next("ack").path("ref").asText()).isEqualTo("p");
      aino.send("{\"v\":1,\"type\":\"resume\",\"ref\":\"r\"}");
      JsonNode refused = aino.next("error");
      assertThat(refused.path("code").asText()).isEqualTo("not-teacher");
      assertThat(refused.path("ref").asText()).isEqualTo("r");
      guide.send("{\"v\":1,\"type\":\"resume\"}");
      assertThat(aino.next("resumed").path("type").asText()).isEqualTo("resumed");
    }
  }

  @Test
  void aDroppedPupilShowsAsDisconnectedAndComesBackWithTheirNote() throws Exception {
    JsonNode session = teacher.start(port, "rainforest");
    try (LiveClient guide = teacher.watch(port, session.path("id").asText())) {
      LiveClient first = new LiveClient(port);
      JsonNode welcome = first.join(session.path("code").asText(), "Aino");
      String pupilId = welcome.path("you").asText();
      first.send("{\"v\":1,\"type\":\"save-note\",\"ref\":\"n\",\"noteId\":\"n-1\",\"text\":\"A sloth!\"}");
      assertThat(first.next("ack").path("ref").asText()).isEqualTo("n");
      first.close();
      assertThat(guide.next("pupil-disconnected").path("pupilId").asText()).isEqualTo(pupilId);

      try (LiveClient again = new LiveClient(port)) {
        again.send("{\"v\":1,\"type\":\"rejoin\",\"token\":\"" + welcome.path("token").asText() + "\"}");
        JsonNode back = again.next("welcome");
        assertThat(back.path("you").asText()).isEqualTo(pupilId);
        assertThat(back.path("session").path("notes").findValuesAsText("text")).containsExactly("A sloth!");
        assertThat(guide.next("pupil-rejoined").path("pupilId").asText()).isEqualTo(pupilId);
      }
    }
  }

  @Test
  void badFramesGetErrorFramesAndTheConnectionLivesOn() throws Exception {
    JsonNode session = teacher.start(port, "rainforest");
    try (LiveClient aino = new LiveClient(port)) {
      aino.send("{not json");
      assertThat(aino.next().path("code").asText()).isEqualTo("malformed");
      aino.send("{\"v\":1,\"type\":\"teleport\",\"ref\":\"t\"}");
      JsonNode unknown = aino.next();
      assertThat(unknown.path("code").asText()).isEqualTo("unknown-type");
      assertThat(unknown.path("ref").asText()).isEqualTo("t");
      aino.send("{\"v\":1,\"type\":\"save-note\",\"noteId\":\"n\",\"text\":\"" + "x".repeat(70_000) + "\"}");
      assertThat(aino.next().path("code").asText()).isEqualTo("too-large");
      aino.send("{\"v\":1,\"type\":\"progress\",\"fraction\":0.5}");
      assertThat(aino.next().path("code").asText()).as("commands before joining").isEqualTo("not-joined");
      assertThat(aino.join(session.path("code").asText(), "Aino").path("type").asText()).isEqualTo("welcome");
      assertThat(aino.closed).isNotDone();
    }
  }

  @Test
  void aFloodIsSlowedThenClosedWithAReason() throws Exception {
    try (LiveClient flood = new LiveClient(port)) {
      try {
        for (int sent = 0; sent < 2000 && !flood.closed.isDone(); sent++) {
          flood.socket.sendText("{\"v\":1,\"type\":\"leave\"}", true).get(10, TimeUnit.SECONDS);
        }
      } catch (java.util.concurrent.ExecutionException closedWhileSending) {
        // The server closed the connection while frames were still going out: what we want.
      }
      assertThat(flood.next("error").path("code").asText()).isIn("not-joined", "slow-down");
      assertThat(flood.closed.get(10, TimeUnit.SECONDS)).isEqualTo("1008 flooding: more than 50 messages a second");
    }
  }

  @Test
  void aPupilCannotActInAnotherSessionNorATeacherInAnotherTeachersSession() throws Exception {
    JsonNode yard = teacher.start(port, "school-yard");
    JsonNode other = teacher.start(port, "school-yard");
    try (LiveClient aino = new LiveClient(port); LiveClient eemil = new LiveClient(port);
        LiveClient stranger = new LiveClient(port)) {
      aino.join(yard.path("code").asText(), "Aino");
      eemil.join(other.path("code").asText(), "Eemil");
      aino.send("{\"v\":1,\"type\":\"place-object\",\"ref\":\"a\",\"objectId\":\"o-1\",\"kind\":\"bench\",\"x\":0,\"z\":0,\"yaw\":0}");
      assertThat(aino.next("ack").path("ref").asText()).isEqualTo("a");
      eemil.send("{\"v\":1,\"type\":\"move-object\",\"ref\":\"e\",\"objectId\":\"o-1\",\"x\":1,\"z\":1}");
      assertThat(eemil.next("error").path("code").asText()).as("o-1 is not in Eemil's session")
          .isEqualTo("unknown-object");
      aino.send("{\"v\":1,\"type\":\"join\",\"code\":\"" + other.path("code").asText() + "\",\"nickname\":\"Aino\"}");
      assertThat(aino.next("error").path("code").asText()).isEqualTo("already-identified");

      stranger.send("{\"v\":1,\"type\":\"watch\",\"session\":\"" + yard.path("id").asText() + "\"}");
      assertThat(stranger.next("error").path("code").asText()).as("no cookie").isEqualTo("not-signed-in");
    }
  }

  @Test
  void savedWorkIsListedAndExportedAsAZipWithAGallery() throws Exception {
    JsonNode session = teacher.start(port, "school-yard");
    String id = session.path("id").asText();
    try (LiveClient guide = teacher.watch(port, id); LiveClient aino = new LiveClient(port)) {
      JsonNode welcome = aino.join(session.path("code").asText(), "Aino");
      aino.send("{\"v\":1,\"type\":\"save-note\",\"ref\":\"n\",\"noteId\":\"n-1\",\"text\":\"Swings by the gate\"}");
      aino.next("ack");
      byte[] png = fi.retki.assets.image.Images.encode(new java.awt.image.BufferedImage(64, 48,
          java.awt.image.BufferedImage.TYPE_INT_RGB), fi.retki.scenes.MediaType.PNG);
      HttpResponse<String> upload = snapshot(welcome.path("token").asText(), png);
      assertThat(upload.statusCode()).as(upload.body()).isEqualTo(201);
      assertThat(guide.next("snapshot-attached").path("bytes").asLong()).isEqualTo(png.length);
      HttpResponse<String> huge = snapshot(welcome.path("token").asText(), new byte[6 << 20]);
      assertThat(huge.statusCode()).isEqualTo(413);
      assertThat(snapshot(welcome.path("token").asText(), "not a png".getBytes(StandardCharsets.UTF_8)).statusCode())
          .isEqualTo(415);
      guide.send("{\"v\":1,\"type\":\"end-session\",\"ref\":\"end\"}");
      assertThat(aino.closed.get(10, TimeUnit.SECONDS)).startsWith("1000");
      try (LiveClient late = new LiveClient(port)) {
        late.send("{\"v\":1,\"type\":\"rejoin\",\"token\":\"" + welcome.path("token").asText() + "\"}");
        assertThat(late.next("error").path("code").asText()).as("an ended session's tokens are gone")
            .isEqualTo("unknown-resume-token");
      }
    }

    JsonNode list = SceneJson.mapper().readTree(teacher.get(port, "/api/sessions").body());
    assertThat(list.path("sessions").findValuesAsText("id")).contains(id);
    JsonNode work = SceneJson.mapper().readTree(teacher.get(port, "/api/sessions/" + id + "/work").body());
    assertThat(work.path("status").asText()).isEqualTo("ended");
    assertThat(work.path("notes").findValuesAsText("text")).containsExactly("Swings by the gate");
    assertThat(work.path("snapshots")).hasSize(1);

    HttpResponse<byte[]> zip = teacher.get(port, "/api/sessions/" + id + "/export.zip");
    assertThat(zip.statusCode()).isEqualTo(200);
    Map<String, byte[]> entries = unzip(zip.body());
    String folder = zip.headers().firstValue("Content-Disposition").orElseThrow().replaceAll(".*filename=\"(.*)\\.zip\"", "$1");
    assertThat(entries.keySet()).contains(folder + "/index.html", folder + "/work.json");
    assertThat(entries.keySet()).anyMatch(name -> name.startsWith(folder + "/snapshots/") && name.endsWith(".png"));
    assertThat(new String(entries.get(folder + "/index.html"), StandardCharsets.UTF_8)).contains("Swings by the gate");

    LiveClient.Teacher nobody = new LiveClient.Teacher("retki_session=forged", "x");
    assertThat(nobody.get(port, "/api/sessions/" + id + "/work").statusCode()).isEqualTo(401);
    assertThat(teacher.get(port, "/api/sessions/not-a-session/work").statusCode()).isEqualTo(404);
  }

  @Test
  void aTeacherNeitherSeesNorGuidesAnotherTeachersSession() throws Exception {
    JsonNode mine = teacher.start(port, "rainforest");
    // The same database file, opened again in this JVM: H2 shares the open database.
    try (fi.retki.server.store.Database db = fi.retki.server.store.Database.open(dataDir)) {
      new fi.retki.server.store.Teachers(db).add("Other Teacher", "another-secret".toCharArray());
    }
    LiveClient.Teacher other = LiveClient.Teacher.signIn(port, "Other Teacher", "another-secret");
    String id = mine.path("id").asText();

    assertThat(other.get(port, "/api/sessions/" + id + "/work").statusCode()).isEqualTo(404);
    assertThat(other.get(port, "/api/sessions/" + id + "/export.zip").statusCode()).isEqualTo(404);
    assertThat(SceneJson.mapper().readTree(other.get(port, "/api/sessions").body()).path("sessions").findValuesAsText("id"))
        .doesNotContain(id);
    try (LiveClient intruder = new LiveClient(port, "Cookie", other.cookie())) {
      intruder.send("{\"v\":1,\"type\":\"watch\",\"session\":\"" + id + "\"}");
      assertThat(intruder.next("error").path("code").asText()).isEqualTo("not-your-session");
      intruder.send("{\"v\":1,\"type\":\"end-session\"}");
      assertThat(intruder.next("error").path("code").asText()).isEqualTo("not-joined");
    }
    try (LiveClient foreignPage = new LiveClient(port, "Cookie", teacher.cookie(), "Origin", "http://evil.example")) {
      foreignPage.send("{\"v\":1,\"type\":\"watch\",\"session\":\"" + id + "\"}");
      assertThat(foreignPage.next("error").path("code").asText()).as("a page of another origin")
          .isEqualTo("not-signed-in");
    }
  }

  @Test
  void stateChangesNeedTheCsrfTokenAndSignInIsRateLimited() throws Exception {
    LiveClient.Teacher forged = new LiveClient.Teacher(teacher.cookie(), "wrong");
    assertThat(forged.post(port, "/api/sessions", "{\"scene\":\"rainforest\"}").statusCode()).isEqualTo(403);
    int last = 0;
    for (int i = 0; i < 6; i++) {
      last = LiveClient.HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/login"))
          .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"mallory\",\"password\":\"guess" + i + "\"}"))
          .build(), HttpResponse.BodyHandlers.ofString()).statusCode();
    }
    assertThat(last).isEqualTo(429);
  }

  private static HttpResponse<String> snapshot(String token, byte[] body) throws Exception {
    return LiveClient.HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/live/snapshots"))
        .header("Authorization", "Bearer " + token).header("Content-Type", "image/png")
        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
  }
}
