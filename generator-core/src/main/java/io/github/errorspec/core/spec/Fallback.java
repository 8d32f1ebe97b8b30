package io.github.errorspec.core.spec;

import java.util.Objects;

/**
 * One entry of {@code fallbacks:}: the code an error response of {@code status} carries when no
 * handler raised it with a code of its own.
 *
 * @param status the HTTP status answered; 400 for the {@code validation} entry
 * @param code the code as written, not necessarily one of the catalog's (the validator checks)
 * @param keyLocation where the entry's key is written
 * @param location where the code is written
 */
public record Fallback(int status, String code, SourceLocation keyLocation, SourceLocation location) {

  public Fallback {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(keyLocation, "keyLocation");
    Objects.requireNonNull(location, "location");
  }
}
