package fi.retki.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fi.retki.scenes.live.JoinCodes;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Join codes typed from one address: a guesser gets a handful of answers and then is told to
 * wait, right code or not; a class of 30 on one school address, typos and all, gets in. Each test
 * has its own server, as every client here comes from 127.0.0.1.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class JoinCodeGuessingIT {
  @TempDir Path dataDir;

  @Test
  void guessingCodesFromOneAddressIsSlowedToAFewAnswersAndThenAWait() throws Exception {
    try (ServerFixture fixture = new ServerFixture(dataDir, 16 << 20, 1 << 20)) {
      int port = fixture.server.port();
      String code = LiveClient.Teacher.signIn(port, "teacher", fixture.server.firstTeacherPassword())
          .start(port, "rainforest").path("code").asText();
      List<LiveClient> guessers = new ArrayList<>();
      int unknown = 0;
      int waits = 0;
      long started = System.nanoTime();
      try {
        for (int c = 0; c < 5; c++) {
          guessers.add(new LiveClient(port));
        }
        for (int i = 0; i < 90; i++) { // 90 frames each: under a connection's burst of 100
          for (LiveClient guesser : guessers) {
            guesser.send(join(wrong(code, i * 5 + guessers.indexOf(guesser)), "Mallory"));
          }
          if (i == 45) {
            // The right code, in the middle of the guessing: the address has no token left.
            guessers.get(0).send(join(code, "Mallory"));
          }
        }
        JsonNode right = null;
        for (LiveClient guesser : guessers) {
          for (int i = 0; i < 90; i++) {
            if (guesser == guessers.get(0) && i == 46) {
              right = guesser.next();
            }
            String answer = guesser.next().path("code").asText();
            assertThat(answer).isIn("unknown-code", "too-many-tries");
            unknown += answer.equals("unknown-code") ? 1 : 0;
            waits += answer.equals("too-many-tries") ? 1 : 0;
          }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("guessing: 450 wrong codes in %.1f s: %d answered, %d told to wait; the right code among them: %s%n",
            seconds, unknown, waits, right.path("code").asText(right.path("type").asText()));
        assertThat(unknown).as("wrong codes answered").isLessThanOrEqualTo(30 + (int) Math.ceil(seconds / 2) + 1);
        assertThat(waits).isEqualTo(450 - unknown);
        assertThat(right.path("code").asText()).as("a waiting address is not told the right code is right")
            .isEqualTo("too-many-tries");
        assertThat(right.path("message").asText()).contains("wait");
      } finally {
        guessers.forEach(LiveClient::close);
      }
    }
  }

  @Test
  void thirtyPupilsOnOneSchoolAddressJoinAtOnce_typosAndAll() throws Exception {
    try (ServerFixture fixture = new ServerFixture(dataDir, 16 << 20, 1 << 20)) {
      int port = fixture.server.port();
      String code = LiveClient.Teacher.signIn(port, "teacher", fixture.server.firstTeacherPassword())
          .start(port, "rainforest").path("code").asText();
      List<LiveClient> pupils = new ArrayList<>();
      try {
        for (int i = 0; i < 30; i++) {
          pupils.add(new LiveClient(port));
        }
        for (int i = 0; i < 30; i++) {
          if (i % 5 == 0) {
            pupils.get(i).send(join(wrong(code, i), "Pupil " + i)); // a typo first
            pupils.get(i).send(join(wrong(code, i + 1), "Pupil " + i)); // and another
          }
          pupils.get(i).send(join(code.toLowerCase(), "Pupil " + i));
        }
        for (int i = 0; i < 30; i++) {
          if (i % 5 == 0) {
            assertThat(pupils.get(i).next().path("code").asText()).isEqualTo("unknown-code");
            assertThat(pupils.get(i).next().path("code").asText()).isEqualTo("unknown-code");
          }
          assertThat(pupils.get(i).next("welcome").path("role").asText()).as("pupil %d", i).isEqualTo("pupil");
        }
      } finally {
        pupils.forEach(LiveClient::close);
      }
    }
  }

  private static String join(String code, String nickname) {
    return "{\"v\":1,\"type\":\"join\",\"code\":\"" + code + "\",\"nickname\":\"" + nickname + "\"}";
  }

  /** A code that differs from {@code code} in one place, the {@code n}th of its kind. */
  private static String wrong(String code, int n) {
    int at = n % JoinCodes.LENGTH;
    String alphabet = JoinCodes.ALPHABET;
    char other = alphabet.charAt((alphabet.indexOf(code.charAt(at)) + 1 + n / JoinCodes.LENGTH % (alphabet.length() - 1))
        % alphabet.length());
    return code.substring(0, at) + other + code.substring(at + 1);
  }
}
