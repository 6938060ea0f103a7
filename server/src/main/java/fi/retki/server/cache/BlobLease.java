package fi.retki.server.cache;

import io.netty.buffer.ByteBuf;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A response's hold on a cached blob. The bytes stay valid until {@link #close()}, which a
 * response calls once they are sent (or the connection is gone). Closing twice is harmless.
 */
public final class BlobLease implements AutoCloseable {
  private final CachedBlob blob;
  private final AtomicBoolean closed = new AtomicBoolean();

  BlobLease(CachedBlob blob) {
    this.blob = blob;
  }

  /** The blob's bytes: a read-only view sharing the cached memory, with its own read position. */
  public ByteBuf bytes() {
    if (closed.get()) {
      throw new IllegalStateException("lease already closed");
    }
    return blob.view();
  }

  /** The blob's size in bytes. */
  public int size() {
    return blob.size();
  }

  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      blob.release();
    }
  }
}
