package fi.retki.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fi.retki.scenes.SceneJson;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A real WebSocket on {@code /live} that keeps every frame it receives, in order. */
final class LiveClient implements AutoCloseable {
  static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  final LinkedBlockingQueue<JsonNode> frames = new LinkedBlockingQueue<>();
  final CompletableFuture<String> closed = new CompletableFuture<>();
  final WebSocket socket;

  LiveClient(int port, String... headers) throws Exception {
    WebSocket.Builder builder = HTTP.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10));
    for (int i = 0; i < headers.length; i += 2) {
      builder.header(headers[i], headers[i + 1]);
    }
    socket = builder.buildAsync(URI.create("ws://127.0.0.1:" + port + "/live"), new WebSocket.Listener() {
      private final StringBuilder text = new StringBuilder();

      @Override
      public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        text.append(data);
        if (last) {
          try {
            frames.add(SceneJson.mapper().readTree(text.toString()));
          } catch (Exception e) {
            closed.completeExceptionally(e);
          }
          text.setLength(0);
        }
        webSocket.request(1);
        return null;
      }

      @Override
      public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        closed.complete(statusCode + " " + reason);
        return null;
      }

      @Override
      public void onError(WebSocket webSocket, Throwable error) {
        closed.completeExceptionally(error);
      }
    }).get(10, TimeUnit.SECONDS);
  }

  void send(String frame) throws Exception {
    socket.sendText(frame, true).get(10, TimeUnit.SECONDS);
  }

  /** The next frame, whatever it is. */
  JsonNode next() throws Exception {
    JsonNode frame = frames.poll(10, TimeUnit.SECONDS);
    assertThat(frame).as("a frame within 10 s").isNotNull();
    return frame;
  }

  /** The next frame of this type, skipping others. */
  JsonNode next(String type) throws Exception {
    return nextWithin(type, 10);
  }

  /** The next frame of this type within {@code seconds}, skipping others. */
  JsonNode nextWithin(String type, int seconds) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    List<String> skipped = new ArrayList<>();
    while (System.nanoTime() < deadline) {
      JsonNode frame = frames.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
      if (frame != null && frame.path("type").asText().equals(type)) {
        return frame;
      }
      if (frame != null) {
        skipped.add(frame.path("type").asText());
      }
    }
    throw new AssertionError("no \"" + type + "\" frame within " + seconds + " s; got " + skipped);
  }

  /** Joins with a code; returns the welcome. */
  JsonNode join(String code, String nickname) throws Exception {
    send("{\"v\":1,\"type\":\"join\",\"code\":\"" + code + "\",\"nickname\":\"" + nickname + "\"}");
    return next();
  }

  @Override
  public void close() {
    socket.abort();
  }

  /** A signed-in teacher: the cookie and CSRF token from {@code POST /api/login}. */
  record Teacher(String cookie, String csrf) {
    static Teacher signIn(int port, String name, String password) throws Exception {
      HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/login"))
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"" + name + "\",\"password\":\"" + password + "\"}"))
          .build(), HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
      String cookie = response.headers().firstValue("set-cookie").orElseThrow().split(";")[0];
      return new Teacher(cookie, SceneJson.mapper().readTree(response.body()).path("csrf").asText());
    }

    HttpResponse<String> post(int port, String path, String json) throws Exception {
      return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
          .header("Content-Type", "application/json").header("Cookie", cookie).header("X-CSRF-Token", csrf)
          .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<byte[]> get(int port, String path) throws Exception {
      return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).header("Cookie", cookie)
          .build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Starts a session; returns its JSON ({@code id}, {@code code}). */
    JsonNode start(int port, String scene) throws Exception {
      HttpResponse<String> response = post(port, "/api/sessions",
          "{\"scene\":\"" + scene + "\",\"language\":\"fi\"}");
      assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
      return SceneJson.mapper().readTree(response.body());
    }

    /** A WebSocket watching (and guiding) one of this teacher's sessions. */
    LiveClient watch(int port, String sessionId) throws Exception {
      LiveClient client = new LiveClient(port, "Cookie", cookie);
      client.send("{\"v\":1,\"type\":\"watch\",\"session\":\"" + sessionId + "\",\"ref\":\"w\"}");
      assertThat(client.next().path("type").asText()).isEqualTo("welcome");
      assertThat(client.next().path("type").asText()).isEqualTo("ack");
      return client;
    }
  }
}
