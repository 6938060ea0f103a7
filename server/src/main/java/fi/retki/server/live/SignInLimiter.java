package fi.retki.server.live;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failed sign-ins per key (the address, and the name tried): after {@code limit} failures within
 * a window, further tries wait until the oldest failure leaves it. Time is passed in.
 */
final class SignInLimiter {
  private final int limit;
  private final long windowMillis;
  private final Map<String, Deque<Long>> failures = new ConcurrentHashMap<>();

  SignInLimiter(int limit, long windowMillis) {
    this.limit = limit;
    this.windowMillis = windowMillis;
  }

  /** Seconds to wait before {@code key} may try again; 0 if it may try now. */
  long waitSeconds(String key, long nowMillis) {
    Deque<Long> times = failures.get(key);
    if (times == null) {
      return 0;
    }
    synchronized (times) {
      while (!times.isEmpty() && times.peekFirst() <= nowMillis - windowMillis) {
        times.pollFirst();
      }
      if (times.size() < limit) {
        return 0;
      }
      return Math.max(1, (times.peekFirst() + windowMillis - nowMillis + 999) / 1000);
    }
  }

  void failed(String key, long nowMillis) {
    Deque<Long> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
    synchronized (times) {
      times.addLast(nowMillis);
      while (times.size() > limit) {
        times.pollFirst();
      }
    }
  }

  void succeeded(String key) {
    failures.remove(key);
  }
}
