package fi.retki.tools.storm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.retki.scenes.SceneJson;
import fi.retki.tools.storm.Pupil.StormError;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClientAgent;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The teacher console's HTTP requests, as the storm's teachers make them: sign in, read the
 * scene's points of interest, start a class's session.
 */
final class Console {
  /** A signed-in teacher: the {@code retki_session} cookie (name=value) and the CSRF token. */
  record SignedIn(String cookie, String csrf) {
    @Override
    public String toString() {
      return "SignedIn[...]";
    }
  }

  /** A class's session: its id, and the join code on the board. */
  record Started(String id, String code) {}

  private static final String COOKIE = "retki_session";
  private static final ObjectMapper JSON = SceneJson.mapper();

  private final StormPlan plan;
  private final HttpClientAgent client;

  Console(StormPlan plan, HttpClientAgent client) {
    this.plan = plan;
    this.client = client;
  }

  Future<SignedIn> signIn(String name, String password) {
    String body = JSON.createObjectNode().put("name", name).put("password", password).toString();
    return send(HttpMethod.POST, "/api/login", null, body).compose(response -> {
      String cookie = null;
      for (String set : response.cookies()) {
        if (set.startsWith(COOKIE + "=")) {
          cookie = set.split(";", 2)[0];
        }
      }
      String session = cookie;
      return body(response, "sign-in as \"" + name + "\"").compose(json -> {
        String csrf = json.path("csrf").asText(null);
        return session == null || csrf == null
            ? Future.failedFuture(new StormError("sign-in as \"" + name + "\" gave no session cookie or CSRF token"))
            : Future.succeededFuture(new SignedIn(session, csrf));
      });
    });
  }

  /** The ids of the scene's points of interest, from {@code GET /api/scenes/{id}}. */
  Future<List<String>> points(String scene) {
    return send(HttpMethod.GET, "/api/scenes/" + scene, null, null)
        .compose(response -> body(response, "scene " + scene))
        .compose(json -> {
          List<String> points = new ArrayList<>();
          json.path("pointsOfInterest").forEach(point -> points.add(point.path("id").asText()));
          return points.isEmpty()
              ? Future.failedFuture(new StormError("scene " + plan.scene() + " has no points of interest to go to"))
              : Future.succeededFuture(points);
        });
  }

  /** Starts a session of the plan's scene. */
  Future<Started> start(SignedIn teacher) {
    String body = JSON.createObjectNode().put("scene", plan.scene()).toString();
    return send(HttpMethod.POST, "/api/sessions", teacher, body)
        .compose(response -> body(response, "starting a session of " + plan.scene()))
        .compose(json -> Future.succeededFuture(new Started(json.path("id").asText(), json.path("code").asText())));
  }

  private Future<HttpClientResponse> send(HttpMethod method, String path, SignedIn teacher, String json) {
    RequestOptions options = new RequestOptions().setMethod(method)
        .setAbsoluteURI(plan.server().resolve(path).toString())
        .setIdleTimeout(plan.limit().toMillis());
    if (json != null) {
      options.putHeader("Content-Type", "application/json");
    }
    if (teacher != null) {
      options.putHeader("Cookie", teacher.cookie()).putHeader("X-CSRF-Token", teacher.csrf());
    }
    return client.request(options).compose(request -> json == null ? request.send() : request.send(json))
        .recover(e -> Future.failedFuture(new StormError(method + " " + path + " failed: " + e.getMessage())));
  }

  /** The response's JSON body if its status is 2xx; else a failure naming what was asked and the server's reason. */
  private static Future<JsonNode> body(HttpClientResponse response, String what) {
    return response.body().compose(buffer -> {
      JsonNode json = read(buffer);
      if (response.statusCode() / 100 != 2) {
        String detail = json == null ? "" : ": " + json.path("detail").asText(json.path("title").asText(""));
        return Future.failedFuture(new StormError(what + " was refused with status " + response.statusCode() + detail));
      }
      return json == null
          ? Future.failedFuture(new StormError(what + ": the answer is not JSON"))
          : Future.succeededFuture(json);
    });
  }

  private static JsonNode read(Buffer buffer) {
    try {
      return JSON.readTree(buffer.getBytes());
    } catch (IOException e) {
      return null;
    }
  }
}
