package io.github.errorspec.core.generate.java.runtime;

/** A stand-in for a generated status class: HTTP 400. */
final class BadRequestException extends ApiException {

  private static final long serialVersionUID = 1L;

  BadRequestException(String code, String message, String field, String issue, String requestId, Throwable cause) {
    super(400, code, message, field, issue, requestId, cause);
  }
}
