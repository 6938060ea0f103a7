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

@ParameterizedClass(name = "on {0}")
@EnumSource(Engine.class)
class SessionStoreTest {
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
  void create_thenById_givesTheRowBack() {
    try (Database db = database.open()) {
      SessionStore sessions = new SessionStore(db);
      Teacher anna = Fixtures.teacher(db, "anna");
      SessionRow row = Fixtures.session("s1", anna.id(), "K7PX2M", T0);
      sessions.create(row);
      assertThat(sessions.byId("s1")).contains(row);
      assertThat(sessions.byId("s2")).isEmpty();
    }
  }

  @Test
  void thePictureCode_isKept_andASessionWithoutOneIsGivenOneOnce() {
    try (Database db = database.open()) {
      SessionStore sessions = new SessionStore(db);
      Teacher anna = Fixtures.teacher(db, "anna");
      SessionRow older = Fixtures.session("s1", anna.id(), "K7PX2M", T0);
      SessionRow row = new SessionRow("s2", anna.id(), "HJK234", "rainforest", "lesson", "fi", true, T0, null,
          "cat-apple-fish-sun");
      sessions.create(older);
      sessions.create(row);
      assertThat(sessions.byId("s2")).contains(row);
      assertThat(sessions.byId("s1").orElseThrow().pictureCode()).isNull();

      sessions.setPictureCode("s1", "sun-sun-pig-frog");
      sessions.setPictureCode("s1", "dog-dog-dog-dog");
      sessions.setPictureCode("s2", "dog-dog-dog-dog");
      assertThat(sessions.byId("s1").orElseThrow().pictureCode()).isEqualTo("sun-sun-pig-frog");
      assertThat(sessions.byId("s2").orElseThrow().pictureCode()).isEqualTo("cat-apple-fish-sun");
    }
  }

  @Test
  void appendedEvents_comeBackInSeqOrder_afterCloseAndReopen() {
    try (Database db = database.open()) {
      SessionStore sessions = new SessionStore(db);
      sessions.create(Fixtures.session("s1", Fixtures.teacher(db, "anna").id(), "K7PX2M", T0));
      sessions.append("s1", List.of(event(0, "session-opened"), event(2, "went-to")));
      sessions.append("s1", List.of(event(1, "pupil-joined")));
      sessions.append("s1", List.of());
    }
    try (Database db = database.open()) {
      assertThat(new SessionStore(db).events("s1"))
          .containsExactly(event(0, "session-opened"), event(1, "pupil-joined"), event(2, "went-to"));
    }
  }

  @Test
  void append_isOneTransaction_aFailingEventStoresNone() {
    try (Database db = database.open()) {
      SessionStore sessions = new SessionStore(db);
      sessions.create(Fixtures.session("s1", Fixtures.teacher(db, "anna").id(), "K7PX2M", T0));
      sessions.append("s1", List.of(event(0, "session-opened")));
      assertThatThrownBy(() -> sessions.append("s1", List.of(event(1, "pupil-joined"), event(0, "went-to"))))
          .isInstanceOf(IllegalStateException.class);
      assertThat(sessions.events("s1")).containsExactly(event(0, "session-opened"));
    }
  }

  @Test
  void appendingSessionEnded_endsTheSession() {
    try (Database db = database.open()) {
      SessionStore sessions = new SessionStore(db);
      String teacher = Fixtures.teacher(db, "anna").id();
      sessions.create(Fixtures.session("s1", teacher, "K7PX2M", T0));
      sessions.create(Fixtures.session("s2", teacher, "Q4WZ9R", T0.plusSeconds(1)));
      assertThat(sessions.openCodes()).containsExactlyInAnyOrder("K7PX2M", "Q4WZ9R");

      sessions.append("s1", List.of(event(0, "session-opened"), event(5, SessionStore.SESSION_ENDED)));

      SessionRow ended = sessions.byId("s1").orElseThrow();
      assertThat(ended.open()).isFalse();
      assertThat(ended.endedAt()).isEqualTo(T0.plusSeconds(5));
      assertThat(sessions.open()).extracting(SessionRow::id).containsExactly("s2");
      assertThat(sessions.openCodes()).containsExactly("Q4WZ9R");
    }
  }

  @Test
  void ofTeacher_givesOnlyTheirSessions_newestFirst() {
    try (Database db = database.open()) {
      SessionStore sessions = new SessionStore(db);
      String anna = Fixtures.teacher(db, "anna").id();
      String bertta = Fixtures.teacher(db, "bertta").id();
      sessions.create(Fixtures.session("a-old", anna, "AAAAA2", T0));
      sessions.create(Fixtures.session("b-one", bertta, "BBBBB2", T0.plusSeconds(30)));
      sessions.create(Fixtures.session("a-new", anna, "AAAAA3", T0.plusSeconds(60)));
      assertThat(sessions.ofTeacher(anna)).extracting(SessionRow::id).containsExactly("a-new", "a-old");
      assertThat(sessions.ofTeacher(bertta)).extracting(SessionRow::id).containsExactly("b-one");
      assertThat(sessions.ofTeacher("nobody")).isEmpty();
    }
  }

  @Test
  void append_toUnknownSession_fails() {
    try (Database db = database.open()) {
      assertThatThrownBy(() -> new SessionStore(db).append("nope", List.of(event(0, "session-opened"))))
          .isInstanceOf(IllegalStateException.class);
    }
  }

  @Test
  void endedBefore_listsOnlySessionsEndedBeforeTheCutoff() {
    try (Database db = database.open()) {
      SessionStore sessions = new SessionStore(db);
      String teacher = Fixtures.teacher(db, "anna").id();
      sessions.create(Fixtures.session("old", teacher, "AAAAA2", T0));
      sessions.create(Fixtures.session("recent", teacher, "AAAAA3", T0));
      sessions.create(Fixtures.session("open", teacher, "AAAAA4", T0));
      sessions.append("old", List.of(event(10, SessionStore.SESSION_ENDED)));
      sessions.append("recent", List.of(event(100, SessionStore.SESSION_ENDED)));

      assertThat(sessions.endedBefore(T0.plusSeconds(50))).containsExactly("old");
      assertThat(sessions.endedBefore(T0.plusSeconds(10))).as("ended exactly at the cutoff is kept").isEmpty();
      assertThat(sessions.endedBefore(T0.plusSeconds(1000))).containsExactly("old", "recent");
    }
  }

  @Test
  void delete_removesAnEndedSessionAndItsEvents_butNeverAnOpenOne() {
    try (Database db = database.open()) {
      SessionStore sessions = new SessionStore(db);
      String teacher = Fixtures.teacher(db, "anna").id();
      sessions.create(Fixtures.session("ended", teacher, "AAAAA2", T0));
      sessions.create(Fixtures.session("open", teacher, "AAAAA3", T0));
      sessions.append("ended", List.of(event(1, "session-opened"), event(2, SessionStore.SESSION_ENDED)));
      sessions.append("open", List.of(event(1, "session-opened")));

      assertThat(sessions.delete("open")).isFalse();
      assertThat(sessions.delete("ended")).isTrue();
      assertThat(sessions.delete("ended")).as("gone already").isFalse();

      assertThat(sessions.byId("ended")).isEmpty();
      assertThat(sessions.events("ended")).isEmpty();
      assertThat(sessions.events("open")).hasSize(1);
      assertThat(Fixtures.count(db, "session_event")).isEqualTo(1);
    }
  }
}
