/**
 * The client's disk cache of assets, content-addressed: a blob's name is its sha256, so a blob
 * once fetched is never fetched again, across scenes, sessions and restarts. Built on the
 * {@code assets} module's {@link fi.retki.assets.store.ContentStore}. Safe to share between
 * threads; it does disk I/O and hashing, so never call it from the render thread.
 */
package fi.retki.client.cache;
