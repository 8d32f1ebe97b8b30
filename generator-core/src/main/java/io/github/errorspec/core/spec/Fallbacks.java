package io.github.errorspec.core.spec;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The catalog's {@code fallbacks:}: per HTTP status, the code of each error response no handler
 * raised with a code of its own (a server framework's own answers, an uncaught exception), and the
 * code of a failed bean validation.
 *
 * @param statuses the status entries, in the order written
 * @param validation the {@code validation} entry, if written
 * @param location where {@code fallbacks} is written; empty when the spec has none
 */
public record Fallbacks(List<Fallback> statuses, Optional<Fallback> validation, Optional<SourceLocation> location) {

  /** The status that a bean-validation failure answers, and so the status of its code. */
  public static final int VALIDATION_STATUS = 400;

  private static final Fallbacks NONE = new Fallbacks(List.of(), Optional.empty(), Optional.empty());

  public Fallbacks {
    statuses = List.copyOf(statuses);
    Objects.requireNonNull(validation, "validation");
    Objects.requireNonNull(location, "location");
  }

  /** A spec without {@code fallbacks}. */
  public static Fallbacks none() {
    return NONE;
  }

  /** The fallback code of {@code status}, if the spec names one. */
  public Optional<String> code(int status) {
    return statuses.stream().filter(fallback -> fallback.status() == status).map(Fallback::code).findFirst();
  }

  /** The code of a failed bean validation: the {@code validation} entry, or else the 400 fallback. */
  public Optional<String> validationCode() {
    return validation.map(Fallback::code).or(() -> code(VALIDATION_STATUS));
  }
}
