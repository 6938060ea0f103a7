package fi.retki.server.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** What holds on either database; the embedded file's own care is in {@link EmbeddedDatabaseTest}. */
@ParameterizedClass(name = "on {0}")
@EnumSource(Engine.class)
class DatabaseTest {
  @Parameter Engine engine;
  @TempDir Path dataDir;
  private TestDatabase database;

  @BeforeEach
  void fresh() {
    database = engine.fresh(dataDir);
  }

  static List<String> appliedMigrations(Database db) {
    return db.read(c -> {
      try (PreparedStatement query = c.prepareStatement(
          "SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"version\" IS NOT NULL AND \"success\" = TRUE ORDER BY \"installed_rank\"");
          ResultSet rows = query.executeQuery()) {
        List<String> versions = new ArrayList<>();
        while (rows.next()) {
          versions.add(rows.getString(1));
        }
        return versions;
      }
    });
  }

  @Test
  void open_firstTime_migrates() {
    try (Database db = database.open()) {
      assertThat(appliedMigrations(db)).containsExactly("1", "2", "3", "4", "5");
      assertThat(new SessionStore(db).open()).isEmpty();
    }
  }

  @Test
  void open_again_keepsTheDataAndDoesNotMigrateTwice() {
    try (Database db = database.open()) {
      Fixtures.teacher(db, "anna");
    }
    try (Database db = database.open()) {
      assertThat(appliedMigrations(db)).containsExactly("1", "2", "3", "4", "5");
      assertThat(new Teachers(db).any()).isTrue();
    }
  }

  @Test
  void transaction_thatThrows_isRolledBack() {
    try (Database db = database.open()) {
      assertThatThrownBy(() -> db.transaction(c -> {
        try (PreparedStatement insert = c.prepareStatement(
            "INSERT INTO teacher (id, name, password_hash, created_at) VALUES ('t1', 'anna', 'x', 0)")) {
          insert.executeUpdate();
        }
        throw new IllegalStateException("after the insert");
      })).hasMessage("after the insert");
      assertThat(new Teachers(db).any()).isFalse();
    }
  }

  @Test
  void anEventBodyOfHalfAMegabyte_comesBackWhole() {
    // A lesson plan or a long note: the migrations' VARCHAR(1000000) must hold it on both.
    String body = "{\"text\":\"" + "ä".repeat(500_000) + "\"}";
    try (Database db = database.open()) {
      SessionStore sessions = new SessionStore(db);
      sessions.create(Fixtures.session("s1", Fixtures.teacher(db, "anna").id(), "K7PX2M", Fixtures.T0));
      sessions.append("s1", List.of(new StoredEvent(1, "plan-set", body, Fixtures.T0)));
      assertThat(sessions.events("s1").get(0).body()).isEqualTo(body);
    }
  }
}
