package fi.retki.server.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass(name = "on {0}")
@EnumSource(Engine.class)
class TeachersTest {
  @Parameter Engine engine;
  @TempDir Path dataDir;
  private Database db;
  private Teachers teachers;

  @BeforeEach
  void open() {
    db = engine.fresh(dataDir).open();
    teachers = Fixtures.teachers(db);
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void add_thenVerify_withTheRightPassword_findsTheTeacher() {
    Teacher anna = teachers.add("  Anna Virtanen ", "correct horse".toCharArray());
    assertThat(anna.name()).isEqualTo("Anna Virtanen");
    assertThat(teachers.verify("Anna Virtanen", "correct horse".toCharArray())).contains(anna);
    assertThat(teachers.byId(anna.id())).contains(anna);
  }

  @Test
  void verify_wrongPasswordOrUnknownName_isEmpty() {
    teachers.add("anna", "correct horse".toCharArray());
    assertThat(teachers.verify("anna", "correct horsf".toCharArray())).isEmpty();
    assertThat(teachers.verify("bertta", "correct horse".toCharArray())).isEmpty();
    assertThat(teachers.verify(null, null)).isEmpty();
  }

  @Test
  void candidate_thenCheck_isVerifySplitInTwo_andAPasswordOver72BytesNeverMatches() {
    Teacher anna = teachers.add("anna", "correct horse".toCharArray());
    Teachers.Candidate candidate = teachers.candidate(" anna ");
    assertThat(candidate.teacher()).contains(anna);
    assertThat(teachers.check(candidate, "correct horse".toCharArray())).contains(anna);
    assertThat(teachers.check(candidate, "correct horse".repeat(6).toCharArray())).isEmpty();
    assertThat(teachers.candidate("bertta").teacher()).isEmpty();
    assertThat(teachers.check(teachers.candidate("bertta"), "correct horse".toCharArray())).isEmpty();
  }

  @Test
  void add_storesABcryptHashNotThePassword() {
    Teacher anna = teachers.add("anna", "correct horse".toCharArray());
    String hash = db.read(c -> {
      try (PreparedStatement query = c.prepareStatement("SELECT password_hash FROM teacher WHERE id = ?")) {
        query.setString(1, anna.id());
        try (ResultSet rows = query.executeQuery()) {
          rows.next();
          return rows.getString(1);
        }
      }
    });
    assertThat(hash).startsWith("$2a$04$").doesNotContain("correct horse");
  }

  @Test
  void add_takenName_isRejectedNamingIt() {
    teachers.add("anna", "correct horse".toCharArray());
    assertThatThrownBy(() -> teachers.add("anna ", "another password".toCharArray()))
        .isInstanceOf(StoreException.class)
        .hasMessage("a teacher named anna already exists");
  }

  @Test
  void add_badNameOrPassword_isRejected() {
    char[] good = "correct horse".toCharArray();
    assertThatThrownBy(() -> teachers.add("   ", good)).hasMessage("a teacher's name is 1 to 80 characters, not 0");
    assertThatThrownBy(() -> teachers.add("a".repeat(81), good))
        .hasMessage("a teacher's name is 1 to 80 characters, not 81");
    assertThatThrownBy(() -> teachers.add("an\nna", good)).hasMessageContaining("control characters");
    assertThatThrownBy(() -> teachers.add("anna", "1234567".toCharArray()))
        .hasMessage("a password needs at least 8 characters");
    assertThatThrownBy(() -> teachers.add("anna", "ä".repeat(37).toCharArray()))
        .isInstanceOf(StoreException.class)
        .hasMessageStartingWith("a password can be at most 72 bytes");
    assertThat(teachers.add("a".repeat(80), "ä".repeat(36).toCharArray()).name()).hasSize(80);
    assertThat(Fixtures.count(db, "teacher")).as("only the last one was added").isEqualTo(1);
  }

  @Test
  void addFirst_createsTeacherOnceWithAReadablePassword() {
    assertThat(teachers.any()).isFalse();
    String password = teachers.addFirst();
    assertThat(password).hasSize(16).matches("[23456789abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ]+");
    assertThat(teachers.verify("teacher", password.toCharArray())).isPresent();
    assertThat(teachers.any()).isTrue();
    assertThat(teachers.addFirst()).isNull();
  }

  @Test
  void addFirst_whenATeacherExists_addsNone() {
    teachers.add("anna", "correct horse".toCharArray());
    assertThat(teachers.addFirst()).isNull();
    assertThat(teachers.verify("teacher", "anything at all".toCharArray())).isEmpty();
  }

  @Test
  void byId_unknown_isEmpty() {
    assertThat(teachers.byId("no-such-id")).isEmpty();
  }

  @Test
  void productionStrength_verifiesAgainstAWellFormedDummyForUnknownNames() {
    // A malformed dummy would make bcrypt return at once, and an unknown name quicker to reject.
    assertThat(Teachers.DUMMY_HASH).matches("\\$2a\\$12\\$[./A-Za-z0-9]{53}");
    assertThat(new Teachers(db).verify("nobody", "correct horse".toCharArray())).isEmpty();
  }
}
