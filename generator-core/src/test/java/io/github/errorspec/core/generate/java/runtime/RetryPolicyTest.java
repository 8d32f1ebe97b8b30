package io.github.errorspec.core.generate.java.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The runtime RetryPolicy, against the runtime {@link ApiException} of a sample catalog: the seed's
 * backoff (2^attempt seconds, 3 attempts), retryable errors only, the server's wait when it gives
 * one, within a maximum.
 */
@DisplayName("RetryPolicy")
class RetryPolicyTest {

  private final List<Long> sleeps = new ArrayList<>();
  private int attempts;

  @Test
  @DisplayName("a retryable error is retried twice, after 2 s and 4 s, then thrown")
  void retriesRetryableErrors() {
    ApiException overloaded = retryable(null);
    assertSame(overloaded, assertThrows(ApiException.class, () -> failingWith(policy(), overloaded)));
    assertEquals(3, attempts);
    assertEquals(List.of(2000L, 4000L), sleeps);
  }

  @Test
  @DisplayName("a non-retryable error is thrown at once")
  void neverRetriesClientErrors() {
    ApiException invalid = ErrorCode.INVALID_REQUEST.exception("invalid");
    assertSame(invalid, assertThrows(ApiException.class, () -> failingWith(policy(), invalid)));
    assertEquals(1, attempts);
    assertEquals(List.of(), sleeps);
  }

  @Test
  @DisplayName("other exceptions, checked ones included, pass through at once")
  void otherExceptionsPassThrough() {
    IOException io = new IOException("connection reset");
    assertSame(io, assertThrows(IOException.class, () -> policy().call(() -> {
      attempts++;
      throw io;
    })));
    assertEquals(1, attempts);
  }

  @Test
  @DisplayName("with connection-error retries on, an UncheckedIOException is retried as its IOException is; "
      + "other exceptions still pass through")
  void connectionErrorRetries() {
    RetryPolicy retrying = policy().withConnectionErrorRetries(true);
    UncheckedIOException wrapped = new UncheckedIOException(new IOException("connection reset"));
    assertSame(wrapped, assertThrows(UncheckedIOException.class, () -> retrying.call(() -> {
      attempts++;
      throw wrapped;
    })));
    assertEquals(3, attempts);
    assertEquals(List.of(2000L, 4000L), sleeps);

    IllegalStateException other = new IllegalStateException("not a transport failure");
    assertSame(other, assertThrows(IllegalStateException.class, () -> retrying.call(() -> {
      attempts++;
      throw other;
    })));
    assertEquals(4, attempts);
  }

  @Test
  @DisplayName("the first success is returned")
  void returnsFirstSuccess() {
    ApiException rateLimited = retryable(null);
    String result = policy().call(() -> {
      if (++attempts < 2) {
        throw rateLimited;
      }
      return "done";
    });
    assertEquals("done", result);
    assertEquals(List.of(2000L), sleeps);
  }

  @Test
  @DisplayName("attempts, base and maximum are configurable; bad values are refused")
  void configurable() {
    RetryPolicy policy = policy().withMaxAttempts(6).withBaseDelayMillis(10).withMaxDelayMillis(100);
    assertThrows(ApiException.class, () -> failingWith(policy, retryable(null)));
    assertEquals(6, attempts);
    assertEquals(List.of(20L, 40L, 80L, 100L, 100L), sleeps, "the backoff is cut to the maximum");
    assertEquals(100L, policy.delayMillis(70));
    assertEquals(60_000L, RetryPolicy.defaults().delayMillis(6), "the default maximum is 60 s");
    assertEquals(32_000L, RetryPolicy.defaults().delayMillis(5));
    assertEquals(Long.MAX_VALUE, RetryPolicy.defaults().withMaxDelayMillis(Long.MAX_VALUE).delayMillis(63));
    assertThrows(IllegalArgumentException.class, () -> policy.withMaxAttempts(0));
    assertThrows(IllegalArgumentException.class, () -> policy.withBaseDelayMillis(-1));
    assertThrows(IllegalArgumentException.class, () -> policy.withMaxDelayMillis(-1));
    assertThrows(IllegalArgumentException.class, () -> policy.delayMillis(0));
  }

  @Test
  @DisplayName("an interrupt during a wait stops retrying and keeps the interrupt flag")
  void interrupted() {
    RetryPolicy policy = RetryPolicy.defaults().withSleeper(millis -> {
      throw new InterruptedException();
    });
    ApiException overloaded = retryable(null);
    try {
      assertSame(overloaded, assertThrows(ApiException.class, () -> failingWith(policy, overloaded)));
      assertEquals(1, attempts);
      assertTrue(Thread.currentThread().isInterrupted());
    } finally {
      Thread.interrupted();
    }
  }

  @Nested
  @DisplayName("a wait the server asked for")
  class ServerWait {

    @Test
    @DisplayName("replaces the backoff, rounded up to whole milliseconds")
    void replacesBackoff() {
      assertThrows(ApiException.class, () -> failingWith(policy(), retryable(Duration.ofMillis(1500).plusNanos(1))));
      assertEquals(List.of(1501L, 1501L), sleeps);
    }

    @Test
    @DisplayName("of exactly the maximum is waited; longer is thrown at once, never retried")
    void aboveTheMaximumIsNotRetried() {
      assertThrows(ApiException.class, () -> failingWith(policy(), retryable(Duration.ofSeconds(60))));
      assertEquals(List.of(60_000L, 60_000L), sleeps);

      sleeps.clear();
      attempts = 0;
      ApiException tooLong = retryable(Duration.ofSeconds(60).plusNanos(1));
      assertSame(tooLong, assertThrows(ApiException.class, () -> failingWith(policy(), tooLong)));
      assertEquals(1, attempts);
      assertEquals(List.of(), sleeps);
      assertEquals(List.of(), sleepsOf(policy().withMaxDelayMillis(5_000), retryable(Duration.ofSeconds(6))));
    }

    @Test
    @DisplayName("of zero retries at once")
    void zero() {
      assertEquals(List.of(0L, 0L), sleepsOf(policy(), retryable(Duration.ZERO)));
    }

    @Test
    @DisplayName("is never jittered, and never makes a non-retryable error retried")
    void notJitteredNotForcing() {
      assertEquals(List.of(3000L, 3000L), sleepsOf(policy().withJitter(true).withRandom(fixed(0.0)),
          retryable(Duration.ofSeconds(3))));
      assertEquals(List.of(), sleepsOf(policy(), ErrorCode.INVALID_REQUEST.exception("no").withRetryAfter(Duration.ofSeconds(1))));
    }
  }

  @Nested
  @DisplayName("jitter")
  class Jitter {

    @Test
    @DisplayName("is off by default")
    void offByDefault() {
      assertEquals(List.of(2000L, 4000L), sleepsOf(policy().withRandom(fixed(0.0)), retryable(null)));
    }

    @Test
    @DisplayName("draws each backoff from [half of it, all of it]")
    void range() {
      assertEquals(List.of(1000L, 2000L), sleepsOf(policy().withJitter(true).withRandom(fixed(0.0)), retryable(null)));
      assertEquals(List.of(1500L, 3000L), sleepsOf(policy().withJitter(true).withRandom(fixed(0.5)), retryable(null)));
      assertEquals(List.of(2000L, 4000L),
          sleepsOf(policy().withJitter(true).withRandom(fixed(Math.nextDown(1.0))), retryable(null)));
    }

    @Test
    @DisplayName("applies after the backoff is cut to the maximum")
    void afterTheMaximum() {
      assertEquals(List.of(500L, 500L), sleepsOf(policy().withMaxDelayMillis(1000).withJitter(true)
          .withRandom(fixed(0.0)), retryable(null)));
    }

    @Test
    @DisplayName("uses a thread-local random source unless given one")
    void defaultSource() {
      List<Long> waits = sleepsOf(policy().withJitter(true).withMaxAttempts(50).withMaxDelayMillis(4000), retryable(null));
      assertEquals(49, waits.size());
      assertTrue(waits.stream().allMatch(wait -> wait >= 1000 && wait <= 4000), waits.toString());
      assertTrue(waits.stream().distinct().count() > 10, "not random: " + waits);
    }
  }

  private RetryPolicy policy() {
    return RetryPolicy.defaults().withSleeper(sleeps::add);
  }

  private Object failingWith(RetryPolicy policy, ApiException error) {
    return policy.call(() -> {
      attempts++;
      throw error;
    });
  }

  private List<Long> sleepsOf(RetryPolicy policy, ApiException error) {
    sleeps.clear();
    assertThrows(ApiException.class, () -> failingWith(policy, error));
    return new ArrayList<>(sleeps);
  }

  private static ApiException retryable(Duration retryAfter) {
    return ErrorCode.OVERLOADED.exception("overloaded").withRetryAfter(retryAfter);
  }

  /** A random source whose every double is {@code value}. */
  private static Random fixed(double value) {
    return new Random() {
      private static final long serialVersionUID = 1L;

      @Override
      public double nextDouble() {
        return value;
      }
    };
  }
}
