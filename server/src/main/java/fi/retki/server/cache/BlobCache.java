package fi.retki.server.cache;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.RemovalCause;
import io.netty.buffer.ByteBuf;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * The asset byte cache: blobs by sha256, held in off-heap buffers, bounded by bytes.
 *
 * <p>Loading is single-flight: however many requests ask for a cold blob at once, the loader runs
 * once and all of them get its bytes. Entries are reference-counted ({@link CachedBlob}), so an
 * eviction frees memory only when the last response sending it is done.
 */
public final class BlobCache {
  private final AsyncCache<String, CachedBlob> cache;
  private final Function<String, CompletableFuture<ByteBuf>> loader;
  private final AtomicLong hits = new AtomicLong();
  private final AtomicLong misses = new AtomicLong();
  private final AtomicLong evictions = new AtomicLong();
  private final AtomicLong bytesHeld = new AtomicLong();
  private final AtomicLong bypasses = new AtomicLong();

  /**
   * A cache of at most {@code maxBytes} bytes.
   *
   * @param loader reads a blob into a new exact-size direct buffer, off the event loop; the cache
   *     owns the buffer it returns
   * @param maintenance runs the cache's bookkeeping and removal callbacks
   */
  public BlobCache(long maxBytes, Function<String, CompletableFuture<ByteBuf>> loader, Executor maintenance) {
    if (maxBytes < 0) {
      throw new IllegalArgumentException("cache size must not be negative: " + maxBytes);
    }
    this.loader = loader;
    this.cache =
        Caffeine.newBuilder()
            .maximumWeight(maxBytes)
            .<String, CachedBlob>weigher((sha, blob) -> blob.size())
            .executor(maintenance)
            .<String, CachedBlob>removalListener(
                (sha, blob, cause) -> {
                  if (blob != null) {
                    if (cause == RemovalCause.SIZE) {
                      evictions.incrementAndGet();
                    }
                    bytesHeld.addAndGet(-blob.size());
                    blob.release();
                  }
                })
            .buildAsync();
  }

  /**
   * A lease on the blob's bytes, loading it if it is not cached. The caller must close the lease
   * when its response is done.
   */
  public CompletableFuture<BlobLease> lease(String sha256) {
    boolean[] loaded = {false};
    CompletableFuture<CachedBlob> entry =
        cache.get(
            sha256,
            (sha, executor) -> {
              loaded[0] = true;
              return loader.apply(sha).thenApply(this::hold);
            });
    (loaded[0] ? misses : hits).incrementAndGet();
    return entry.thenCompose(
        blob -> {
          if (blob.tryRetain()) {
            return CompletableFuture.completedFuture(new BlobLease(blob));
          }
          // Evicted and freed before this request could take it (the cache is smaller than what
          // is being asked for at once): send it from a private copy instead of looping.
          bypasses.incrementAndGet();
          return loader.apply(sha256).thenApply(bytes -> new BlobLease(new CachedBlob(bytes)));
        });
  }

  private CachedBlob hold(ByteBuf bytes) {
    CachedBlob blob = new CachedBlob(bytes);
    bytesHeld.addAndGet(blob.size());
    return blob;
  }

  /** Drops every entry (each is freed once no response holds it). */
  public void clear() {
    cache.synchronous().invalidateAll();
    cache.synchronous().cleanUp();
  }

  /** Runs pending evictions now; for tests and shutdown. */
  public void cleanUp() {
    cache.synchronous().cleanUp();
  }

  public long hits() {
    return hits.get();
  }

  public long misses() {
    return misses.get();
  }

  public long evictions() {
    return evictions.get();
  }

  /** Requests that found their blob evicted before they could hold it, and loaded a private copy. */
  public long bypasses() {
    return bypasses.get();
  }

  /** Bytes of the blobs the cache holds now (not counting evicted blobs still being sent). */
  public long bytesHeld() {
    return bytesHeld.get();
  }
}
