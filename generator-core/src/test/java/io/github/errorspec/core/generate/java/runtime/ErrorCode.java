package io.github.errorspec.core.generate.java.runtime;

import java.util.Optional;

/**
 * A stand-in for a generated {@code ErrorCode}, with what the runtime {@link ApiException} uses, so
 * that the runtime sources compile and are tested on their own. Its catalog is the one the runtime
 * sources are written for: statuses 400, 429 and 503.
 */
enum ErrorCode {
  INVALID_REQUEST(400, false, "The request is invalid"),
  RATE_LIMITED(429, true, "Too many requests"),
  OVERLOADED(503, true, "Service is overloaded");

  private final int httpStatus;
  private final boolean retryable;
  private final String message;

  ErrorCode(int httpStatus, boolean retryable, String message) {
    this.httpStatus = httpStatus;
    this.retryable = retryable;
    this.message = message;
  }

  String code() {
    return name();
  }

  int httpStatus() {
    return httpStatus;
  }

  boolean retryable() {
    return retryable;
  }

  String message() {
    return message;
  }

  Optional<String> field() {
    return Optional.empty();
  }

  static Optional<ErrorCode> fromCode(String code) {
    for (ErrorCode errorCode : values()) {
      if (errorCode.name().equals(code)) {
        return Optional.of(errorCode);
      }
    }
    return Optional.empty();
  }

  ApiException exception() {
    return ApiException.of(this, null, null, null);
  }

  ApiException exception(String issue) {
    return ApiException.of(this, null, issue, null);
  }
}
