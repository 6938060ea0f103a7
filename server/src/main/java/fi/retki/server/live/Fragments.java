package fi.retki.server.live;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.WebSocketFrame;
import java.nio.charset.StandardCharsets;

/**
 * Puts one connection's messages together from their data frames (a text or binary frame, then
 * continuations until one is final), counting their bytes as they come: a message over
 * {@code max} is refused as soon as it is, and only text is kept, never more than {@code max}.
 * Netty has already checked the order of the fragments. Owned by the connection's context.
 */
final class Fragments {
  enum Outcome { MORE, TEXT, BINARY, DROPPED, TOO_LARGE }

  private final int max;
  private boolean binary;
  private int bytes;
  private boolean dropped;
  private Buffer parts;
  private String text;

  Fragments(int max) {
    this.max = max;
  }

  /**
   * Adds a data frame; {@code allowed} is false for a frame the guard dropped, and then the
   * whole message is dropped. After {@code TEXT}, {@link #text()} is the message.
   */
  Outcome add(WebSocketFrame frame, boolean allowed) {
    if (!frame.isContinuation()) {
      binary = frame.isBinary();
      bytes = 0;
      dropped = false;
      parts = null;
    }
    text = null;
    bytes += frame.binaryData().length();
    if (bytes > max) {
      parts = null;
      dropped = true;
      return Outcome.TOO_LARGE;
    }
    dropped |= !allowed;
    if (!frame.isFinal()) {
      if (!dropped && !binary) {
        parts = parts == null ? frame.binaryData().copy() : parts.appendBuffer(frame.binaryData());
      }
      return Outcome.MORE;
    }
    Buffer whole = parts;
    parts = null;
    if (dropped) {
      return Outcome.DROPPED;
    }
    if (binary) {
      return Outcome.BINARY;
    }
    text = whole == null ? frame.textData() : whole.appendBuffer(frame.binaryData()).toString(StandardCharsets.UTF_8);
    return Outcome.TEXT;
  }

  /** The text message just completed. */
  String text() {
    return text;
  }
}
