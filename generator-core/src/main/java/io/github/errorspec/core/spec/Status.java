package io.github.errorspec.core.spec;

import java.util.Objects;

/** An HTTP status the API documents, with the reason phrase its docs show. */
public record Status(int code, String reason, SourceLocation location) {

  public Status {
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(location, "location");
  }

  /** Whether clients should retry by default: 429 and every 5xx. */
  public static boolean retryableByDefault(int code) {
    return code == 429 || code >= 500;
  }
}
