/**
 * {@code GET} and {@code HEAD /assets/{sha256}}: immutable blobs from the byte cache, or by
 * zero-copy file transfer above a size, with {@code ETag}, {@code 304} and single byte ranges.
 * Handlers run on the event loop; disk reads run on worker threads.
 */
package fi.retki.server.assets;
