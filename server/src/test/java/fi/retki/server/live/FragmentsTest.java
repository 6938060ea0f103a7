package fi.retki.server.live;

import static org.assertj.core.api.Assertions.assertThat;

import fi.retki.server.live.Fragments.Outcome;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.WebSocketFrame;
import org.junit.jupiter.api.Test;

class FragmentsTest {
  @Test
  void aTextMessageInPartsIsPutTogether() {
    Fragments fragments = new Fragments(100);

    assertThat(fragments.add(WebSocketFrame.textFrame("{\"v\":", false), true)).isEqualTo(Outcome.MORE);
    assertThat(fragments.add(WebSocketFrame.continuationFrame(Buffer.buffer("1,"), false), true)).isEqualTo(Outcome.MORE);
    assertThat(fragments.add(WebSocketFrame.continuationFrame(Buffer.buffer("\"äö\":2}"), true), true)).isEqualTo(Outcome.TEXT);
    assertThat(fragments.text()).isEqualTo("{\"v\":1,\"äö\":2}");
  }

  @Test
  void aMessageGrowingOverTheLimitIsRefusedAsSoonAsItIs() {
    Fragments fragments = new Fragments(10);

    assertThat(fragments.add(WebSocketFrame.textFrame("12345678", false), true)).isEqualTo(Outcome.MORE);
    assertThat(fragments.add(WebSocketFrame.continuationFrame(Buffer.buffer("901"), false), true)).isEqualTo(Outcome.TOO_LARGE);
    assertThat(fragments.add(WebSocketFrame.textFrame("ok", true), true)).as("the next message starts afresh").isEqualTo(Outcome.TEXT);
  }

  @Test
  void aMessageWithAPartDroppedIsDroppedWhole_andBinaryIsNeverKept() {
    Fragments fragments = new Fragments(100);

    fragments.add(WebSocketFrame.textFrame("{\"v\":", false), true);
    fragments.add(WebSocketFrame.continuationFrame(Buffer.buffer("1,"), false), false);
    assertThat(fragments.add(WebSocketFrame.continuationFrame(Buffer.buffer("}"), true), true)).isEqualTo(Outcome.DROPPED);
    fragments.add(WebSocketFrame.binaryFrame(Buffer.buffer(new byte[40]), false), true);
    assertThat(fragments.add(WebSocketFrame.continuationFrame(Buffer.buffer(new byte[40]), true), true)).isEqualTo(Outcome.BINARY);
    assertThat(fragments.text()).isNull();
  }
}
