package fi.retki.client.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fi.retki.client.app.state.BannerState;
import fi.retki.client.app.state.EndedState;
import fi.retki.client.app.state.ExploreState;
import fi.retki.client.app.state.GuidedState;
import fi.retki.client.app.state.HudState;
import fi.retki.client.app.state.JoinState;
import fi.retki.client.app.state.LobbyState;
import fi.retki.client.app.state.PlanState;
import fi.retki.client.app.state.PoiState;
import fi.retki.client.app.state.WorldState;
import fi.retki.client.app.ui.Ui;
import fi.retki.client.live.LiveLink;
import fi.retki.scenes.Language;
import fi.retki.scenes.live.Command;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * The way into a lesson and out of it, as a pupil takes it: the join screen from the keyboard
 * (xdotool through the X server, {@link XInput}), the client's words in the lesson's language, the
 * ended screen after the teacher's End session and a second lesson joined from it in the same app.
 */
class JoinFlowIT extends WithLesson {
  /** Settings as a machine remembers them: no server yet, the join screen's language chosen before. */
  private static ClientSettings remembered(String language) {
    return new ClientSettings(null, language, 1.0, "auto", false);
  }

  private static ClientHarness client(String name, ClientSettings remembered, String... args) throws Exception {
    return ClientHarness.client(data.resolve("cache-" + name), new Timings(System.nanoTime()), remembered, args);
  }

  private static List<String> words(ClientHarness client) throws Exception {
    return client.call(() -> ClientRenderIT.texts(client.app.getGuiNode()));
  }

  /** Waits until this part of the join form has the keyboard ("code", "nickname", "join", "server"). */
  private static void awaitFocus(ClientHarness client, JoinState join, String part) {
    awaitValue(client, "the keyboard in the " + part, 5, join::focus, part::equals);
  }

  /** Polls a value on the render thread until it satisfies the condition (a failure names the last value). */
  private static <T> void awaitValue(ClientHarness client, String what, int seconds, Callable<T> value,
      Predicate<T> condition) {
    Awaitility.await(what).atMost(seconds, TimeUnit.SECONDS).pollInterval(Duration.ofMillis(20))
        .until(() -> client.call(value), condition);
  }

  private static String in(Ui text, Language language) {
    return text.in(language);
  }

  @Test
  void serverGiven_theJoinScreenHasNoServerField_f10ShowsIt_withoutOneTheFieldIsThere() throws Exception {
    try (ClientHarness client = client("server-given", remembered("fi"), "--server", lesson.base(), "--windowed")) {
      JoinState join = client.awaitState(JoinState.class, 30);
      assertThat(words(client)).as("words on the join screen with --server")
          .contains("Koodi", "Nimimerkki", "Liity").doesNotContain("Palvelin", lesson.base());
      ClientHarness.save(client.grab(), "join-server-hidden");

      XInput.of(client.title).key("F10");
      client.awaitTrue(join::serverShown, 5);
      awaitFocus(client, join, "server");
      assertThat(words(client)).as("words after F10").contains("Palvelin", lesson.base());
      ClientHarness.save(client.grab(), "join-server-f10");
    }
    try (ClientHarness client = client("no-server", remembered("sv"), "--windowed")) {
      JoinState join = client.awaitState(JoinState.class, 30);
      assertThat(client.call(join::serverShown)).as("the server field when no server is set").isTrue();
      assertThat(words(client)).as("words on the join screen of a machine never set up")
          .contains("Server", ClientSettings.DEFAULT_SERVER, "Kod", "Smeknamn");
    }
  }

  @Test
  void keyboard_tabGoesRound_nicknameStopsAt20_enterOnJoinJoins_wrongCodeMessageClearsOnEdit() throws Exception {
    try (ClientHarness client = client("keyboard", remembered("en"), "--server", lesson.base(), "--windowed")) {
      JoinState join = client.awaitState(JoinState.class, 30);
      XInput input = XInput.of(client.title);
      awaitFocus(client, join, "code");
      input.type("hkmnpr");
      input.key("Tab");
      awaitFocus(client, join, "nickname");
      String seventy = "Seitsemankymmenta ".repeat(4).substring(0, 70);
      input.type(seventy);
      client.awaitFrames(5);
      assertThat(client.call(join::nicknameText)).as("the nickname after typing 70 characters")
          .isEqualTo(seventy.substring(0, 20));
      assertThat(client.call(join::codeText)).as("the code field").isEqualTo("hkmnpr");

      input.key("Tab");
      awaitFocus(client, join, "join");
      input.key("Tab");
      awaitFocus(client, join, "code");
      input.key("shift+Tab");
      awaitFocus(client, join, "join");
      ClientHarness.save(client.grab(), "join-keyboard-focus-on-join");

      input.key("Return");
      awaitValue(client, "the message after Enter on Join", 20, join::message, in(Ui.UNKNOWN_CODE, Language.EN)::equals);
      ClientHarness.save(client.grab(), "join-keyboard-wrong-code");

      // One key a frame or more apart, as a person presses them: Lemur's listeners each take a
      // frame's keys in one go, so two Tabs within a frame would both go to the first field.
      input.key("shift+Tab");
      awaitFocus(client, join, "nickname");
      input.key("shift+Tab");
      awaitFocus(client, join, "code");
      assertThat(client.call(join::message)).as("the message before the code is edited")
          .isEqualTo(in(Ui.UNKNOWN_CODE, Language.EN));
      input.key("BackSpace");
      client.awaitTrue(() -> join.codeText().equals("hkmnp"), 5);
      client.awaitFrames(3);
      assertThat(client.call(join::message)).as("the message once the code is edited").isEmpty();
    }
  }

  @Test
  void englishLesson_enterInTheNicknameJoins_andTheClientsWordsAreEnglish() throws Exception {
    JsonNode session = lesson.start("rainforest", "en");
    try (ClientHarness client = client("english", remembered("fi"), "--server", lesson.base(), "--tier", "low",
        "--windowed");
        Lesson.Console teacher = lesson.watch(session.path("id").asText())) {
      JoinState join = client.awaitState(JoinState.class, 30);
      assertThat(words(client)).as("the join screen in the language chosen before").contains("Koodi", "Liity");
      XInput input = XInput.of(client.title);
      input.type(session.path("code").asText());
      input.key("Tab");
      awaitFocus(client, join, "nickname");
      input.type("Aino");
      client.awaitTrue(() -> join.nicknameText().equals("Aino"), 5);
      input.key("Return");
      client.awaitLessonReady();

      List<String> words = words(client);
      assertThat(words).as("the client's words in an English lesson")
          .contains(in(Ui.SNAPSHOT, Language.EN), in(Ui.NOTE, Language.EN))
          .doesNotContain(in(Ui.SNAPSHOT, Language.FI), in(Ui.NOTE, Language.FI));
      teacher.command("pause", "");
      client.awaitTrue(() -> client.app.getStateManager().getState(GuidedState.class).pausedSignShown(), 10);
      assertThat(words(client)).as("the words while the teacher has paused the class")
          .contains(in(Ui.EYES_ON_TEACHER, Language.EN)).doesNotContain(in(Ui.EYES_ON_TEACHER, Language.FI));
      ClientHarness.save(client.grab(), "lesson-english-words");
    }
  }

  @Test
  void languageFlag_keepsTheClientsWordsInItsLanguage_inALessonInAnother() throws Exception {
    JsonNode session = lesson.start("rainforest", "sv");
    try (ClientHarness client = client("flag", remembered("en"), "--server", lesson.base(), "--tier", "low",
        "--windowed", "--language", "fi", "--code", session.path("code").asText(), "--nickname", "Saga")) {
      client.awaitLessonReady();
      assertThat(words(client)).as("the client's words with --language fi in a Swedish lesson")
          .contains(in(Ui.SNAPSHOT, Language.FI), in(Ui.NOTE, Language.FI))
          .doesNotContain(in(Ui.SNAPSHOT, Language.SV));
    }
  }

  @Test
  void endSession_showsTheEndedScreen_backGoesToJoin_andASecondLessonJoinsInTheSameApp() throws Exception {
    JsonNode first = lesson.start("rainforest", "en");
    try (ClientHarness client = client("ended", remembered("fi"), "--server", lesson.base(), "--tier", "low",
        "--windowed", "--code", first.path("code").asText(), "--nickname", "Eino")) {
      client.awaitLessonReady();
      LiveLink firstLink = client.call(() -> client.app.flow().connection().link());
      try (Lesson.Console teacher = lesson.watch(first.path("id").asText())) {
        teacher.command("end-session", "");
      }
      client.awaitState(EndedState.class, 20);
      client.awaitFrames(3);
      assertThat(words(client)).as("words on the ended screen of an English lesson")
          .containsOnly(in(Ui.LESSON_ENDED, Language.EN), in(Ui.THANKS, Language.EN),
              in(Ui.BACK_TO_JOIN, Language.EN));
      // (a render-thread call cannot return null: jME's timed get takes it for a timeout)
      for (Class<? extends com.jme3.app.state.AppState> type : List.of(LobbyState.class, ExploreState.class,
          GuidedState.class, HudState.class, BannerState.class, PoiState.class)) {
        assertThat(client.call(() -> client.app.getStateManager().getState(type) == null))
            .as("%s gone after the lesson ended", type.getSimpleName()).isTrue();
      }
      assertThat(client.call(() -> client.app.getStateManager().getState(WorldState.class).built() == null))
          .as("the scene unloaded after the lesson ended").isTrue();
      assertThat(client.call(() -> client.app.getRootNode().getQuantity())).as("spatials under the root node").isZero();
      assertThat(client.call(() -> client.app.flow().connection() == null)).as("the flow's connection gone").isTrue();
      assertThat(firstLink.send(new Command.SaveNote("n-after", "after the end")))
          .as("a note sent on the first lesson's link").failsWithin(5, TimeUnit.SECONDS);
      ClientHarness.save(client.grab(), "lesson-ended");

      Pupil pupil = new Pupil(client, XInput.of(client.title));
      pupil.click(1, pupil.button(in(Ui.BACK_TO_JOIN, Language.EN)));
      JoinState join = client.awaitState(JoinState.class, 10);
      assertThat(client.call(() -> client.app.getStateManager().getState(EndedState.class) == null))
          .as("the ended screen gone after Back").isTrue();
      assertThat(words(client)).as("the join screen after the lesson, in the join language")
          .contains("Koodi", "Nimimerkki", "Liity").doesNotContain(in(Ui.LESSON_ENDED, Language.EN));
      assertThat(client.call(join::codeText)).as("the code field of the next join").isEmpty();
      ClientHarness.save(client.grab(), "join-after-lesson");

      JsonNode second = lesson.start("school-yard", "sv");
      XInput input = pupil.input();
      awaitFocus(client, join, "code");
      input.type(second.path("code").asText());
      input.key("Return");
      client.awaitLessonReady();
      client.awaitState(PlanState.class, 30);
      assertThat(client.call(() -> client.app.getStateManager().getState(WorldState.class).built().scene().id()))
          .as("the scene of the second lesson").isEqualTo("school-yard");
      assertThat(words(client)).as("the client's words in the second, Swedish lesson")
          .contains(in(Ui.SNAPSHOT, Language.SV)).doesNotContain(in(Ui.SNAPSHOT, Language.EN));
      JsonNode work = lesson.awaitWork(second.path("id").asText(), w -> w.path("pupils").size() == 1);
      assertThat(work.path("pupils").toString()).as("the second lesson's class").contains("Eino");
      ClientHarness.save(client.grab(), "second-lesson-swedish");
    }
  }
}
