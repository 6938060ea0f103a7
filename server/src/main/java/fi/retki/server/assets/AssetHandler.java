package fi.retki.server.assets;

import fi.retki.assets.store.Sha256;
import fi.retki.server.cache.BlobCache;
import fi.retki.server.cache.BlobLease;
import fi.retki.server.http.HttpMetrics;
import fi.retki.server.http.ProblemResponse;
import io.netty.buffer.ByteBuf;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.file.OpenOptions;
import io.vertx.core.internal.buffer.BufferInternal;
import java.nio.channels.FileChannel;
import java.util.concurrent.CompletableFuture;
import java.nio.file.StandardOpenOption;
import java.util.function.Function;

/**
 * Answers {@code GET} and {@code HEAD /assets/{sha256}}.
 *
 * <p>This is the hot path, so it takes the raw request (no router) and reuses header names and
 * values. Blobs up to {@code zeroCopyAbove} bytes come from the {@link BlobCache} (a lease keeps
 * the bytes alive until the response has been written); larger ones are sent from their file by
 * {@code sendfile}, the file opened on a worker thread.
 */
public final class AssetHandler implements Handler<HttpServerRequest> {
  static final String PREFIX = "/assets/";
  private static final CharSequence IMMUTABLE =
      HttpHeaders.createOptimized("public, max-age=31536000, immutable");
  private static final CharSequence BYTES = HttpHeaders.createOptimized("bytes");
  private static final CharSequence ALLOW = HttpHeaders.createOptimized("GET, HEAD");
  private static final CharSequence RANGE = HttpHeaders.createOptimized("range");
  private static final CharSequence IF_RANGE = HttpHeaders.createOptimized("if-range");

  private final Vertx vertx;
  private final Function<String, BlobInfo> index;
  private final BlobCache cache;
  private final long zeroCopyAbove;
  private final HttpMetrics metrics;
  private final UnreadableBlobs unreadable;

  public AssetHandler(Vertx vertx, Function<String, BlobInfo> index, BlobCache cache, long zeroCopyAbove,
      HttpMetrics metrics, UnreadableBlobs unreadable) {
    this.vertx = vertx;
    this.index = index;
    this.cache = cache;
    this.zeroCopyAbove = zeroCopyAbove;
    this.metrics = metrics;
    this.unreadable = unreadable;
  }

  @Override
  public void handle(HttpServerRequest request) {
    long started = System.nanoTime();
    HttpServerResponse response = request.response();
    Future<Void> done;
    try {
      done = answer(request, response);
    } catch (RuntimeException e) {
      done = Future.failedFuture(e);
    }
    done.onComplete(
        result -> {
          if (result.failed() && !response.headWritten() && !response.closed()) {
            ProblemResponse.send(response, 500, "Internal error", "the asset could not be read", request.path());
          }
          metrics.record(HttpMetrics.ASSETS, response.getStatusCode(), response.bytesWritten(), System.nanoTime() - started);
        });
  }

  private Future<Void> answer(HttpServerRequest request, HttpServerResponse response) {
    boolean head = request.method() == HttpMethod.HEAD;
    if (!head && request.method() != HttpMethod.GET) {
      response.putHeader(HttpHeaders.ALLOW, ALLOW);
      return ProblemResponse.send(response, 405, "Method not allowed",
          request.method() + " is not allowed on assets; use GET or HEAD", request.path());
    }
    String sha = request.path().substring(PREFIX.length());
    if (!Sha256.isValid(sha)) {
      return ProblemResponse.send(response, 400, "Bad request",
          "\"" + sha + "\" is not an asset hash; use the 64 lowercase hex digits of its sha256", request.path());
    }
    BlobInfo blob = index.apply(sha);
    if (blob == null) {
      return ProblemResponse.send(response, 404, "Not found", "no asset has the hash " + sha, request.path());
    }
    response.putHeader(HttpHeaders.ETAG, blob.etagHeader())
        .putHeader(HttpHeaders.CACHE_CONTROL, IMMUTABLE)
        .putHeader(HttpHeaders.ACCEPT_RANGES, BYTES);
    if (matches(request.getHeader(HttpHeaders.IF_NONE_MATCH), blob.etag())) {
      return response.setStatusCode(304).end();
    }
    String rangeHeader = request.getHeader(RANGE);
    String ifRange = request.getHeader(IF_RANGE);
    if (ifRange != null && !ifRange.equals(blob.etag())) {
      rangeHeader = null;
    }
    ByteRange range = ByteRange.parse(rangeHeader, blob.size());
    if (range.kind() == ByteRange.Kind.UNSATISFIABLE) {
      response.putHeader(HttpHeaders.CONTENT_RANGE, range.contentRange(blob.size()));
      return ProblemResponse.send(response, 416, "Range not satisfiable",
          "the asset has " + blob.size() + " bytes; ask for a range inside them", request.path());
    }
    response.putHeader(HttpHeaders.CONTENT_TYPE, blob.mediaTypeHeader());
    if (range.kind() == ByteRange.Kind.PART) {
      response.setStatusCode(206).putHeader(HttpHeaders.CONTENT_RANGE, range.contentRange(blob.size()));
    }
    if (head) {
      response.putHeader(HttpHeaders.CONTENT_LENGTH, Long.toString(range.length()));
      return response.end();
    }
    Future<Void> sent;
    if (blob.size() <= zeroCopyAbove) {
      sent = sendCached(response, blob, range);
    } else if (request.version() == HttpVersion.HTTP_2) {
      sent = streamFile(response, blob, range);
    } else {
      sent = sendFile(response, blob, range);
    }
    return sent.onFailure(cause -> {
      if (!response.headWritten()) {
        unreadable.report(sha, cause);
      }
    });
  }

  private Future<Void> sendCached(HttpServerResponse response, BlobInfo blob, ByteRange range) {
    CompletableFuture<BlobLease> lease = cache.lease(blob.sha256());
    if (lease.isDone() && !lease.isCompletedExceptionally()) {
      // A cache hit: answer right here, without a hop through the context's task queue.
      return send(response, lease.join(), range);
    }
    return Future.fromCompletionStage(lease, vertx.getOrCreateContext()).compose(held -> send(response, held, range));
  }

  private static Future<Void> send(HttpServerResponse response, BlobLease lease, ByteRange range) {
    ByteBuf bytes = lease.bytes();
    if (range.kind() == ByteRange.Kind.PART) {
      bytes = bytes.slice((int) range.start(), (int) range.length());
    }
    return response.end(BufferInternal.buffer(bytes)).andThen(sent -> lease.close());
  }

  private Future<Void> sendFile(HttpServerResponse response, BlobInfo blob, ByteRange range) {
    return vertx
        .executeBlocking(() -> FileChannel.open(blob.file(), StandardOpenOption.READ), false)
        .compose(
            channel ->
                response.sendFile(channel, range.start(), range.length())
                    .andThen(sent -> closeQuietly(channel)));
  }

  /**
   * A large blob over HTTP/2, read from its file as a stream: Vert.x 5 cannot hand a file channel
   * to an HTTP/2 stream ("HTTP/2 does not support sending channel"), and a stream keeps to the
   * stream's flow control anyway.
   */
  private Future<Void> streamFile(HttpServerResponse response, BlobInfo blob, ByteRange range) {
    return vertx.fileSystem().open(blob.file().toString(), new OpenOptions().setRead(true)).compose(file -> {
      file.setReadPos(range.start()).setReadLength(range.length());
      response.putHeader(HttpHeaders.CONTENT_LENGTH, Long.toString(range.length()));
      return response.send(file).andThen(sent -> file.close());
    });
  }

  private static void closeQuietly(FileChannel channel) {
    try {
      channel.close();
    } catch (java.io.IOException e) {
      // nothing was lost: the file was only read
    }
  }

  /** True for {@code *} or a list of entity tags that holds {@code etag} (weak or strong). */
  public static boolean matches(String ifNoneMatch, String etag) {
    if (ifNoneMatch == null) {
      return false;
    }
    for (String candidate : ifNoneMatch.split(",")) {
      String tag = candidate.trim();
      if (tag.startsWith("W/")) {
        tag = tag.substring(2);
      }
      if (tag.equals("*") || tag.equals(etag)) {
        return true;
      }
    }
    return false;
  }

}
