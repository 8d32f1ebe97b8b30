package io.github.errorspec.core.spec;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A table of errors under one heading; its status applies to every error that names none.
 *
 * @param heading the explicit heading; without one, documents derive "STATUS - Reason"
 */
public record Group(Optional<String> heading, int status, List<ErrorDef> errors, SourceLocation location) {

  public Group {
    Objects.requireNonNull(heading, "heading");
    errors = List.copyOf(errors);
    Objects.requireNonNull(location, "location");
  }

  /** Whether any error names a request field, which gives the group's table a Field column. */
  public boolean hasFields() {
    return errors.stream().anyMatch(error -> error.field().isPresent());
  }
}
