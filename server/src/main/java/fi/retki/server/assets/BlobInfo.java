package fi.retki.server.assets;

import io.vertx.core.http.HttpHeaders;
import java.nio.file.Path;

/**
 * A blob the server may send: what the manifests say of it, and where its file is.
 *
 * @param etag the strong entity tag, the quoted sha256
 * @param etagHeader the entity tag as a header value built once, not per request
 * @param mediaTypeHeader the media type as a header value built once
 */
public record BlobInfo(String sha256, long size, String mediaType, Path file, String etag, CharSequence etagHeader,
    CharSequence mediaTypeHeader) {
  public static BlobInfo of(String sha256, long size, String mediaType, Path file) {
    String etag = '"' + sha256 + '"';
    return new BlobInfo(sha256, size, mediaType, file, etag, HttpHeaders.createOptimized(etag),
        HttpHeaders.createOptimized(mediaType));
  }
}
