package fi.retki.client.app;

import org.awaitility.Awaitility;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.retki.scenes.SceneJson;
import fi.retki.server.BuiltInScenes;
import fi.retki.server.RetkiServer;
import fi.retki.server.config.ServerConfig;
import io.vertx.core.Vertx;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A real Retki server on a loopback port (started through its public API, as the server's own
 * tests do) and its first teacher, who starts class sessions and guides them over {@code /live}.
 */
final class Lesson implements AutoCloseable {
  private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5)).build();

  private final Vertx vertx = Vertx.vertx();
  private final RetkiServer server;
  private String cookie;
  private String csrf;

  Lesson(Path dataDir) throws Exception {
    BuiltInScenes.prepare(dataDir);
    ServerConfig config = new ServerConfig(0, "127.0.0.1", dataDir, 64L << 20, 1L << 20, null, null);
    server = RetkiServer.start(vertx, config, 2).await(60, TimeUnit.SECONDS);
  }

  String base() {
    return "http://127.0.0.1:" + server.port();
  }

  /** Starts a session in English; returns its JSON ({@code id}, {@code code}). */
  JsonNode start(String scene) throws Exception {
    return start(scene, "en");
  }

  /** Starts a session with its pupils' language ({@code fi}, {@code sv} or {@code en}). */
  JsonNode start(String scene, String language) throws Exception {
    signIn();
    ObjectNode body = SceneJson.mapper().createObjectNode().put("scene", scene).put("language", language);
    HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(base() + "/api/sessions"))
        .header("Content-Type", "application/json").header("Cookie", cookie).header("X-CSRF-Token", csrf)
        .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 201) {
      throw new IllegalStateException("starting a session: " + response.statusCode() + " " + response.body());
    }
    return SceneJson.mapper().readTree(response.body());
  }

  /** The saved work of a session, as the teacher sees it. */
  JsonNode work(String sessionId) throws Exception {
    signIn();
    HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(base() + "/api/sessions/" + sessionId + "/work"))
        .header("Cookie", cookie).build(), HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException("saved work: " + response.statusCode() + " " + response.body());
    }
    return SceneJson.mapper().readTree(response.body());
  }

  /** The bytes the teacher gets at this path of the server (a snapshot's href). */
  byte[] bytes(String path) throws Exception {
    signIn();
    HttpResponse<byte[]> response = HTTP.send(HttpRequest.newBuilder(URI.create(base() + path))
        .header("Cookie", cookie).build(), HttpResponse.BodyHandlers.ofByteArray());
    if (response.statusCode() != 200) {
      throw new IllegalStateException(path + ": " + response.statusCode());
    }
    return response.body();
  }

  /** Polls the saved work of a session (for up to 15 s) until it satisfies the condition, and returns it. */
  JsonNode awaitWork(String sessionId, Predicate<JsonNode> condition) throws Exception {
    return Awaitility.await("saved work of " + sessionId).atMost(15, TimeUnit.SECONDS)
        .pollInterval(Duration.ofMillis(100)).until(() -> work(sessionId), condition);
  }

  private void signIn() throws Exception {
    if (cookie != null) {
      return;
    }
    ObjectNode body = SceneJson.mapper().createObjectNode().put("name", "teacher")
        .put("password", server.firstTeacherPassword());
    HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(base() + "/api/login"))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException("signing in: " + response.statusCode() + " " + response.body());
    }
    cookie = response.headers().firstValue("set-cookie").orElseThrow().split(";")[0];
    csrf = SceneJson.mapper().readTree(response.body()).path("csrf").asText();
  }

  /** The teacher's console on {@code /live}, watching a session. */
  Console watch(String sessionId) throws Exception {
    signIn();
    Console console = new Console();
    console.socket = HTTP.newWebSocketBuilder().header("Cookie", cookie)
        .buildAsync(URI.create("ws://127.0.0.1:" + server.port() + "/live"), console).get(10, TimeUnit.SECONDS);
    console.send("{\"v\":1,\"type\":\"watch\",\"session\":\"" + sessionId + "\",\"ref\":\"w\"}");
    console.await("ack");
    return console;
  }

  /** A teacher's WebSocket: sends guide commands, keeps what comes back. */
  static final class Console implements WebSocket.Listener, AutoCloseable {
    final LinkedBlockingQueue<JsonNode> frames = new LinkedBlockingQueue<>();
    private final StringBuilder text = new StringBuilder();
    private WebSocket socket;
    private int refs;

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
      text.append(data);
      if (last) {
        try {
          frames.add(SceneJson.mapper().readTree(text.toString()));
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
        text.setLength(0);
      }
      webSocket.request(1);
      return null;
    }

    void send(String frame) throws Exception {
      socket.sendText(frame, true).get(10, TimeUnit.SECONDS);
    }

    /** Sends a command ({@code "go-to","poi":"canopy"} style fields after the type) and waits for its ack. */
    void command(String type, String fields) throws Exception {
      String ref = "c" + ++refs;
      send("{\"v\":1,\"type\":\"" + type + "\",\"ref\":\"" + ref + "\"" + (fields.isEmpty() ? "" : "," + fields) + "}");
      JsonNode ack = await("ack");
      if (!ack.path("ref").asText().equals(ref)) {
        throw new IllegalStateException("expected the ack of " + ref + ", got " + ack);
      }
    }

    JsonNode await(String type) throws Exception {
      long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      while (System.nanoTime() < end) {
        JsonNode frame = frames.poll(end - System.nanoTime(), TimeUnit.NANOSECONDS);
        if (frame != null && frame.path("type").asText().equals(type)) {
          return frame;
        }
        if (frame != null && frame.path("type").asText().equals("error")) {
          throw new IllegalStateException("the server refused: " + frame);
        }
      }
      throw new AssertionError("no " + type + " within 10 s");
    }

    @Override
    public void close() {
      socket.abort();
    }
  }

  @Override
  public void close() throws Exception {
    server.stop(1000).await(10, TimeUnit.SECONDS);
    vertx.close().await(10, TimeUnit.SECONDS);
  }
}
