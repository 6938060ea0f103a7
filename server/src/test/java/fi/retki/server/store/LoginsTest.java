package fi.retki.server.store;

import static fi.retki.server.store.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass(name = "on {0}")
@EnumSource(Engine.class)
class LoginsTest {
  @Parameter Engine engine;
  private static final Duration TTL = Duration.ofHours(8);
  @TempDir Path dataDir;
  private Database db;
  private Logins logins;
  private Teacher anna;

  @BeforeEach
  void open() {
    db = engine.fresh(dataDir).open();
    logins = new Logins(db);
    anna = Fixtures.teacher(db, "anna");
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void create_thenFind_givesTheLoginBack() {
    NewLogin created = logins.create(anna.id(), T0, TTL);
    assertThat(created.token()).matches("[A-Za-z0-9_-]{43}");
    assertThat(created.login().csrf()).matches("[A-Za-z0-9_-]{32}");
    assertThat(created.login().expiresAt()).isEqualTo(T0.plus(TTL));
    assertThat(logins.find(created.token(), T0.plusSeconds(60))).contains(created.login());
  }

  @Test
  void create_twice_givesDifferentTokens() {
    assertThat(logins.create(anna.id(), T0, TTL).token()).isNotEqualTo(logins.create(anna.id(), T0, TTL).token());
  }

  @Test
  void theTableHoldsTheTokensHashNotTheToken() {
    NewLogin created = logins.create(anna.id(), T0, TTL);
    List<String> stored = db.read(c -> {
      try (PreparedStatement query = c.prepareStatement("SELECT token_hash, csrf FROM teacher_login");
          ResultSet rows = query.executeQuery()) {
        List<String> values = new ArrayList<>();
        while (rows.next()) {
          values.add(rows.getString(1));
          values.add(rows.getString(2));
        }
        return values;
      }
    });
    assertThat(stored).doesNotContain(created.token())
        .containsExactly(Logins.sha256(created.token()), created.login().csrf());
    assertThat(stored.get(0)).matches("[0-9a-f]{64}");
  }

  @Test
  void find_atOrAfterExpiry_isEmptyAndDeletesTheLogin() {
    NewLogin created = logins.create(anna.id(), T0, TTL);
    assertThat(logins.find(created.token(), T0.plus(TTL).minusMillis(1))).isPresent();
    assertThat(logins.find(created.token(), T0.plus(TTL))).isEmpty();
    assertThat(Fixtures.count(db, "teacher_login")).isZero();
  }

  @Test
  void delete_endsTheLogin() {
    NewLogin kept = logins.create(anna.id(), T0, TTL);
    NewLogin ended = logins.create(anna.id(), T0, TTL);
    logins.delete(ended.token());
    assertThat(logins.find(ended.token(), T0)).isEmpty();
    assertThat(logins.find(kept.token(), T0)).isPresent();
  }

  @Test
  void find_unknownOrMissingToken_isEmpty() {
    logins.create(anna.id(), T0, TTL);
    assertThat(logins.find("not-a-token", T0)).isEmpty();
    assertThat(logins.find("", T0)).isEmpty();
    assertThat(logins.find(null, T0)).isEmpty();
  }

  @Test
  void deleteExpired_removesLoginsNobodyUsedAgain_andKeepsLiveOnes() {
    NewLogin early = logins.create(anna.id(), T0, TTL);
    NewLogin later = logins.create(anna.id(), T0.plusSeconds(3600), TTL);
    assertThat(logins.deleteExpired(T0.plus(TTL))).isEqualTo(1);
    assertThat(Fixtures.count(db, "teacher_login")).isEqualTo(1);
    assertThat(logins.find(later.token(), T0.plus(TTL))).isPresent();
    assertThat(logins.find(early.token(), T0)).isEmpty();
  }
}
