package fi.retki.server.http;

import io.vertx.core.Handler;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.util.Locale;

/**
 * The body handler of routes that take a small JSON body. Form and multipart bodies are refused
 * (415) before a byte of them is read, nothing is ever written to disk, and the body is held in
 * memory only up to its limit (413, and the connection is closed).
 */
public final class JsonBody {
  private JsonBody() {}

  /** A handler that reads a body of at most {@code limit} bytes, or fails the request. */
  public static Handler<RoutingContext> limitedTo(long limit) {
    // Without file uploads Vert.x neither creates its ./file-uploads directory nor writes parts.
    BodyHandler body = BodyHandler.create(false).setBodyLimit(limit);
    return ctx -> {
      String type = ctx.request().getHeader(HttpHeaders.CONTENT_TYPE);
      String lower = type == null ? "" : type.toLowerCase(Locale.ROOT);
      if (lower.startsWith("multipart/") || lower.startsWith("application/x-www-form-urlencoded")) {
        ctx.fail(new HttpProblem(415, "Unsupported media type",
            "send the body as JSON (Content-Type: application/json), not as a form (" + type + ")"));
      } else {
        body.handle(ctx);
      }
    };
  }
}
