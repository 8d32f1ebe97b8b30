package io.github.errorspec.core.generate.java.runtime;

/** A stand-in for a generated status class: HTTP 503. */
final class ServiceUnavailableException extends ApiException {

  private static final long serialVersionUID = 1L;

  ServiceUnavailableException(String code, String message, String field, String issue, String requestId, Throwable cause) {
    super(503, code, message, field, issue, requestId, cause);
  }
}
