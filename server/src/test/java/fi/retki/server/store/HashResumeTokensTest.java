package fi.retki.server.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** A database of an earlier version, with pupils' tokens in plain text, brought up to date. */
@ParameterizedClass(name = "on {0}")
@EnumSource(Engine.class)
class HashResumeTokensTest {
  private static final String TOKEN = "q3TbK9xZ1mW8vR2nP5sD0fG7hJ4kL6yA";

  @Parameter Engine engine;
  @TempDir Path dataDir;

  @Test
  void anUpgradeReplacesStoredTokensByTheirHashes_andKeepsEverythingElse() throws Exception {
    TestDatabase database = engine.fresh(dataDir);
    Files.createDirectories(dataDir.resolve("db"));
    Flyway.configure().dataSource(database.jdbcUrl(), database.user(), database.password())
        .locations("classpath:fi/retki/server/store/migration").target("1").load().migrate();
    String joined = "{\"pupilId\":\"p-1\",\"nickname\":\"Aino\",\"resumeToken\":\"" + TOKEN
        + "\",\"at\":\"2026-09-01T08:00:00Z\"}";
    try (Connection c = DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password())) {
      c.createStatement().executeUpdate("INSERT INTO teacher VALUES ('t1', 'anna', 'x', 0)");
      c.createStatement().executeUpdate(
          "INSERT INTO class_session VALUES ('s1', 't1', 'K7PX2M', 'rainforest', 'lesson', 'fi', 'OPEN', 0, NULL)");
      try (PreparedStatement insert = c.prepareStatement("INSERT INTO session_event VALUES ('s1', ?, ?, ?, 0)")) {
        insert.setLong(1, 1);
        insert.setString(2, "pupil-joined");
        insert.setString(3, joined);
        insert.executeUpdate();
        insert.setLong(1, 2);
        insert.setString(2, "note-saved");
        insert.setString(3, "{\"noteId\":\"n-1\",\"pupilId\":\"p-1\",\"text\":\"resumeToken is my word\"}");
        insert.executeUpdate();
      }
    }

    if (engine == Engine.H2) {
      assertThat(filesOf(dataDir.resolve("db"))).as("what an earlier version left in the file").contains(TOKEN);
    }

    try (Database db = database.open()) {
      List<StoredEvent> events = new SessionStore(db).events("s1");
      assertThat(events.get(0).body()).doesNotContain(TOKEN).contains("\"resumeToken\":\"" + TokenHash.of(TOKEN) + "\"")
          .contains("\"nickname\":\"Aino\"");
      assertThat(events.get(1).body()).as("only resume tokens are touched")
          .isEqualTo("{\"noteId\":\"n-1\",\"pupilId\":\"p-1\",\"text\":\"resumeToken is my word\"}");
    }
    try (Database db = database.open()) {
      assertThat(new SessionStore(db).events("s1").get(0).body()).as("a second open changes nothing")
          .contains(TokenHash.of(TOKEN));
      assertThat(Fixtures.count(db, "session_event WHERE body LIKE '%" + TOKEN + "%'")).isZero();
    }
    if (engine == Engine.H2) {
      assertThat(filesOf(dataDir.resolve("db"))).as("the old token is gone from the file too").doesNotContain(TOKEN);
    }
  }

  /** The bytes of every file under {@code db/}, as Latin-1 text (so that any ASCII shows as is). */
  static String filesOf(Path folder) throws Exception {
    StringBuilder all = new StringBuilder();
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
        all.append(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
      }
    }
    return all.toString();
  }
}
