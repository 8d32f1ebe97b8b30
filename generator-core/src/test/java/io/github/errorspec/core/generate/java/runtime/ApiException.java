package io.github.errorspec.core.generate.java.runtime;

import java.time.Duration;
import java.util.Optional;

/**
 * A stand-in for the generated {@code ApiException}, with just what {@link RetryPolicy} reads, so
 * that the runtime sources compile and are tested on their own.
 */
public class ApiException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final boolean retryable;
  private final Duration retryAfter;

  ApiException(String message, boolean retryable, Duration retryAfter) {
    super(message);
    this.retryable = retryable;
    this.retryAfter = retryAfter;
  }

  public boolean retryable() {
    return retryable;
  }

  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
