/**
 * The server's HTTP API as the client uses it: catalogue, manifests, assets by hash and snapshot
 * upload, through {@code java.net.http} over HTTP/1.1. Answers arrive on the HTTP client's
 * threads as {@link java.util.concurrent.CompletableFuture}s; nothing here blocks its caller.
 */
package fi.retki.client.net;
