package fi.retki.tools.storm;

import com.fasterxml.jackson.databind.JsonNode;
import fi.retki.scenes.SceneJson;
import io.netty.buffer.ByteBuf;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClientAgent;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.internal.buffer.BufferInternal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.DoubleConsumer;

/**
 * One emulated pupil: catalogue, manifest, then every asset in priority order with a few requests
 * in flight, each checked against its hash, telling the fraction of the scene's bytes loaded as
 * each asset arrives. Lives on one event loop.
 */
final class Pupil {
  private final StormPlan plan;
  private final HttpClientAgent client;
  private final long start;
  private final DoubleConsumer progress;
  private final Promise<PupilResult> done = Promise.promise();
  private final List<JsonNode> assets = new ArrayList<>();
  private int next;
  private int finished;
  private int firstViewLeft;
  private long firstView = -1;
  private long bytes;
  private long totalBytes;
  private boolean over;

  Pupil(StormPlan plan, HttpClientAgent client, long start, DoubleConsumer progress) {
    this.plan = plan;
    this.client = client;
    this.start = start;
    this.progress = progress;
  }

  Future<PupilResult> join() {
    get("/api/scenes")
        .compose(catalogue -> {
          if (!new String(catalogue.getBytes()).contains("\"" + plan.scene() + "\"")) {
            return Future.failedFuture(new StormError("scene missing from catalogue"));
          }
          return get("/api/scenes/" + plan.scene() + "/manifest?tier=" + plan.tier());
        })
        .onSuccess(this::manifest)
        .onFailure(this::fail);
    return done.future();
  }

  private void manifest(Buffer body) {
    try {
      JsonNode manifest = SceneJson.mapper().readTree(body.getBytes());
      manifest.path("assets").forEach(assets::add);
    } catch (java.io.IOException e) {
      fail(new StormError("manifest is not JSON"));
      return;
    }
    if (assets.isEmpty()) {
      fail(new StormError("manifest lists no assets"));
      return;
    }
    for (JsonNode asset : assets) {
      totalBytes += asset.path("size").asLong();
      if (asset.path("firstView").asBoolean()) {
        firstViewLeft++;
      }
    }
    if (firstViewLeft == 0) {
      firstView = System.nanoTime() - start;
    }
    for (int i = 0; i < plan.inFlight() && next < assets.size(); i++) {
      fetchNext();
    }
  }

  private void fetchNext() {
    JsonNode asset = assets.get(next++);
    String sha = asset.path("sha256").asText();
    long size = asset.path("size").asLong();
    fetchAsset("/assets/" + sha).onComplete(result -> {
      if (over) {
        return;
      }
      if (result.failed()) {
        fail(result.cause());
        return;
      }
      Received received = result.result();
      if (received.bytes() != size || !sha.equals(received.sha256())) {
        fail(new StormError("hash mismatch"));
        return;
      }
      bytes += received.bytes();
      finished++;
      if (asset.path("firstView").asBoolean() && --firstViewLeft == 0) {
        firstView = System.nanoTime() - start;
      }
      progress.accept(finished == assets.size() || totalBytes == 0 ? 1.0 : (double) bytes / totalBytes);
      if (finished == assets.size()) {
        over = true;
        done.complete(new PupilResult(firstView, System.nanoTime() - start, bytes, null));
      } else if (next < assets.size()) {
        fetchNext();
      }
    });
  }

  /** An asset's body as it streamed in: its length and hash, without keeping the bytes. */
  private record Received(long bytes, String sha256) {}

  private Future<Received> fetchAsset(String path) {
    return client.request(options(path))
        .compose(request -> request.send())
        .compose(response -> {
          if (response.statusCode() != 200) {
            return response.body().transform(x -> Future.failedFuture(new StormError("status " + response.statusCode())));
          }
          MessageDigest digest = sha256();
          long[] length = {0};
          Promise<Received> received = Promise.promise();
          response.handler(chunk -> {
            ByteBuf buf = ((BufferInternal) chunk).getByteBuf();
            length[0] += buf.readableBytes();
            digest.update(buf.nioBuffer());
          });
          response.exceptionHandler(received::tryFail);
          response.endHandler(v -> received.tryComplete(
              new Received(length[0], HexFormat.of().formatHex(digest.digest()))));
          return received.future();
        });
  }

  private RequestOptions options(String path) {
    return new RequestOptions()
        .setMethod(HttpMethod.GET)
        .setAbsoluteURI(plan.server().resolve(path).toString())
        .setIdleTimeout(plan.limit().toMillis());
  }

  private Future<Buffer> get(String path) {
    return client.request(options(path))
        .compose(request -> request.send())
        .compose(response -> response.statusCode() == 200
            ? response.body()
            : response.body().transform(x -> Future.failedFuture(new StormError("status " + response.statusCode()))));
  }

  private void fail(Throwable cause) {
    if (over) {
      return;
    }
    over = true;
    String kind = cause instanceof StormError ? cause.getMessage() : "connection: " + cause.getClass().getSimpleName();
    done.complete(new PupilResult(firstView, -1, bytes, kind));
  }

  /** Stops the pupil where it is, for the storm's time limit. */
  void stop() {
    if (!over) {
      over = true;
      done.complete(new PupilResult(firstView, -1, bytes, "not ready within the time limit"));
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** An expected failure, named by its kind. */
  static final class StormError extends RuntimeException {
    StormError(String kind) {
      super(kind, null, false, false);
    }
  }
}
