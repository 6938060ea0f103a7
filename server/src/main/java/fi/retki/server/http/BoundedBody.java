package fi.retki.server.http;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;

/**
 * Reads a request's body into memory up to a hard limit, whether its length is declared or it
 * comes in chunks: one byte more and reading stops, the request is paused and the read fails with
 * a 413 (whose answer, from the {@link FailureHandler}, closes the connection).
 */
public final class BoundedBody {
  private BoundedBody() {}

  /**
   * The body of a request that has not been read from yet (paused, or just arrived).
   *
   * @param expected the size to make room for at first (the declared length, at most {@code limit})
   */
  public static Future<Buffer> read(HttpServerRequest request, long limit, long expected, String tooLarge) {
    Promise<Buffer> read = Promise.promise();
    Buffer body = Buffer.buffer((int) Math.max(0, Math.min(expected, limit)));
    request.handler(chunk -> {
      if (read.future().isComplete()) {
        return;
      }
      if ((long) body.length() + chunk.length() > limit) {
        request.pause();
        read.tryFail(new HttpProblem(413, "Content too large", tooLarge));
      } else {
        body.appendBuffer(chunk);
      }
    });
    request.exceptionHandler(read::tryFail);
    request.endHandler(end -> read.tryComplete(body));
    request.resume();
    return read.future();
  }
}
