package fi.retki.server.live;

import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.vertx.core.Context;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.core.internal.http.WebSocketInternal;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The frames leaving one connection. Every text frame the server sends a client goes through
 * here, from the connection's own context or its session's.
 *
 * <p>Writes never wait: a frame is handed to the socket at once. What bounds the memory is the
 * count of characters handed over but not yet on the wire: a connection more than {@link
 * #MAX_BEHIND} behind is closed (4001) instead of written to, so a client that does not read
 * costs the server at most that much, and the session that broadcasts to it never waits.
 *
 * <p>Closing: the close frame may sit behind what the client does not read, and Vert.x's closing
 * timeout only starts once it is written, so every close the server starts ends the TCP
 * connection by itself after a grace time. A connection cut off for misbehaving also stops being
 * read, so it cannot keep the event loop busy while it is being closed.
 */
final class Outbox implements Sink {
  /** The most characters written to a connection and not yet sent. */
  static final long MAX_BEHIND = 1 << 20;
  static final long CLOSE_GRACE_MILLIS = 10_000;
  static final long CUT_OFF_GRACE_MILLIS = 2_000;

  private final ServerWebSocket socket;
  private final Context context;
  private final long maxBehind;
  private final AtomicLong behind = new AtomicLong();
  private final AtomicBoolean closing = new AtomicBoolean();

  /** The outbox of a socket whose context is {@code context}. */
  Outbox(ServerWebSocket socket, Context context, long maxBehind) {
    this.socket = socket;
    this.context = context;
    this.maxBehind = maxBehind;
  }

  /** Sends a text frame, unless the connection is closing or too far behind (then it closes). */
  @Override
  public void send(String frame) {
    if (closing.get()) {
      return;
    }
    long size = frame.length();
    long queued = behind.get();
    if (queued > 0 && queued + size > maxBehind) {
      cutOff((short) 4001, "not reading: too far behind");
      return;
    }
    behind.addAndGet(size);
    socket.writeTextMessage(frame).onComplete(written -> behind.addAndGet(-size));
  }

  /** Characters written and not yet sent. */
  long behind() {
    return behind.get();
  }

  boolean closing() {
    return closing.get();
  }

  /** Closes the connection as agreed (session ended, pupil removed, ...). */
  @Override
  public void close(short status, String reason) {
    close(status, reason, false, CLOSE_GRACE_MILLIS);
  }

  /** Closes a connection that misbehaves: it is no longer read, and gets a short grace. */
  void cutOff(short status, String reason) {
    close(status, reason, true, CUT_OFF_GRACE_MILLIS);
  }

  private void close(short status, String reason, boolean stopReading, long graceMillis) {
    if (!closing.compareAndSet(false, true)) {
      return;
    }
    if (io.vertx.core.Vertx.currentContext() == context) {
      // At once, not after the frames already read: each of those would still be handled.
      closeNow(status, reason, stopReading, graceMillis);
    } else {
      context.runOnContext(v -> closeNow(status, reason, stopReading, graceMillis));
    }
  }

  private void closeNow(short status, String reason, boolean stopReading, long graceMillis) {
    if (socket.isClosed()) {
      return;
    }
    socket.close(status, reason);
    if (stopReading) {
      socket.pause();
    }
    context.owner().setTimer(graceMillis, t -> end());
  }

  /**
   * The client sent what cannot be read as WebSocket frames (Netty has given up on the stream and
   * Vert.x is about to drop the connection): the close frame goes out now, straight to the
   * channel, so the client learns why. Call it on the connection's context.
   */
  void unreadable(short status, String reason) {
    if (closing.compareAndSet(false, true)) {
      ((WebSocketInternal) socket).channelHandlerContext().writeAndFlush(new CloseWebSocketFrame(status, shorten(reason)));
    }
  }

  /** A close reason fits in a control frame: 123 bytes of UTF-8 at most. */
  private static String shorten(String reason) {
    String text = reason == null ? "" : reason;
    while (text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 123) {
      text = text.substring(0, text.length() - 1);
    }
    return text;
  }

  /**
   * Ends the TCP connection at once, without a closing handshake. From Vert.x's own handler
   * context, so the close goes past it: Vert.x would otherwise wait for the handshake it started.
   */
  void end() {
    ((WebSocketInternal) socket).channelHandlerContext().close();
  }
}
