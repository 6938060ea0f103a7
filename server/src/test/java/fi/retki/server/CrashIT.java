package fi.retki.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fi.retki.scenes.SceneJson;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server killed with SIGKILL in the middle of a lesson loses nothing it acknowledged: the
 * restarted server has the session open, its roster (as disconnected), every acknowledged note
 * and plan change, and the pupil comes back with their resume token.
 */
class CrashIT {
  @TempDir Path dataDir;

  @Test
  void killDashNineLosesNoAcknowledgedNoteOrPlanChange() throws Exception {
    Set<String> acked = new HashSet<>();
    String sessionId;
    List<String> tokens = new ArrayList<>();
    String password;
    try (ServerProcess server = new ServerProcess(dataDir)) {
      password = server.firstPassword();
      assertThat(password).as(String.join("\n", server.log)).isNotNull();
      LiveClient.Teacher teacher = LiveClient.Teacher.signIn(server.port, "teacher", password);
      JsonNode session = teacher.start(server.port, "school-yard");
      sessionId = session.path("id").asText();
      List<LiveClient> pupils = new ArrayList<>();
      try {
        for (int p = 0; p < 4; p++) {
          LiveClient pupil = new LiveClient(server.port);
          pupils.add(pupil);
          JsonNode welcome = pupil.join(session.path("code").asText(), "Pupil " + p);
          tokens.add(welcome.path("token").asText());
        }
        // Four pupils each send 25 notes and 25 plan changes at once (under the flood limit of
        // 100 in a burst); the kill comes after the 150th ack, while others are still being written.
        for (int i = 0; i < 100; i++) {
          LiveClient pupil = pupils.get(i % 4);
          pupil.send("{\"v\":1,\"type\":\"save-note\",\"ref\":\"n" + i + "\",\"noteId\":\"n-" + i
              + "\",\"text\":\"note " + i + "\"}");
          pupil.send("{\"v\":1,\"type\":\"place-object\",\"ref\":\"o" + i + "\",\"objectId\":\"o-" + i
              + "\",\"kind\":\"bench\",\"x\":" + (i % 10 - 5) + ",\"z\":" + (i / 10 - 5) + ",\"yaw\":0}");
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (acked.size() < 150 && System.nanoTime() < deadline) {
          for (LiveClient pupil : pupils) {
            JsonNode frame = pupil.frames.poll(20, TimeUnit.MILLISECONDS);
            if (frame == null) {
              continue;
            }
            assertThat(frame.path("type").asText()).as(frame.toString()).isIn("ack", "note-saved", "object-placed",
                "pupil-joined");
            if (frame.path("type").asText().equals("ack")) {
              acked.add(frame.path("ref").asText());
            }
          }
        }
        assertThat(acked).hasSizeGreaterThanOrEqualTo(150);
        server.kill();
      } finally {
        pupils.forEach(LiveClient::close);
      }
    }

    try (ServerProcess again = new ServerProcess(dataDir)) {
      assertThat(again.firstPassword()).as("the teacher account survived too").isNull();
      assertThat(String.join("\n", again.log)).contains("openSessions=1");
      LiveClient.Teacher teacher = LiveClient.Teacher.signIn(again.port, "teacher", password);
      JsonNode work = SceneJson.mapper().readTree(teacher.get(again.port, "/api/sessions/" + sessionId + "/work").body());
      Set<String> notes = new HashSet<>(work.path("notes").findValuesAsText("id"));
      Set<String> objects = new HashSet<>(work.path("plan").findValuesAsText("id"));
      for (String ref : acked) {
        String id = ref.charAt(0) + "-" + ref.substring(1);
        assertThat(ref.startsWith("n") ? notes : objects).as("acknowledged %s is there after the crash", ref).contains(id);
      }
      assertThat(work.path("status").asText()).isEqualTo("open");
      System.out.printf("CrashIT: %d of 200 acknowledged before kill -9; after restart %d notes, %d objects%n",
          acked.size(), notes.size(), objects.size());

      try (LiveClient pupil = new LiveClient(again.port)) {
        pupil.send("{\"v\":1,\"type\":\"rejoin\",\"token\":\"" + tokens.get(0) + "\"}");
        JsonNode welcome = pupil.next("welcome");
        assertThat(welcome.path("session").path("pupils").findValuesAsText("nickname"))
            .containsExactly("Pupil 0", "Pupil 1", "Pupil 2", "Pupil 3");
        assertThat(welcome.path("session").path("pupils").findValuesAsText("connected"))
            .as("the others have not come back yet").containsExactly("true", "false", "false", "false");
        assertThat(welcome.path("session").path("objects").size()).isGreaterThanOrEqualTo((int) acked.stream()
            .filter(r -> r.startsWith("o")).count());
      }
    }
  }
}
