package fi.retki.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * No pupil's resume token can be read from the data directory, which only the server's user can
 * open at all; and the tokens still work for rejoining and uploading, also after a restart.
 */
class ResumeTokensOnDiskIT {
  @TempDir Path dataDir;

  @Test
  @Timeout(120)
  void noTokenIsInTheDatabaseFiles_andTheTokensStillWork_beforeAndAfterARestart() throws Exception {
    List<String> tokens = new ArrayList<>();
    String pupilId;
    String token;
    try (ServerFixture fixture = new ServerFixture(dataDir, 64 << 20, 1 << 20)) {
      int port = fixture.server.port();
      LiveClient.Teacher teacher = LiveClient.Teacher.signIn(port, "teacher", fixture.server.firstTeacherPassword());
      JsonNode session = teacher.start(port, "school-yard");
      try (LiveClient aino = new LiveClient(port); LiveClient eemil = new LiveClient(port)) {
        JsonNode welcome = aino.join(session.path("code").asText(), "Aino");
        tokens.add(welcome.path("token").asText());
        tokens.add(eemil.join(session.path("code").asText(), "Eemil").path("token").asText());
        pupilId = welcome.path("you").asText();
        token = welcome.path("token").asText();
        aino.send("{\"v\":1,\"type\":\"save-note\",\"ref\":\"n\",\"noteId\":\"n-1\",\"text\":\"A bench\"}");
        assertThat(aino.next("ack").path("ref").asText()).isEqualTo("n");
      }
      assertThat(rejoin(port, token).path("you").asText()).isEqualTo(pupilId);
      assertThat(upload(port, token).statusCode()).isEqualTo(201);

      assertThat(tokens).allSatisfy(t -> assertThat(t).matches("[A-Za-z0-9_-]{43}"));
      assertNoTokenIn(dataDir.resolve("db"), tokens, "while the server runs");
      assertOwnerOnly();
    }
    assertNoTokenIn(dataDir.resolve("db"), tokens, "after a clean stop");

    try (ServerFixture again = new ServerFixture(dataDir, 64 << 20, 1 << 20)) {
      int port = again.server.port();
      assertThat(rejoin(port, token).path("you").asText()).as("the restored session takes the token")
          .isEqualTo(pupilId);
      assertThat(upload(port, token).statusCode()).isEqualTo(201);
      assertThat(upload(port, token.substring(1) + "A").statusCode()).as("a wrong token").isEqualTo(401);
      assertNoTokenIn(dataDir.resolve("db"), tokens, "after a restart");
      assertOwnerOnly();
    }
  }

  @Test
  @Timeout(120)
  void aClassOpenedBeforeTheUpgrade_withItsTokensInPlainText_keepsItsPupils() throws Exception {
    String token;
    String pupilId;
    try (ServerFixture fixture = new ServerFixture(dataDir, 64 << 20, 1 << 20)) {
      int port = fixture.server.port();
      LiveClient.Teacher teacher = LiveClient.Teacher.signIn(port, "teacher", fixture.server.firstTeacherPassword());
      JsonNode session = teacher.start(port, "rainforest");
      try (LiveClient aino = new LiveClient(port)) {
        JsonNode welcome = aino.join(session.path("code").asText(), "Aino");
        token = welcome.path("token").asText();
        pupilId = welcome.path("you").asText();
      }
    }
    // What an earlier version left behind: the token itself in the event, and no migration 2 yet.
    String url = "jdbc:h2:file:" + dataDir.resolve("db/retki").toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE";
    try (Connection c = DriverManager.getConnection(url, "retki", "");
        PreparedStatement plain = c.prepareStatement(
            "UPDATE session_event SET body = REPLACE(body, ?, ?) WHERE type = 'pupil-joined'");
        PreparedStatement notMigrated = c.prepareStatement("DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '2'");
        // nor migration 3 (picture codes), which came later still
        PreparedStatement notMigrated3 = c.prepareStatement("DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '3'");
        PreparedStatement noPictures = c.prepareStatement("ALTER TABLE class_session DROP COLUMN picture_code");
        // nor migration 4 (session owners, codes and tokens kept for every node)
        java.sql.Statement noOwners = c.createStatement()) {
      plain.setString(1, fi.retki.server.store.TokenHash.of(token));
      plain.setString(2, token);
      assertThat(plain.executeUpdate()).isEqualTo(1);
      assertThat(notMigrated.executeUpdate()).isEqualTo(1);
      assertThat(notMigrated3.executeUpdate()).isEqualTo(1);
      noPictures.executeUpdate();
      assertThat(noOwners.executeUpdate("DELETE FROM \"flyway_schema_history\" WHERE \"version\" IN ('4', '5')"))
          .isEqualTo(2);
      noOwners.execute("DROP TABLE snapshot_part");
      noOwners.execute("DROP TABLE server_secret");
      noOwners.execute("DROP TABLE open_code");
      noOwners.execute("DROP TABLE resume_token");
      noOwners.execute("ALTER TABLE class_session DROP COLUMN owner_node");
      noOwners.execute("ALTER TABLE class_session DROP COLUMN owner_epoch");
    }
    assertThat(filesOf(dataDir.resolve("db"))).as("the token in plain text, as before the upgrade").contains(token);

    try (ServerFixture upgraded = new ServerFixture(dataDir, 64 << 20, 1 << 20)) {
      int port = upgraded.server.port();
      assertThat(rejoin(port, token).path("you").asText()).as("the pupil's old token still works").isEqualTo(pupilId);
      assertThat(upload(port, token).statusCode()).isEqualTo(201);
    }
    assertNoTokenIn(dataDir.resolve("db"), List.of(token), "after the upgrade");
  }

  private void assertOwnerOnly() throws Exception {
    assertThat(mode(dataDir.resolve("db"))).isEqualTo("rwx------");
    assertThat(mode(dataDir.resolve("store"))).isEqualTo("rwx------");
    try (Stream<Path> files = Files.list(dataDir.resolve("db"))) {
      assertThat(files.filter(Files::isRegularFile).map(ResumeTokensOnDiskIT::mode)).isNotEmpty()
          .containsOnly("rw-------");
    }
  }

  /** Every file under {@code folder}, its bytes as Latin-1 text: any ASCII string in them shows as is. */
  private static String filesOf(Path folder) throws Exception {
    StringBuilder bytes = new StringBuilder();
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
        bytes.append(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
      }
    }
    return bytes.toString();
  }

  private static void assertNoTokenIn(Path folder, List<String> tokens, String when) throws Exception {
    StringBuilder bytes = new StringBuilder(filesOf(folder));
    assertThat(bytes.length()).as("the database files hold something " + when).isGreaterThan(0);
    assertThat(bytes.toString()).as("the pupils' nicknames are there " + when).contains("Aino");
    for (String token : tokens) {
      assertThat(bytes.toString()).as("a resume token in the database files " + when).doesNotContain(token);
    }
  }

  private static JsonNode rejoin(int port, String token) throws Exception {
    try (LiveClient back = new LiveClient(port)) {
      back.send("{\"v\":1,\"type\":\"rejoin\",\"token\":\"" + token + "\"}");
      return back.next("welcome");
    }
  }

  private static HttpResponse<String> upload(int port, String token) throws Exception {
    byte[] png = fi.retki.assets.image.Images.encode(new java.awt.image.BufferedImage(32, 24,
        java.awt.image.BufferedImage.TYPE_INT_RGB), fi.retki.scenes.MediaType.PNG);
    return LiveClient.HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/live/snapshots"))
        .header("Authorization", "Bearer " + token).header("Content-Type", "image/png")
        .POST(HttpRequest.BodyPublishers.ofByteArray(png)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String mode(Path path) {
    try {
      return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
