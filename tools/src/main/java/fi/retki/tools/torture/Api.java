package fi.retki.tools.torture;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.retki.scenes.SceneJson;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/** The server's HTTP API as the torture uses it: a teacher's console requests and a pupil's upload. */
final class Api {
  /** A signed-in teacher: the {@code retki_session} cookie (name=value) and the CSRF token. */
  record SignedIn(String cookie, String csrf) {
    @Override
    public String toString() {
      return "SignedIn[...]";
    }
  }

  /** A started session: its id and join code. */
  record Started(String id, String code) {}

  /** An upload's answer: the status, and the snapshot's id if it was 201. */
  record Uploaded(int status, String snapshotId) {}

  private static final ObjectMapper JSON = SceneJson.mapper();
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final HttpClient http;
  private final URI server;

  Api(HttpClient http, URI server) {
    this.http = http;
    this.server = server;
  }

  URI server() {
    return server;
  }

  SignedIn signIn(String name, String password) throws IOException {
    String body = JSON.createObjectNode().put("name", name).put("password", password).toString();
    HttpResponse<String> response = send(post("/api/login", body).build());
    expect(response, 200, "sign-in as " + name);
    String cookie = response.headers().allValues("set-cookie").stream()
        .filter(set -> set.startsWith("retki_session=")).map(set -> set.split(";", 2)[0]).findFirst()
        .orElseThrow(() -> new IOException("sign-in gave no retki_session cookie"));
    return new SignedIn(cookie, read(response.body()).path("csrf").asText());
  }

  /** The id of the first scene the server offers. */
  String firstScene() throws IOException {
    HttpResponse<String> response = send(request("/api/scenes").GET().build());
    expect(response, 200, "the scene list");
    JsonNode scenes = read(response.body());
    JsonNode list = scenes.isArray() ? scenes : scenes.path("scenes");
    if (list.isEmpty()) {
      throw new IOException("the server offers no scene: " + response.body());
    }
    return list.get(0).path("id").asText();
  }

  Started startSession(SignedIn teacher, String scene) throws IOException {
    String body = JSON.createObjectNode().put("scene", scene).toString();
    HttpResponse<String> response = send(teacher(post("/api/sessions", body), teacher).build());
    expect(response, 201, "starting a session of " + scene);
    JsonNode json = read(response.body());
    return new Started(json.path("id").asText(), json.path("code").asText());
  }

  JsonNode work(SignedIn teacher, String sessionId) throws IOException {
    HttpResponse<String> response = send(teacher(request("/api/sessions/" + sessionId + "/work").GET(), teacher).build());
    expect(response, 200, "the work of session " + sessionId);
    return read(response.body());
  }

  /** The snapshot's bytes, or null if the server has none by that id. */
  byte[] snapshot(SignedIn teacher, String sessionId, String snapshotId) throws IOException {
    HttpRequest request = teacher(request("/api/sessions/" + sessionId + "/snapshots/" + snapshotId).GET(), teacher)
        .build();
    HttpResponse<byte[]> response = call(request, HttpResponse.BodyHandlers.ofByteArray());
    if (response.statusCode() == 404) {
      return null;
    }
    if (response.statusCode() != 200) {
      throw new IOException("snapshot " + snapshotId + ": status " + response.statusCode());
    }
    return response.body();
  }

  /** A pupil's snapshot upload; fails only if no answer came (the server is gone). */
  CompletableFuture<Uploaded> upload(String resumeToken, byte[] png) {
    HttpRequest request = request("/api/live/snapshots").header("Content-Type", "image/png")
        .header("Authorization", "Bearer " + resumeToken)
        .POST(HttpRequest.BodyPublishers.ofByteArray(png)).build();
    return http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).thenApply(response -> {
      String id = null;
      if (response.statusCode() == 201) {
        try {
          id = read(response.body()).path("snapshotId").asText(null);
        } catch (IOException e) {
          id = null;
        }
      }
      return new Uploaded(response.statusCode(), id);
    });
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(server.resolve(path)).timeout(TIMEOUT);
  }

  private HttpRequest.Builder post(String path, String json) {
    return request(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
  }

  private static HttpRequest.Builder teacher(HttpRequest.Builder request, SignedIn teacher) {
    return request.header("Cookie", teacher.cookie()).header("X-CSRF-Token", teacher.csrf());
  }

  private HttpResponse<String> send(HttpRequest request) throws IOException {
    return call(request, HttpResponse.BodyHandlers.ofString());
  }

  private <T> HttpResponse<T> call(HttpRequest request, HttpResponse.BodyHandler<T> body) throws IOException {
    try {
      return http.send(request, body);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted: " + request.method() + " " + request.uri().getPath(), e);
    }
  }

  private static void expect(HttpResponse<String> response, int status, String what) throws IOException {
    if (response.statusCode() != status) {
      throw new IOException(what + " got status " + response.statusCode() + ": " + response.body());
    }
  }

  private static JsonNode read(String body) throws IOException {
    return JSON.readTree(body);
  }
}
