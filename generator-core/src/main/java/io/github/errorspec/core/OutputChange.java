package io.github.errorspec.core;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/** What writing did to one output file. */
public record OutputChange(Path file, Change change) {

  /** The ways an output can fare. */
  public enum Change {
    /** It did not exist and was written. */
    CREATED,
    /** It was stale and was rewritten. */
    UPDATED,
    /** It already held exactly what was generated, and was left alone. */
    UP_TO_DATE,
    /** It does not exist and was not asked to: an optional docs page nobody created. */
    ABSENT;

    /** "created", "updated", "up to date", "absent", as front ends log it. */
    public String description() {
      return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
  }

  public OutputChange {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(change, "change");
  }

  /** "docs/error-codes.md: updated". */
  @Override
  public String toString() {
    return file + ": " + change.description();
  }
}
