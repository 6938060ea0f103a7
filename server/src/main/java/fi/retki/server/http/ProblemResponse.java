package fi.retki.server.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.retki.scenes.SceneJson;
import io.vertx.core.Future;
import io.vertx.core.http.HttpServerResponse;

/** Writes an RFC 9457 problem: {@code application/problem+json} with type, title, status, detail. */
public final class ProblemResponse {
  private ProblemResponse() {}

  public static Future<Void> send(HttpServerResponse response, int status, String title, String detail, String path) {
    ObjectNode body = SceneJson.mapper().createObjectNode();
    body.put("type", "about:blank");
    body.put("title", title);
    body.put("status", status);
    body.put("detail", detail);
    body.put("instance", path);
    return response
        .setStatusCode(status)
        .putHeader("Content-Type", "application/problem+json")
        .putHeader("Cache-Control", "no-store")
        .putHeader("X-Content-Type-Options", "nosniff")
        .end(body.toString());
  }

  public static Future<Void> send(HttpServerResponse response, HttpProblem problem, String path) {
    return send(response, problem.status(), problem.title(), problem.detail(), path);
  }
}
