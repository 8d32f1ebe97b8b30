package com.example.api.server;

import com.example.api.errors.ErrorCode;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/** Allows each key at most a number of requests per fixed time window. */
final class RateLimiter {

  private final int limit;
  private final long windowMillis;
  private final LongSupplier clock;
  private final Map<String, long[]> windows = new ConcurrentHashMap<>();

  RateLimiter(int limit, long windowMillis, LongSupplier clock) {
    this.limit = limit;
    this.windowMillis = windowMillis;
    this.clock = clock;
  }

  /**
   * Counts one request of {@code key}, or throws RATE_LIMIT_EXCEEDED when its window is full, saying
   * how long until the next window opens.
   */
  void acquire(String key) {
    long now = clock.getAsLong();
    long window = now / windowMillis;
    long[] state = windows.computeIfAbsent(key, k -> new long[] {window, 0});
    synchronized (state) {
      if (state[0] != window) {
        state[0] = window;
        state[1] = 0;
      }
      if (state[1] >= limit) {
        throw ErrorCode.RATE_LIMIT_EXCEEDED.exception(limit + " requests per " + windowMillis + " ms")
            .withRetryAfter(Duration.ofMillis((window + 1) * windowMillis - now));
      }
      state[1]++;
    }
  }
}
