package io.github.errorspec.core.generate.java.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Retries an operation while it fails with a retryable {@link ApiException}, at most 3 attempts in
 * all by default. Before each retry it waits as long as the server asked
 * ({@link ApiException#retryAfter()}), or else base * 2^attempt: 2 s after the first attempt and
 * 4 s after the second by default. A wait is at most 60 s: a longer backoff is cut to it, while a
 * server asking for longer is not retried. Errors that are not retryable, and every other
 * exception, pass through at once; transport failures (no response at all) are retried with the
 * same backoff only after {@link #withConnectionErrorRetries(boolean) withConnectionErrorRetries(true)}.
 *
 * <pre>{@code
 * RetryPolicy retry = RetryPolicy.defaults().withJitter(true);
 * Invoice invoice = retry.call(() -> invoices.fetch(invoiceId));
 * }</pre>
 *
 * <p>Instances are immutable; the {@code with} methods return changed copies.
 */
public final class RetryPolicy {

  /** Attempts made by default, the first included. */
  public static final int DEFAULT_MAX_ATTEMPTS = 3;

  /** The base of the backoff by default: the wait after attempt n is base times 2^n. */
  public static final long DEFAULT_BASE_DELAY_MILLIS = 1000L;

  /** The longest wait by default; a server asking for longer is not retried. */
  public static final long DEFAULT_MAX_DELAY_MILLIS = 60_000L;

  /**
   * How a policy waits between attempts; tests pass one that records instead of sleeping.
   */
  public interface Sleeper {

    /**
     * Waits {@code millis} milliseconds.
     *
     * @param millis how long to wait, never negative
     * @throws InterruptedException if the thread is interrupted while waiting
     */
    void sleep(long millis) throws InterruptedException;
  }

  /**
   * One attempt of an operation.
   *
   * @param <T> what the operation returns
   * @param <E> the checked exception it may throw
   */
  public interface Attempt<T, E extends Exception> {

    /**
     * Runs the attempt.
     *
     * @return what the operation returns
     * @throws E what the operation throws
     */
    T run() throws E;
  }

  private final int maxAttempts;
  private final long baseDelayMillis;
  private final long maxDelayMillis;
  private final boolean jitter;
  private final boolean connectionErrorRetries;
  private final Random random;
  private final Sleeper sleeper;

  private RetryPolicy(int maxAttempts, long baseDelayMillis, long maxDelayMillis, boolean jitter,
      boolean connectionErrorRetries, Random random, Sleeper sleeper) {
    this.maxAttempts = maxAttempts;
    this.baseDelayMillis = baseDelayMillis;
    this.maxDelayMillis = maxDelayMillis;
    this.jitter = jitter;
    this.connectionErrorRetries = connectionErrorRetries;
    this.random = random;
    this.sleeper = sleeper;
  }

  /**
   * The default policy: 3 attempts, waiting 2 s and then 4 s (or as long as the server asks, up to
   * 60 s), without jitter, transport failures not retried, sleeping on the calling thread.
   *
   * @return the default policy
   */
  public static RetryPolicy defaults() {
    return new RetryPolicy(DEFAULT_MAX_ATTEMPTS, DEFAULT_BASE_DELAY_MILLIS, DEFAULT_MAX_DELAY_MILLIS, false, false,
        null, Thread::sleep);
  }

  /**
   * A copy making at most {@code maxAttempts} attempts, the first included (1 never retries).
   *
   * @param maxAttempts the most attempts, at least 1
   * @return the changed copy
   */
  public RetryPolicy withMaxAttempts(int maxAttempts) {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1: " + maxAttempts);
    }
    return new RetryPolicy(maxAttempts, baseDelayMillis, maxDelayMillis, jitter, connectionErrorRetries, random,
        sleeper);
  }

  /**
   * A copy whose wait after attempt n is {@code baseDelayMillis} times 2^n.
   *
   * @param baseDelayMillis the base of the backoff in milliseconds, not negative
   * @return the changed copy
   */
  public RetryPolicy withBaseDelayMillis(long baseDelayMillis) {
    if (baseDelayMillis < 0) {
      throw new IllegalArgumentException("baseDelayMillis must not be negative: " + baseDelayMillis);
    }
    return new RetryPolicy(maxAttempts, baseDelayMillis, maxDelayMillis, jitter, connectionErrorRetries, random,
        sleeper);
  }

  /**
   * A copy that waits at most {@code maxDelayMillis} between attempts: a longer backoff is cut to
   * it, and an error whose server asks for a longer wait is thrown without retrying.
   *
   * @param maxDelayMillis the longest wait in milliseconds, not negative
   * @return the changed copy
   */
  public RetryPolicy withMaxDelayMillis(long maxDelayMillis) {
    if (maxDelayMillis < 0) {
      throw new IllegalArgumentException("maxDelayMillis must not be negative: " + maxDelayMillis);
    }
    return new RetryPolicy(maxAttempts, baseDelayMillis, maxDelayMillis, jitter, connectionErrorRetries, random,
        sleeper);
  }

  /**
   * A copy that, with {@code jitter}, waits a random time between half the backoff and all of it,
   * so that many clients failing together do not retry together. A wait the server asked for is
   * never changed.
   *
   * @param jitter whether to shorten each backoff by a random part
   * @return the changed copy
   */
  public RetryPolicy withJitter(boolean jitter) {
    return new RetryPolicy(maxAttempts, baseDelayMillis, maxDelayMillis, jitter, connectionErrorRetries, random,
        sleeper);
  }

  /**
   * A copy that, with {@code retry}, also retries transport failures, attempts that got no response:
   * an {@link IOException} (a refused or reset connection, {@code java.net.http.HttpTimeoutException},
   * a {@code SocketTimeoutException}) or an {@link UncheckedIOException}, which wraps one; it waits
   * the same backoff as for an error. Off by default, since a request that failed this way may
   * still have reached the server: a retried POST may run twice.
   *
   * @param retry whether to retry transport failures
   * @return the changed copy
   */
  public RetryPolicy withConnectionErrorRetries(boolean retry) {
    return new RetryPolicy(maxAttempts, baseDelayMillis, maxDelayMillis, jitter, retry, random, sleeper);
  }

  /**
   * A copy whose jitter draws from {@code random} instead of {@link ThreadLocalRandom}; tests pass
   * one with a known sequence.
   *
   * @param random the source of the random part of each wait
   * @return the changed copy
   */
  public RetryPolicy withRandom(Random random) {
    return new RetryPolicy(maxAttempts, baseDelayMillis, maxDelayMillis, jitter, connectionErrorRetries,
        Objects.requireNonNull(random, "random"), sleeper);
  }

  /**
   * A copy that waits with {@code sleeper}.
   *
   * @param sleeper what waits between attempts
   * @return the changed copy
   */
  public RetryPolicy withSleeper(Sleeper sleeper) {
    return new RetryPolicy(maxAttempts, baseDelayMillis, maxDelayMillis, jitter, connectionErrorRetries, random,
        Objects.requireNonNull(sleeper, "sleeper"));
  }

  /**
   * The most attempts made, the first included.
   *
   * @return the most attempts
   */
  public int maxAttempts() {
    return maxAttempts;
  }

  /**
   * The backoff after failed attempt {@code attempt} (counted from 1): base times 2^attempt, cut
   * to the longest wait, before any jitter.
   *
   * @param attempt the attempt that failed, from 1
   * @return the wait in milliseconds
   */
  public long delayMillis(int attempt) {
    if (attempt < 1) {
      throw new IllegalArgumentException("attempts are counted from 1: " + attempt);
    }
    if (attempt >= 63 || baseDelayMillis > maxDelayMillis >> attempt) {
      return maxDelayMillis;
    }
    return baseDelayMillis << attempt;
  }

  /**
   * Runs {@code operation}, again after a wait while it fails with a retryable error (or a transport
   * failure, when those are retried) and attempts remain. An interrupt during a wait ends the
   * retries: the last failure is thrown with the thread's interrupt flag set.
   *
   * @param <T> what the operation returns
   * @param <E> the checked exception it may throw
   * @param operation the operation to run
   * @return what the first successful attempt returned
   * @throws E what the operation threw last, if it was not a failure to retry or attempts ran out
   */
  public <T, E extends Exception> T call(Attempt<T, E> operation) throws E {
    for (int attempt = 1; ; attempt++) {
      try {
        return operation.run();
      } catch (Exception failure) {
        long wait = waitAfter(failure, attempt);
        if (wait < 0) {
          throw failure;
        }
        try {
          sleeper.sleep(wait);
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          throw failure;
        }
      }
    }
  }

  /** The wait in milliseconds before retrying after {@code failure} ended {@code attempt}, or -1 to give up. */
  private long waitAfter(Exception failure, int attempt) {
    if (attempt >= maxAttempts) {
      return -1;
    }
    if (failure instanceof IOException || failure instanceof UncheckedIOException) {
      // An interrupt turned into an InterruptedIOException ends the retries like one during a wait.
      return connectionErrorRetries && !Thread.currentThread().isInterrupted() ? backoff(attempt) : -1;
    }
    if (!(failure instanceof ApiException) || !((ApiException) failure).retryable()) {
      return -1;
    }
    Optional<Duration> asked = ((ApiException) failure).retryAfter();
    if (asked.isPresent()) {
      Duration wait = asked.get();
      if (wait.compareTo(Duration.ofMillis(maxDelayMillis)) > 0) {
        return -1;
      }
      // Whole milliseconds, rounded up: never sooner than the server asked.
      return wait.toMillis() + (wait.getNano() % 1_000_000 == 0 ? 0 : 1);
    }
    return backoff(attempt);
  }

  /** The backoff after {@code attempt}, with jitter when it is on. */
  private long backoff(int attempt) {
    long backoff = delayMillis(attempt);
    if (!jitter) {
      return backoff;
    }
    long least = backoff / 2;
    Random source = random != null ? random : ThreadLocalRandom.current();
    return Math.min(backoff, least + (long) (source.nextDouble() * (backoff - least + 1)));
  }
}
