/**
 * The client's disk cache of assets, content-addressed: a blob's name is its sha256, so a blob
 * once fetched is never fetched again, across scenes, sessions and restarts. The manifests the
 * scenes were loaded by are kept beside the blobs, so that a scene shown once loads without the
 * server. Built on the {@code assets} module's {@link fi.retki.assets.store.ContentStore}. Safe to
 * share between threads; it does disk I/O and hashing, so never call it from the render thread.
 */
package fi.retki.client.cache;
