package io.github.errorspec.core.generate.java.runtime;

/** A stand-in for a generated status class: HTTP 429. */
final class TooManyRequestsException extends ApiException {

  private static final long serialVersionUID = 1L;

  TooManyRequestsException(String code, String message, String field, String issue, String requestId, Throwable cause) {
    super(429, code, message, field, issue, requestId, cause);
  }
}
