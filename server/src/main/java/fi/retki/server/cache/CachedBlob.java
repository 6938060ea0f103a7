package fi.retki.server.cache;

import io.netty.buffer.ByteBuf;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One blob's bytes held off the heap, shared read-only by every response that sends it.
 *
 * <p>Reference-counted: the cache holds one reference and drops it when the entry is evicted;
 * every response takes one with {@link #tryRetain()} and gives it back when its bytes are sent.
 * The memory is freed when the last reference goes, so eviction never frees bytes that a response
 * is still sending.
 */
final class CachedBlob {
  private final ByteBuf bytes;
  private final AtomicInteger references = new AtomicInteger(1);

  CachedBlob(ByteBuf bytes) {
    this.bytes = bytes.asReadOnly();
  }

  int size() {
    return bytes.readableBytes();
  }

  /** Takes a reference unless the blob has already been freed. */
  boolean tryRetain() {
    while (true) {
      int now = references.get();
      if (now == 0) {
        return false;
      }
      if (references.compareAndSet(now, now + 1)) {
        return true;
      }
    }
  }

  /** Gives a reference back; the last one frees the memory. */
  void release() {
    int left = references.decrementAndGet();
    if (left == 0) {
      bytes.release();
    } else if (left < 0) {
      throw new IllegalStateException("blob released more often than retained");
    }
  }

  /** A view of the bytes with its own read position; valid while a reference is held. */
  ByteBuf view() {
    return bytes.duplicate();
  }

  boolean isFreed() {
    return references.get() == 0;
  }
}
