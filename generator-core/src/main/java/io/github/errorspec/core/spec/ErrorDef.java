package io.github.errorspec.core.spec;

import java.util.Objects;
import java.util.Optional;

/**
 * One error code of the catalog, with every value resolved: the status is the error's own or its
 * group's, and {@code retryable} is explicit or the default for that status.
 *
 * @param location where the code is written
 * @param statusLocation where the status that applies is written (the group's when inherited)
 */
public record ErrorDef(
    String code,
    String message,
    Optional<String> description,
    int status,
    Optional<String> field,
    boolean retryable,
    Optional<String> deprecated,
    Optional<String> since,
    SourceLocation location,
    SourceLocation statusLocation) {

  public ErrorDef {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(deprecated, "deprecated");
    Objects.requireNonNull(since, "since");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(statusLocation, "statusLocation");
  }

  public boolean isDeprecated() {
    return deprecated.isPresent();
  }
}
