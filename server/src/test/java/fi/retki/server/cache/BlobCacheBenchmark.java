package fi.retki.server.cache;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The byte cache's two paths: a hit (lease and release a cached blob) and a cold miss that 30
 * requests ask for at once (one load, 30 leases). Run by bench/cache-jmh.sh; not a test.
 */
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class BlobCacheBenchmark {
  static final int BLOB = 32 * 1024;

  @State(Scope.Benchmark)
  public static class Cached {
    BlobCache cache;
    final String[] keys = new String[64];

    @Setup(Level.Trial)
    public void fill() throws Exception {
      cache = new BlobCache(256L << 20, sha -> CompletableFuture.completedFuture(blob()), Runnable::run);
      for (int i = 0; i < keys.length; i++) {
        keys[i] = String.format("%064x", i);
        cache.lease(keys[i]).get().close();
      }
    }

    @TearDown(Level.Trial)
    public void empty() {
      cache.clear();
    }
  }

  static ByteBuf blob() {
    ByteBuf buf = Unpooled.directBuffer(BLOB, BLOB);
    return buf.writerIndex(BLOB);
  }

  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  @Threads(2)
  public void hit(Cached state, Blackhole hole) throws Exception {
    String key = state.keys[(int) (Thread.currentThread().getId() % state.keys.length)];
    try (BlobLease lease = state.cache.lease(key).getNow(null)) {
      hole.consume(lease.bytes().readableBytes());
    }
  }

  @State(Scope.Benchmark)
  public static class Cold {
    ExecutorService pupils;
    ExecutorService disk;
    BlobCache cache;
    final AtomicLong loads = new AtomicLong();
    final AtomicLong next = new AtomicLong();

    @Setup(Level.Trial)
    public void start() {
      pupils = Executors.newFixedThreadPool(30);
      disk = Executors.newFixedThreadPool(4);
      cache = new BlobCache(64L << 20, sha -> CompletableFuture.supplyAsync(() -> {
        loads.incrementAndGet();
        return blob();
      }, disk), Runnable::run);
    }

    @TearDown(Level.Trial)
    public void stop() {
      pupils.shutdownNow();
      disk.shutdownNow();
      cache.clear();
      long rounds = next.get();
      System.out.printf("%n  cold-miss rounds: %d, loads: %d (%.3f loads per 30 concurrent requests)%n", rounds,
          loads.get(), loads.get() / (double) Math.max(1, rounds));
    }
  }

  /** 30 requests for one cold blob, all at once; waits until every one holds the bytes. */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public void coldMissThirtyAtOnce(Cold state) throws Exception {
    String key = String.format("%064x", state.next.incrementAndGet());
    CountDownLatch go = new CountDownLatch(1);
    CountDownLatch done = new CountDownLatch(30);
    for (int i = 0; i < 30; i++) {
      state.pupils.execute(() -> {
        try {
          go.await();
          state.cache.lease(key).get().close();
        } catch (Exception e) {
          throw new IllegalStateException(e);
        } finally {
          done.countDown();
        }
      });
    }
    go.countDown();
    done.await();
  }
}
