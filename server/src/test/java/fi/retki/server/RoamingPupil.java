package fi.retki.server;

import com.fasterxml.jackson.databind.JsonNode;
import fi.retki.scenes.SceneJson;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A pupil's live connection as the desktop client keeps it: it joins once, and whenever the
 * connection drops or the server closes it (other than at the end of the lesson) it connects again
 * after a short wait and rejoins with its resume token, as many times as it takes. It keeps every
 * event it hears (with their seq), and the refs the server acknowledged.
 */
final class RoamingPupil implements AutoCloseable {
  private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5)).build();
  private static final ScheduledExecutorService RETRY = Executors.newScheduledThreadPool(2, r -> {
    Thread thread = new Thread(r, "pupil-retry");
    thread.setDaemon(true);
    return thread;
  });

  final String nickname;
  private final URI uri;
  final List<JsonNode> events = new CopyOnWriteArrayList<>();
  final Set<String> acked = ConcurrentHashMap.newKeySet();
  final List<JsonNode> errors = new CopyOnWriteArrayList<>();
  final AtomicInteger welcomes = new AtomicInteger();
  final AtomicInteger drops = new AtomicInteger();
  private volatile String token;
  volatile String pupilId;
  private volatile WebSocket socket;
  private volatile boolean closed;
  private final CompletableFuture<JsonNode> joined = new CompletableFuture<>();

  RoamingPupil(int port, String nickname) {
    this.uri = URI.create("ws://127.0.0.1:" + port + "/live");
    this.nickname = nickname;
  }

  /** Connects and joins with {@code code}; completes with the welcome. */
  CompletableFuture<JsonNode> join(String code) {
    connect("{\"v\":1,\"type\":\"join\",\"code\":\"" + code + "\",\"nickname\":\"" + nickname + "\",\"ref\":\"join\"}");
    return joined;
  }

  /** Sends a request (with a ref) on the current connection. */
  void send(String frame) {
    socket.sendText(frame, true).join();
  }

  /** The events of this type heard so far. */
  List<JsonNode> heard(String type) {
    return events.stream().filter(e -> e.path("type").asText().equals(type)).toList();
  }

  private void connect(String first) {
    if (closed) {
      return;
    }
    HTTP.newWebSocketBuilder().buildAsync(uri, new Listener()).whenComplete((ws, failure) -> {
      if (failure != null) {
        retry();
        return;
      }
      socket = ws;
      ws.sendText(first, true);
    });
  }

  private void retry() {
    if (!closed) {
      RETRY.schedule(() -> connect("{\"v\":1,\"type\":\"rejoin\",\"token\":\"" + token + "\",\"ref\":\"rejoin\"}"),
          300, TimeUnit.MILLISECONDS);
    }
  }

  private final class Listener implements WebSocket.Listener {
    private final StringBuilder text = new StringBuilder();
    private boolean gone;

    @Override
    public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
      text.append(data);
      if (last) {
        try {
          frame(SceneJson.mapper().readTree(text.toString()));
        } catch (java.io.IOException e) {
          errors.add(SceneJson.mapper().createObjectNode().put("unreadable", text.toString()));
        }
        text.setLength(0);
      }
      ws.request(1);
      return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket ws, int status, String reason) {
      dropped(status != 1000);
      return null;
    }

    @Override
    public void onError(WebSocket ws, Throwable error) {
      dropped(true);
    }

    private void dropped(boolean reconnect) {
      if (gone) {
        return;
      }
      gone = true;
      drops.incrementAndGet();
      if (reconnect && token != null) {
        retry();
      }
    }
  }

  private void frame(JsonNode frame) {
    switch (frame.path("type").asText()) {
      case "welcome" -> {
        token = frame.path("token").asText(token);
        pupilId = frame.path("you").asText();
        welcomes.incrementAndGet();
        joined.complete(frame);
      }
      case "ack" -> acked.add(frame.path("ref").asText());
      case "error" -> {
        errors.add(frame);
        if ("rejoin".equals(frame.path("ref").asText()) || "join".equals(frame.path("ref").asText())) {
          if (!joined.isDone() && "join".equals(frame.path("ref").asText())) {
            joined.completeExceptionally(new IllegalStateException(frame.toString()));
          } else {
            socket.abort(); // the lesson is between servers: connect and ask again
          }
        }
      }
      default -> events.add(frame);
    }
  }

  @Override
  public void close() {
    closed = true;
    WebSocket ws = socket;
    if (ws != null) {
      ws.abort();
    }
  }
}
