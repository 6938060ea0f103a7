package fi.retki.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.retki.scenes.SceneJson;
import fi.retki.server.BuiltInScenes;
import fi.retki.server.RetkiServer;
import fi.retki.server.config.ServerConfig;
import io.vertx.core.Vertx;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * A real Retki server on a free loopback port, over a data directory with the built-in scenes
 * baked, and a signed-in teacher to start class sessions.
 */
public final class TestServer implements AutoCloseable {
  private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5)).build();

  private final Vertx vertx = Vertx.vertx();
  private final RetkiServer server;
  private String cookie;
  private String csrf;

  public TestServer(Path dataDir) throws Exception {
    BuiltInScenes.prepare(dataDir);
    ServerConfig config = new ServerConfig(0, "127.0.0.1", dataDir, 64L << 20, 1L << 20, null, null);
    server = RetkiServer.start(vertx, config, 2).await(30, TimeUnit.SECONDS);
  }

  /** The server's address, {@code http://127.0.0.1:PORT}. */
  public URI base() {
    return URI.create("http://127.0.0.1:" + server.port());
  }

  /** Starts a class session of a scene as the first teacher; returns its JSON ({@code id}, {@code code}). */
  public JsonNode startSession(String scene) throws Exception {
    signIn();
    ObjectNode body = SceneJson.mapper().createObjectNode().put("scene", scene).put("language", "fi");
    HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(base().resolve("/api/sessions"))
        .timeout(Duration.ofSeconds(10))
        .header("Content-Type", "application/json").header("Cookie", cookie).header("X-CSRF-Token", csrf)
        .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
    check(response, 201);
    return SceneJson.mapper().readTree(response.body());
  }

  /** The saved work of a session, as the teacher sees it. */
  public JsonNode work(String sessionId) throws Exception {
    signIn();
    HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(base().resolve("/api/sessions/" + sessionId + "/work"))
        .timeout(Duration.ofSeconds(10)).header("Cookie", cookie).build(), HttpResponse.BodyHandlers.ofString());
    check(response, 200);
    return SceneJson.mapper().readTree(response.body());
  }

  private void signIn() throws Exception {
    if (cookie != null) {
      return;
    }
    ObjectNode body = SceneJson.mapper().createObjectNode().put("name", "teacher")
        .put("password", server.firstTeacherPassword());
    HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(base().resolve("/api/login"))
        .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
    check(response, 200);
    cookie = response.headers().firstValue("set-cookie").orElseThrow().split(";")[0];
    csrf = SceneJson.mapper().readTree(response.body()).path("csrf").asText();
  }

  private static void check(HttpResponse<String> response, int status) throws IOException {
    if (response.statusCode() != status) {
      throw new IOException(response.request().method() + " " + response.uri() + " answered "
          + response.statusCode() + ": " + response.body());
    }
  }

  @Override
  public void close() throws Exception {
    server.stop(1000).await(10, TimeUnit.SECONDS);
    vertx.close().await(10, TimeUnit.SECONDS);
  }
}
