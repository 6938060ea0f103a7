package fi.retki.tools.torture;

import fi.retki.scenes.wire.Reply;
import fi.retki.scenes.wire.WireCodec;
import fi.retki.scenes.wire.WireException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;

/**
 * One {@code /live} WebSocket: whole text messages in, decoded by the wire codec; text out, one
 * send at a time (the JDK's WebSocket allows only one outstanding send).
 */
final class LiveLink implements WebSocket.Listener {
  private final Consumer<Reply> replies;
  private final Runnable closed;
  private final StringBuilder partial = new StringBuilder();
  private CompletableFuture<WebSocket> sending;

  private LiveLink(Consumer<Reply> replies, Runnable closed) {
    this.replies = replies;
    this.closed = closed;
  }

  /** Opens {@code /live}; with a cookie, as the signed-in teacher. Replies arrive on the client's threads. */
  static CompletableFuture<LiveLink> open(HttpClient http, URI server, String cookie, Consumer<Reply> replies,
      Runnable closed) {
    LiveLink link = new LiveLink(replies, closed);
    URI live = URI.create("ws://" + server.getHost() + ":" + server.getPort() + "/live");
    WebSocket.Builder builder = http.newWebSocketBuilder();
    if (cookie != null) {
      builder.header("Cookie", cookie);
    }
    return builder.buildAsync(live, link).thenApply(socket -> {
      synchronized (link) {
        link.sending = CompletableFuture.completedFuture(socket);
      }
      return link;
    });
  }

  synchronized void send(String text) {
    sending = sending.thenCompose(socket -> socket.sendText(text, true));
  }

  synchronized void abort() {
    sending.thenAccept(WebSocket::abort);
  }

  @Override
  public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
    partial.append(data);
    if (last) {
      String frame = partial.toString();
      partial.setLength(0);
      try {
        replies.accept(WireCodec.decodeReply(frame));
      } catch (WireException e) {
        // not a reply the torture knows; the check afterwards is what counts
      }
    }
    socket.request(1);
    return null;
  }

  @Override
  public CompletionStage<?> onClose(WebSocket socket, int statusCode, String reason) {
    closed.run();
    return null;
  }

  @Override
  public void onError(WebSocket socket, Throwable error) {
    closed.run();
  }
}
