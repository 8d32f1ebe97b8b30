package io.github.errorspec.core.spec;

import java.util.Objects;

/** One problem found in a spec, at the place the user has to change. */
public record Diagnostic(SourceLocation location, String message) implements Comparable<Diagnostic> {

  public Diagnostic {
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(message, "message");
  }

  @Override
  public int compareTo(Diagnostic other) {
    return location.compareTo(other.location);
  }

  /** {@code file:line:column: message}, the form compilers print and IDEs link. */
  @Override
  public String toString() {
    return location + ": " + message;
  }
}
