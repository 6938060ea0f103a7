package fi.retki.server.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BlobCacheTest {
  private final Map<String, AtomicInteger> loads = new ConcurrentHashMap<>();
  private final Map<String, ByteBuf> loaded = new ConcurrentHashMap<>();
  private final List<ByteBuf> all = new ArrayList<>();

  private CompletableFuture<ByteBuf> load(String sha, int size) {
    loads.computeIfAbsent(sha, k -> new AtomicInteger()).incrementAndGet();
    ByteBuf buf = Unpooled.directBuffer(size, size);
    for (int i = 0; i < size; i++) {
      buf.writeByte(sha.charAt(i % sha.length()));
    }
    loaded.put(sha, buf);
    synchronized (all) {
      all.add(buf);
    }
    return CompletableFuture.completedFuture(buf);
  }

  @AfterEach
  void freeLeftovers() {
    for (ByteBuf buf : all) {
      if (buf.refCnt() > 0) {
        buf.release(buf.refCnt());
      }
    }
  }

  @Test
  void thirtyConcurrentRequestsForOneColdBlobLoadItOnce() throws Exception {
    CompletableFuture<ByteBuf> slowDisk = new CompletableFuture<>();
    AtomicInteger diskReads = new AtomicInteger();
    BlobCache cache =
        new BlobCache(
            1 << 20,
            sha -> {
              diskReads.incrementAndGet();
              return slowDisk;
            },
            Runnable::run);
    ExecutorService pupils = Executors.newFixedThreadPool(30);
    CountDownLatch start = new CountDownLatch(1);
    List<CompletableFuture<BlobLease>> leases = new ArrayList<>();
    try {
      List<java.util.concurrent.Future<CompletableFuture<BlobLease>>> asks = new ArrayList<>();
      for (int i = 0; i < 30; i++) {
        asks.add(pupils.submit(() -> {
          start.await();
          return cache.lease("a".repeat(64));
        }));
      }
      start.countDown();
      for (var ask : asks) {
        leases.add(ask.get(10, TimeUnit.SECONDS));
      }
      ByteBuf bytes = Unpooled.directBuffer(5);
      all.add(bytes);
      bytes.writeBytes("hello".getBytes(StandardCharsets.US_ASCII));
      slowDisk.complete(bytes);
      for (CompletableFuture<BlobLease> lease : leases) {
        try (BlobLease held = lease.get(10, TimeUnit.SECONDS)) {
          assertThat(held.bytes().toString(StandardCharsets.US_ASCII)).isEqualTo("hello");
        }
      }
    } finally {
      pupils.shutdownNow();
    }
    assertThat(diskReads).hasValue(1);
    assertThat(cache.misses()).isEqualTo(1);
    assertThat(cache.hits()).isEqualTo(29);
  }

  @Test
  void anEvictedBlobIsFreedOnlyWhenTheLastResponseIsDone() throws Exception {
    BlobCache cache = new BlobCache(100, sha -> load(sha, 60), Runnable::run);
    String a = "a".repeat(64);
    String b = "b".repeat(64);
    BlobLease first = cache.lease(a).get();
    BlobLease second = cache.lease(b).get();
    cache.cleanUp();

    assertThat(cache.evictions()).isEqualTo(1);
    assertThat(cache.bytesHeld()).isEqualTo(60);
    assertThat(loaded.get(a).refCnt()).as("still being sent").isEqualTo(1);
    assertThat(first.bytes().readableBytes()).isEqualTo(60);
    assertThat(second.bytes().getByte(0)).isEqualTo((byte) 'b');

    first.close();
    first.close();
    second.close();
    long alive = all.stream().filter(buf -> buf.refCnt() > 0).count();
    assertThat(alive).as("only the blob the cache still holds").isEqualTo(1);
  }

  @Test
  void theCacheNeverHoldsMoreThanItsBound() throws Exception {
    BlobCache cache = new BlobCache(1000, sha -> load(sha, 150), Runnable::run);
    for (int i = 0; i < 40; i++) {
      cache.lease(String.format("%064d", i)).get().close();
      cache.cleanUp();
      assertThat(cache.bytesHeld()).isLessThanOrEqualTo(1000);
    }
    assertThat(cache.evictions()).isGreaterThanOrEqualTo(34);
    long live = all.stream().filter(b -> b.refCnt() > 0).count();
    assertThat(live * 150).isEqualTo(cache.bytesHeld());
  }

  @Test
  void aCachedBlobIsServedWithoutLoadingAgainAndViewsAreIndependent() throws Exception {
    BlobCache cache = new BlobCache(1000, sha -> load(sha, 10), Runnable::run);
    String sha = "c".repeat(64);
    try (BlobLease one = cache.lease(sha).get();
        BlobLease two = cache.lease(sha).get()) {
      ByteBuf a = one.bytes();
      a.skipBytes(10);
      assertThat(two.bytes().readableBytes()).isEqualTo(10);
      assertThat(a.isReadOnly()).isTrue();
    }
    assertThat(loads.get(sha)).hasValue(1);
    assertThat(cache.hits()).isEqualTo(1);
  }

  @Test
  void aFailedLoadIsNotCachedAndTheNextRequestTriesAgain() throws Exception {
    AtomicInteger attempts = new AtomicInteger();
    BlobCache cache =
        new BlobCache(
            1000,
            sha ->
                attempts.incrementAndGet() == 1
                    ? CompletableFuture.failedFuture(new java.io.IOException("disk said no"))
                    : load(sha, 8),
            Runnable::run);
    String sha = "d".repeat(64);
    assertThatThrownBy(() -> cache.lease(sha).get())
        .isInstanceOf(ExecutionException.class)
        .hasMessageContaining("disk said no");
    try (BlobLease lease = cache.lease(sha).get()) {
      assertThat(lease.size()).isEqualTo(8);
    }
    assertThat(attempts).hasValue(2);
  }

  @Test
  void clearingFreesEveryBlobNoResponseHolds() throws Exception {
    BlobCache cache = new BlobCache(1000, sha -> load(sha, 10), Runnable::run);
    BlobLease held = cache.lease("e".repeat(64)).get();
    cache.lease("f".repeat(64)).get().close();
    cache.clear();
    assertThat(cache.bytesHeld()).isZero();
    assertThat(loaded.get("f".repeat(64)).refCnt()).isZero();
    assertThat(loaded.get("e".repeat(64)).refCnt()).isEqualTo(1);
    held.close();
    assertThat(loaded.get("e".repeat(64)).refCnt()).isZero();
  }
}
