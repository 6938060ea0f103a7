package fi.retki.server.http;

import io.vertx.core.Handler;
import io.vertx.core.http.HttpClosedException;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.RoutingContext;
import java.util.UUID;

/**
 * The one place where failures become responses: an {@link HttpProblem} keeps its status and
 * words; a bare status code gets its standard title; anything unexpected is a 500 whose detail
 * gives an id to quote, and is logged once with that id. No stack trace ever reaches a client.
 * A failure answered before an HTTP/1 request's body has arrived closes the connection after the
 * answer, so a refused upload is never read to its end (over HTTP/2 the rest of the stream is
 * dropped unread, and the connection's other streams live on).
 */
public final class FailureHandler implements Handler<RoutingContext> {
  @Override
  public void handle(RoutingContext ctx) {
    HttpServerResponse response = ctx.response();
    if (response.ended() || response.headWritten()) {
      response.reset();
      return;
    }
    Throwable failure = ctx.failure();
    if (failure instanceof HttpClosedException) {
      return; // the client went away (or its connection was closed for being too slow): no one to answer
    }
    int status;
    String title;
    String detail;
    if (failure instanceof HttpProblem) {
      HttpProblem problem = (HttpProblem) failure;
      status = problem.status();
      title = problem.title();
      detail = problem.detail();
    } else if (failure == null) {
      status = ctx.statusCode() > 0 ? ctx.statusCode() : 500;
      title = titleOf(status);
      detail = detailOf(status, ctx);
    } else {
      status = 500;
      title = "Internal error";
      String id = UUID.randomUUID().toString().substring(0, 8);
      detail = "something went wrong on the server; quote error id " + id + " to its operator";
      fi.retki.server.EventLog.error("event=failure id=" + id + " method=" + ctx.request().method()
          + " path=" + ctx.request().path(), failure);
    }
    HttpServerRequest request = ctx.request();
    if (request.isEnded() || request.version() == HttpVersion.HTTP_2) {
      ProblemResponse.send(response, status, title, detail, request.path());
      return;
    }
    // The answer came before the body (too large, not allowed, or not read at all): close the
    // connection after it, so that the rest of the body is never read.
    response.putHeader(HttpHeaders.CONNECTION, "close");
    ProblemResponse.send(response, status, title, detail, request.path())
        .onComplete(sent -> request.connection().close());
  }

  private static String titleOf(int status) {
    switch (status) {
      case 400:
        return "Bad request";
      case 404:
        return "Not found";
      case 405:
        return "Method not allowed";
      case 413:
        return "Content too large";
      case 415:
        return "Unsupported media type";
      case 416:
        return "Range not satisfiable";
      default:
        return status >= 500 ? "Internal error" : "Request failed";
    }
  }

  private static String detailOf(int status, RoutingContext ctx) {
    switch (status) {
      case 404:
        return "nothing here: " + ctx.request().path();
      case 405:
        return ctx.request().method() + " is not allowed on " + ctx.request().path();
      case 413:
        return "the request's body is larger than " + ctx.request().path() + " takes";
      default:
        return titleOf(status).toLowerCase(java.util.Locale.ROOT);
    }
  }
}
