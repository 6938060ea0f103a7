package fi.retki.client.net;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import fi.retki.assets.bake.Manifest;
import fi.retki.assets.bake.Tier;
import fi.retki.assets.store.Sha256;
import fi.retki.scenes.SceneJson;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The Retki server's HTTP API, as a pupil's client uses it.
 *
 * <p>Every call returns at once; its future completes on an HTTP client thread, with the answer or
 * with a {@link ServerException} whose message a person understands ("cannot reach the server at
 * http://…"). HTTP/1.1 is forced: the JDK client's cleartext HTTP/2 upgrade sometimes hangs
 * against this server.
 */
public final class ServerApi {
  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
  private static final Duration SMALL_TIMEOUT = Duration.ofSeconds(20);
  private static final Duration ASSET_TIMEOUT = Duration.ofMinutes(2);
  private static final ObjectReader JSON = SceneJson.mapper().reader()
      .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private final URI base;
  private final HttpClient http;
  private final AtomicLong bytesDownloaded = new AtomicLong();

  /**
   * An API client for the server at {@code base}, e.g. {@code http://127.0.0.1:8080}.
   *
   * @param base the server's address: scheme, host and port; a path, if any, is ignored
   */
  public ServerApi(URI base) {
    Objects.requireNonNull(base, "base");
    if (!"http".equals(base.getScheme()) && !"https".equals(base.getScheme())) {
      throw new IllegalArgumentException("the server address must start with http:// or https://, not " + base);
    }
    this.base = URI.create(base.getScheme() + "://" + base.getRawAuthority());
    this.http = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(CONNECT_TIMEOUT)
        .build();
  }

  /** The server's address (scheme, host and port). */
  public URI base() {
    return base;
  }

  /** The catalogue: {@code GET /api/scenes}, a JSON array of scene summaries. */
  public CompletableFuture<JsonNode> scenes() {
    return json("/api/scenes");
  }

  /**
   * One scene's descriptor: {@code GET /api/scenes/{id}}; among its fields are
   * {@code pointsOfInterest[].id} and {@code .title}.
   */
  public CompletableFuture<JsonNode> scene(String id) {
    return json("/api/scenes/" + encode(id));
  }

  /** The scene's manifest for a device tier: the assets to fetch, in streaming order. */
  public CompletableFuture<Manifest> manifest(String sceneId, Tier tier) {
    String path = "/api/scenes/" + encode(sceneId) + "/manifest?tier=" + tier.id();
    return bytes(path, SMALL_TIMEOUT, false).thenApply(body -> {
      try {
        return JSON.readValue(body, Manifest.class);
      } catch (IOException e) {
        throw new CompletionException(new ServerException(200,
            "the server sent a manifest for " + sceneId + " that cannot be read: " + e.getMessage(), e));
      }
    });
  }

  /**
   * An asset's bytes, {@code GET /assets/{sha256}}. The bytes are counted in
   * {@link #bytesDownloaded()}; their hash is not checked here (the cache checks it).
   */
  public CompletableFuture<byte[]> asset(String sha256) {
    if (!Sha256.isValid(sha256)) {
      return CompletableFuture.failedFuture(
          new IllegalArgumentException("\"" + sha256 + "\" is not a sha256: use 64 lowercase hex digits"));
    }
    return bytes("/assets/" + sha256, ASSET_TIMEOUT, true);
  }

  /**
   * Uploads a pupil's snapshot: {@code POST /api/live/snapshots} with the pupil's resume token as
   * bearer token. Completes with the snapshot's id once the server has committed it.
   */
  public CompletableFuture<String> uploadSnapshot(String resumeToken, byte[] png) {
    Objects.requireNonNull(resumeToken, "resumeToken");
    Objects.requireNonNull(png, "png");
    HttpRequest request = HttpRequest.newBuilder(base.resolve("/api/live/snapshots"))
        .timeout(SMALL_TIMEOUT)
        .header("Authorization", "Bearer " + resumeToken)
        .header("Content-Type", "image/png")
        .POST(HttpRequest.BodyPublishers.ofByteArray(png))
        .build();
    return send(request, false).thenApply(body -> {
      try {
        JsonNode answer = JSON.readTree(body);
        String id = answer.path("snapshotId").asText(null);
        if (id == null) {
          throw new IOException("no snapshotId in the answer");
        }
        return id;
      } catch (IOException e) {
        throw new CompletionException(new ServerException(201,
            "the server stored the snapshot but its answer cannot be read: " + e.getMessage(), e));
      }
    });
  }

  /** The asset body bytes received since this object was made (for tests and reports). */
  public long bytesDownloaded() {
    return bytesDownloaded.get();
  }

  private CompletableFuture<JsonNode> json(String path) {
    return bytes(path, SMALL_TIMEOUT, false).thenApply(body -> {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new CompletionException(new ServerException(200,
            "the server's answer to " + path + " is not JSON: " + e.getMessage(), e));
      }
    });
  }

  private CompletableFuture<byte[]> bytes(String path, Duration timeout, boolean asset) {
    HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).timeout(timeout).GET().build();
    return send(request, asset);
  }

  private CompletableFuture<byte[]> send(HttpRequest request, boolean asset) {
    return http.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray())
        .handle((response, failure) -> {
          if (failure != null) {
            throw new CompletionException(unreachable(request, failure));
          }
          int status = response.statusCode();
          if (status / 100 != 2) {
            throw new CompletionException(refused(request, status, response.body()));
          }
          if (asset) {
            bytesDownloaded.addAndGet(response.body().length);
          }
          return response.body();
        });
  }

  private ServerException unreachable(HttpRequest request, Throwable failure) {
    Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
    if (cause instanceof HttpConnectTimeoutException || cause instanceof ConnectException) {
      return new ServerException(0, "cannot reach the server at " + base + "; check the address and the network", cause);
    }
    if (cause instanceof HttpTimeoutException) {
      return new ServerException(0, "the server at " + base + " did not answer in time (" + request.uri().getPath() + ")", cause);
    }
    return new ServerException(0, "the connection to the server at " + base + " broke off ("
        + request.uri().getPath() + "): " + cause.getMessage(), cause);
  }

  private ServerException refused(HttpRequest request, int status, byte[] body) {
    String detail = null;
    try {
      detail = JSON.readTree(body).path("detail").asText(null);
    } catch (IOException | RuntimeException e) {
      // not a problem document; the status says enough
    }
    String what = request.method() + " " + request.uri().getPath();
    return new ServerException(status, "the server at " + base + " answered " + status + " to " + what
        + (detail == null ? "" : ": " + detail), null);
  }

  private static String encode(String segment) {
    return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
