package fi.retki.scenes.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import fi.retki.scenes.SceneJson;
import fi.retki.scenes.live.Event;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One golden file per message type: {@code golden/wire/request} holds what clients send,
 * {@code golden/wire/reply} what the server sends. Each reads and writes back to the same JSON.
 * {@code golden/wire/bad} holds frames a server must refuse, with the error beside each; run with
 * {@code -Dgolden.update=true} to rewrite those after a deliberate change.
 */
class WireCodecGoldenTest {
  private static final Path WIRE = Path.of("src/test/resources/golden/wire");

  static Stream<String> requests() throws IOException {
    return names(WIRE.resolve("request"), ".json");
  }

  static Stream<String> replies() throws IOException {
    return names(WIRE.resolve("reply"), ".json");
  }

  static Stream<String> badFrames() throws IOException {
    return names(WIRE.resolve("bad"), ".txt");
  }

  private static Stream<String> names(Path dir, String suffix) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(suffix))
          .map(n -> n.substring(0, n.length() - suffix.length())).sorted().collect(Collectors.toList()).stream();
    }
  }

  @Test
  void everyMessageType_hasAGoldenFile_andNoFileIsStray() throws IOException {
    Set<String> clientTypes = new TreeSet<>(WireCodec.requestTypes());
    clientTypes.addAll(WireCodec.commandTypes());
    assertThat((Set<String>) requests().collect(Collectors.toCollection(TreeSet::new))).isEqualTo(clientTypes);

    Set<String> serverTypes = new TreeSet<>(WireCodec.replyTypes());
    serverTypes.addAll(WireCodec.eventTypes());
    assertThat((Set<String>) replies().collect(Collectors.toCollection(TreeSet::new))).isEqualTo(serverTypes);
  }

  @ParameterizedTest
  @MethodSource("requests")
  void request_roundTrips(String type) throws Exception {
    String frame = read("request", type + ".json");
    Inbound inbound = WireCodec.decodeRequest(frame);

    assertThat(tree(WireCodec.encodeRequest(inbound.ref(), inbound.request()))).isEqualTo(tree(frame));
  }

  @ParameterizedTest
  @MethodSource("replies")
  void reply_roundTrips(String type) throws Exception {
    String frame = read("reply", type + ".json");
    Reply reply = WireCodec.decodeReply(frame);

    assertThat(tree(WireCodec.encodeReply(reply))).isEqualTo(tree(frame));
    if (reply instanceof Reply.Happened happened) {
      Event event = happened.event();
      assertThat(WireCodec.readEvent(WireCodec.typeOf(event), WireCodec.storeEvent(event))).isEqualTo(event);
    }
  }

  @ParameterizedTest
  @MethodSource("badFrames")
  void badFrame_isRefusedWithTheExpectedError(String name) throws IOException {
    String frame = read("bad", name + ".txt").strip();
    WireException error = catchThrowableOfType(WireException.class, () -> WireCodec.decodeRequest(frame));
    assertThat(error).as("frame %s must be refused", name).isNotNull();
    String actual = error.code() + " (ref " + error.ref() + "): " + error.getMessage() + "\n";

    Path expected = WIRE.resolve("bad").resolve(name + ".expected");
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(expected, actual, StandardCharsets.UTF_8);
    }
    assertThat(actual).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
  }

  @Test
  void oversizeFrame_isRefusedBeforeParsing() {
    String frame = "{\"v\":1,\"type\":\"save-note\",\"noteId\":\"n\",\"text\":\"" + "a".repeat(WireCodec.MAX_FRAME) + "\"}";

    assertThatThrownBy(() -> WireCodec.decodeRequest(frame))
        .isInstanceOfSatisfying(WireException.class, e -> assertThat(e.code()).isEqualTo("too-large"));
  }

  @Test
  void resumeToken_isStoredButNeverSent() {
    Event joined = new Event.PupilJoined("p-1", "Aino", "secret-token", java.time.Instant.parse("2026-11-25T09:00:00Z"));

    assertThat(WireCodec.encodeReply(new Reply.Happened(3, joined))).doesNotContain("secret-token");
    assertThat(WireCodec.storeEvent(joined)).contains("secret-token");
    assertThat(WireCodec.readEvent("pupil-joined", WireCodec.storeEvent(joined))).isEqualTo(joined);
  }

  private static String read(String dir, String file) throws IOException {
    return Files.readString(WIRE.resolve(dir).resolve(file), StandardCharsets.UTF_8);
  }

  private static JsonNode tree(String json) throws IOException {
    return SceneJson.mapper().readTree(json);
  }
}
