package fi.retki.server.store;

import static fi.retki.server.store.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Who runs each session, its codes and tokens across servers, and the fence on its writes. */
@ParameterizedClass(name = "on {0}")
@EnumSource(Engine.class)
class SessionOwnersTest {
  @Parameter Engine engine;
  @TempDir Path dataDir;
  private TestDatabase database;

  @BeforeEach
  void fresh() {
    database = engine.fresh(dataDir);
  }

  private static StoredEvent event(long seq, String type) {
    return new StoredEvent(seq, type, "{\"type\":\"" + type + "\",\"seq\":" + seq + "}", T0.plusSeconds(seq));
  }

  @Test
  void aNewSessionHoldsItsCodesForEveryServer_andTheyAreFoundUntilItEnds() {
    try (Database db = database.open()) {
      SessionStore sessions = new SessionStore(db);
      SessionOwners owners = new SessionOwners(db);
      Teacher anna = Fixtures.teacher(db, "anna");
      Owner a = new Owner("node-a", 1);
      assertThat(sessions.create(Fixtures.session("s1", anna.id(), "K7PX2M", T0), a, List.of("K7PX2M", "cat-sun-dog-pig")))
          .isTrue();
      assertThat(sessions.create(Fixtures.session("s2", anna.id(), "K7PX2M", T0), new Owner("node-b", 1),
          List.of("K7PX2M", "fish-sun-dog-pig"))).as("the code is taken").isFalse();
      assertThat(sessions.byId("s2")).as("nothing of the refused session is kept").isEmpty();
      assertThat(owners.byCode("K7PX2M")).contains(new SessionOwners.Located("s1", "node-a"));
      assertThat(owners.byCode("cat-sun-dog-pig")).contains(new SessionOwners.Located("s1", "node-a"));

      sessions.append("s1", List.of(event(1, "session-opened")), a, List.of("hash-of-aino"));
      assertThat(owners.byToken("hash-of-aino")).contains(new SessionOwners.Located("s1", "node-a"));
      assertThat(owners.byId("s1")).contains(new SessionOwners.Located("s1", "node-a"));

      sessions.append("s1", List.of(event(2, SessionStore.SESSION_ENDED)), a, List.of());
      assertThat(owners.byCode("K7PX2M")).as("an ended session frees its code").isEmpty();
      assertThat(owners.byToken("hash-of-aino")).isEmpty();
      assertThat(owners.byId("s1")).isEmpty();
      assertThat(sessions.create(Fixtures.session("s3", anna.id(), "K7PX2M", T0), a, List.of("K7PX2M"))).isTrue();
    }
  }

  @Test
  void aTakeoverBumpsTheEpoch_andTheOldOwnerCanWriteNothingMore() {
    try (Database db = database.open()) {
      SessionStore sessions = new SessionStore(db);
      SessionOwners owners = new SessionOwners(db);
      Teacher anna = Fixtures.teacher(db, "anna");
      Owner a = new Owner("node-a", 1);
      sessions.create(Fixtures.session("s1", anna.id(), "K7PX2M", T0), a, List.of("K7PX2M"));
      sessions.append("s1", List.of(event(1, "session-opened")), a, List.of());

      assertThat(owners.takeOver("s1", "node-x", "node-b")).as("only from its present owner").isEmpty();
      Owner b = owners.takeOver("s1", "node-a", "node-b").orElseThrow();
      assertThat(b).isEqualTo(new Owner("node-b", 2));
      assertThat(owners.takeOver("s1", "node-a", "node-c")).as("a second taker finds it taken").isEmpty();

      assertThatThrownBy(() -> sessions.append("s1", List.of(event(2, "went-to")), a, List.of()))
          .isInstanceOf(FencedException.class).hasMessageContaining("no longer owned by node node-a");
      sessions.append("s1", List.of(event(2, "went-to")), b, List.of());
      assertThat(sessions.events("s1")).extracting(StoredEvent::seq).containsExactly(1L, 2L);
      assertThat(owners.open()).containsExactly(new SessionOwners.Located("s1", "node-b"));
    }
  }

  @Test
  void aSessionFromBeforeOwnersIsTakenFromNobody_andItsCodesAndTokensRemembered() {
    try (Database db = database.open()) {
      SessionStore sessions = new SessionStore(db);
      SessionOwners owners = new SessionOwners(db);
      Teacher anna = Fixtures.teacher(db, "anna");
      sessions.create(Fixtures.session("old", anna.id(), "HJK234", T0));
      assertThat(owners.open()).containsExactly(new SessionOwners.Located("old", null));
      assertThat(owners.takeOver("old", null, "node-a")).contains(new Owner("node-a", 1));
      owners.remember("old", List.of("HJK234"), List.of("t1", "t2"));
      owners.remember("old", List.of("HJK234"), List.of("t1", "t2"));
      assertThat(owners.byCode("HJK234")).contains(new SessionOwners.Located("old", "node-a"));
      assertThat(owners.byToken("t2")).contains(new SessionOwners.Located("old", "node-a"));
      sessions.append("old", List.of(event(1, SessionStore.SESSION_ENDED)));
      assertThat(sessions.delete("old")).as("a deleted session takes its tokens along").isTrue();
      assertThat(Fixtures.count(db, "resume_token")).isZero();
    }
  }
}
