package fi.retki.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fi.retki.scenes.SceneJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * What a hostile {@code /live} client can try, frame by frame, on raw sockets: floods of bad
 * frames and pings, fragments without end, reserved bits, wrong JSON types, a full class, a
 * member that stops reading. Each is refused plainly and bounded; the server serves on.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class LiveSocketAbuseIT extends SignedInServer {
  @Test
  void aReadingClientFloodingBinaryFramesGetsABoundedNumberOfRepliesThenIsClosed() throws Exception {
    try (RawWebSocket flood = new RawWebSocket(port)) {
      Thread writer = writeInBackground(flood, repeat(RawWebSocket.frame(RawWebSocket.BINARY, true, 0, new byte[] {1}), 100_000));
      int errors = 0;
      RawWebSocket.Frame frame;
      while ((frame = flood.read()) != null && frame.opcode() != RawWebSocket.CLOSE) {
        assertThat(SceneJson.mapper().readTree(frame.text()).path("type").asText()).isEqualTo("error");
        errors++;
      }
      writer.join(10_000);
      System.out.printf("binary flood, reading: %d error replies, then %s%n", errors,
          frame == null ? "the end of the connection" : frame.closeCode() + " " + frame.closeReason());
      assertThat(frame).as("a close frame").isNotNull();
      assertThat(frame.closeCode()).isEqualTo(1008);
      assertThat(errors).as("error replies before the close").isBetween(1, 260);
      assertThat(flood.endedWithin(5_000)).as("the server ends the connection").isTrue();
    }
  }

  @Test
  void aClientThatKeepsSendingBadMessagesBelowTheFloodRateIsClosedAfterABoundedNumberOfErrors() throws Exception {
    try (RawWebSocket bad = new RawWebSocket(port)) {
      Thread writer = new Thread(() -> {
        try {
          for (int i = 0; i < 400; i++) {
            bad.sendText("{not json " + i);
            Thread.sleep(25); // 40 a second: under the flood limit of 50
          }
        } catch (IOException | InterruptedException closed) {
          // the server closed the connection: what we want
        }
      });
      writer.setDaemon(true);
      writer.start();
      int errors = 0;
      RawWebSocket.Frame frame;
      while ((frame = bad.read()) != null && frame.opcode() != RawWebSocket.CLOSE) {
        assertThat(SceneJson.mapper().readTree(frame.text()).path("code").asText()).isEqualTo("malformed");
        errors++;
      }
      writer.interrupt();
      assertThat(frame).as("a close frame").isNotNull();
      assertThat(frame.closeCode()).isEqualTo(1008);
      assertThat(frame.closeReason()).startsWith("too many bad messages");
      assertThat(errors).isBetween(150, 170);
    }
  }

  @Test
  void aPingFloodIsClosed() throws Exception {
    try (RawWebSocket flood = new RawWebSocket(port)) {
      Thread writer = writeInBackground(flood, repeat(RawWebSocket.frame(RawWebSocket.PING, true, 0, new byte[] {1, 2}), 100_000));
      int pongs = 0;
      RawWebSocket.Frame frame;
      while ((frame = flood.read()) != null && frame.opcode() != RawWebSocket.CLOSE) {
        if (frame.opcode() == RawWebSocket.TEXT) {
          assertThat(frame.text()).contains("slow-down");
        } else {
          assertThat(frame.opcode()).isEqualTo(RawWebSocket.PONG);
          pongs++;
        }
      }
      writer.join(10_000);
      System.out.printf("ping flood: %d pongs, then %s%n", pongs, frame == null ? "the end" : frame.closeCode() + " " + frame.closeReason());
      assertThat(frame).as("a close frame").isNotNull();
      assertThat(frame.closeCode()).isEqualTo(1008);
      assertThat(frame.closeReason()).startsWith("flooding");
      assertThat(pongs).as("pongs before the close").isLessThan(1_000);
      assertThat(flood.endedWithin(5_000)).isTrue();
    }
  }

  @Test
  void aFragmentedMessageOverTheLimitGetsAnErrorAndA1009Close() throws Exception {
    try (RawWebSocket big = new RawWebSocket(port)) {
      byte[] part = new byte[32 * 1024];
      java.util.Arrays.fill(part, (byte) 'x');
      java.io.ByteArrayOutputStream parts = new java.io.ByteArrayOutputStream();
      parts.writeBytes(RawWebSocket.frame(RawWebSocket.TEXT, false, 0, part));
      for (int i = 0; i < 6400; i++) { // 200 MiB of fragments, if the server took them all
        parts.writeBytes(RawWebSocket.frame(RawWebSocket.CONTINUATION, false, 0, part));
        if (parts.size() > 8 << 20) {
          break;
        }
      }
      Thread writer = writeInBackground(big, parts.toByteArray());
      JsonNode error = SceneJson.mapper().readTree(big.read().text());
      assertThat(error.path("code").asText()).isEqualTo("too-large");
      assertThat(error.path("message").asText()).contains("128 KiB");
      RawWebSocket.Frame close = big.readUntilClose();
      assertThat(close).as("a close frame").isNotNull();
      assertThat(close.closeCode()).isEqualTo(1009);
      assertThat(big.endedWithin(5_000)).isTrue();
      writer.join(10_000);
    }
  }

  @Test
  void aFragmentedMessageWithinTheLimitIsPutTogether() throws Exception {
    try (RawWebSocket client = new RawWebSocket(port)) {
      client.send(RawWebSocket.TEXT, false, 0, "{\"v\":1,\"type\":".getBytes(StandardCharsets.UTF_8));
      client.send(RawWebSocket.PING, true, 0, new byte[] {9});
      client.send(RawWebSocket.CONTINUATION, false, 0, "\"teleport\",".getBytes(StandardCharsets.UTF_8));
      client.send(RawWebSocket.CONTINUATION, true, 0, "\"ref\":\"f\"}".getBytes(StandardCharsets.UTF_8));
      assertThat(client.read().opcode()).isEqualTo(RawWebSocket.PONG);
      JsonNode reply = SceneJson.mapper().readTree(client.read().text());
      assertThat(reply.path("code").asText()).isEqualTo("unknown-type");
      assertThat(reply.path("ref").asText()).isEqualTo("f");
    }
  }

  @Test
  void aFrameWithAReservedBitAndNoExtensionIsAProtocolError() throws Exception {
    try (RawWebSocket client = new RawWebSocket(port)) {
      client.send(RawWebSocket.TEXT, true, 4, "{\"v\":1,\"type\":\"leave\"}".getBytes(StandardCharsets.UTF_8));
      RawWebSocket.Frame close = client.readUntilClose();
      assertThat(close).as("a close frame").isNotNull();
      assertThat(close.closeCode()).isEqualTo(1002);
      assertThat(client.endedWithin(5_000)).isTrue();
    }
  }

  @Test
  void aNumberWhereAStringBelongsIsRefusedByNameAndTheConnectionLivesOn() throws Exception {
    JsonNode session = teacher.start(port, "rainforest");
    try (LiveClient aino = new LiveClient(port)) {
      aino.join(session.path("code").asText(), "Aino");
      aino.send("{\"v\":1,\"type\":\"save-note\",\"ref\":\"bad\",\"noteId\":1,\"text\":2}");
      JsonNode refused = aino.next("error");
      assertThat(refused.path("code").asText()).isEqualTo("bad-field");
      assertThat(refused.path("ref").asText()).isEqualTo("bad");
      assertThat(refused.path("message").asText()).contains("noteId").contains("string");
      aino.send("{\"v\":1,\"type\":\"save-note\",\"ref\":\"good\",\"noteId\":\"n-1\",\"text\":\"2\"}");
      assertThat(aino.next("ack").path("ref").asText()).isEqualTo("good");
      assertThat(aino.closed).isNotDone();
    }
    JsonNode work = SceneJson.mapper().readTree(teacher.get(port, "/api/sessions/" + session.path("id").asText() + "/work").body());
    assertThat(work.path("notes").findValuesAsText("id")).containsExactly("n-1");
  }

  @Test
  void theSixtyFirstPupilIsToldTheClassIsFull_andAPupilComingBackStillGetsIn() throws Exception {
    JsonNode session = teacher.start(port, "rainforest");
    String code = session.path("code").asText();
    List<LiveClient> pupils = new ArrayList<>();
    try {
      JsonNode first = null;
      for (int i = 0; i < 60; i++) {
        LiveClient pupil = new LiveClient(port);
        pupils.add(pupil);
        JsonNode welcome = pupil.join(code, "Pupil " + i);
        assertThat(welcome.path("type").asText()).as("pupil %d", i).isEqualTo("welcome");
        first = first == null ? welcome : first;
      }
      try (LiveClient late = new LiveClient(port)) {
        JsonNode refused = late.join(code, "Late");
        assertThat(refused.path("code").asText()).isEqualTo("class-full");
        assertThat(refused.path("message").asText()).contains("full").contains("teacher");
      }
      pupils.get(0).close();
      try (LiveClient back = new LiveClient(port)) {
        back.send("{\"v\":1,\"type\":\"rejoin\",\"token\":\"" + first.path("token").asText() + "\"}");
        JsonNode welcome = back.next("welcome");
        assertThat(welcome.path("you").asText()).isEqualTo(first.path("you").asText());
      }
    } finally {
      pupils.forEach(LiveClient::close);
    }
  }

  @Test
  void aTeacherWhoStopsReadingIsClosedAndThePupilsAreNotHeldUp() throws Exception {
    JsonNode session = teacher.start(port, "rainforest");
    String code = session.path("code").asText();
    try (RawWebSocket console = new RawWebSocket(port, 4096, "Cookie", teacher.cookie())) {
      console.sendText("{\"v\":1,\"type\":\"watch\",\"session\":\"" + session.path("id").asText() + "\"}");
      List<LiveClient> pupils = new ArrayList<>();
      try {
        for (int i = 0; i < 20; i++) {
          LiveClient pupil = new LiveClient(port);
          pupils.add(pupil);
          assertThat(pupil.join(code, "Pupil " + i).path("type").asText()).isEqualTo("welcome");
        }
        // 200 notes of 2,000 characters from each of 20 pupils, at 40 a second each: 8 MB for the
        // teacher, more than the kernel's buffers (4 MB here) and the server's limit together.
        String text = "a".repeat(2000);
        long started = System.nanoTime();
        for (int round = 0; round < 200; round++) {
          for (int p = 0; p < pupils.size(); p++) {
            pupils.get(p).send("{\"v\":1,\"type\":\"save-note\",\"ref\":\"" + round + "\",\"noteId\":\"n-" + p + "-" + round
                + "\",\"text\":\"" + text + "\"}");
          }
          Thread.sleep(25);
        }
        for (LiveClient pupil : pupils) {
          for (int round = 0; round < 200; round++) {
            assertThat(ackOrError(pupil).path("ref").asText()).isEqualTo(String.valueOf(round));
          }
        }
        long allAcked = (System.nanoTime() - started) / 1_000_000;
        long probe = System.nanoTime();
        pupils.get(0).send("{\"v\":1,\"type\":\"save-note\",\"ref\":\"probe\",\"noteId\":\"probe\",\"text\":\"still here\"}");
        assertThat(ackOrError(pupils.get(0)).path("ref").asText()).isEqualTo("probe");
        long probeMillis = (System.nanoTime() - probe) / 1_000_000;
        System.out.printf("non-reading teacher: 4,000 notes sent and acknowledged in %d ms; a note after: %d ms%n",
            allAcked, probeMillis);
        assertThat(probeMillis).as("a pupil's note after the flood (ms)").isLessThan(1_000);
      } finally {
        pupils.forEach(LiveClient::close);
      }
      RawWebSocket.Frame close = console.readUntilClose();
      System.out.println("non-reading teacher: " + (close == null ? "connection ended" : close.closeCode() + " " + close.closeReason()));
      if (close != null) {
        assertThat(close.closeCode()).isEqualTo(4001);
        assertThat(close.closeReason()).contains("not reading");
      }
      assertThat(console.endedWithin(5_000)).as("the server ended the connection").isTrue();
    }
  }

  /** The next ack, skipping events; an error fails the test with its message. */
  private static JsonNode ackOrError(LiveClient client) throws Exception {
    while (true) {
      JsonNode frame = client.next();
      String type = frame.path("type").asText();
      assertThat(type).as("%s", frame).isNotEqualTo("error");
      if (type.equals("ack")) {
        return frame;
      }
    }
  }

  private static byte[] repeat(byte[] frame, int times) {
    byte[] all = new byte[frame.length * times];
    for (int i = 0; i < times; i++) {
      System.arraycopy(frame, 0, all, i * frame.length, frame.length);
    }
    return all;
  }

  /** Writes {@code bytes} from a daemon thread; a write the server refuses ends it quietly. */
  private static Thread writeInBackground(RawWebSocket socket, byte[] bytes) {
    Thread writer = new Thread(() -> {
      try {
        socket.output().write(bytes);
        socket.output().flush();
      } catch (IOException closedByTheServer) {
        // what the test expects sooner or later
      }
    }, "raw-writer");
    writer.setDaemon(true);
    writer.start();
    return writer;
  }
}
