package io.github.errorspec.core.spec;

import java.util.Objects;
import java.util.Optional;

/** A code that was removed from the API and may never be used again. */
public record RetiredCode(String code, Optional<String> since, Optional<String> reason, SourceLocation location) {

  public RetiredCode {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(since, "since");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(location, "location");
  }
}
