package fi.retki.server.assets;

import java.nio.file.Path;

/**
 * A blob the server may send: what the manifests say of it, and where its file is.
 *
 * @param etag the strong entity tag, the quoted sha256 (kept to avoid building it per request)
 */
public record BlobInfo(String sha256, long size, String mediaType, Path file, String etag) {
  public static BlobInfo of(String sha256, long size, String mediaType, Path file) {
    return new BlobInfo(sha256, size, mediaType, file, '"' + sha256 + '"');
  }
}
