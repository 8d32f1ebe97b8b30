package io.github.errorspec.core.spec;

import java.util.List;
import java.util.Objects;

/** A section of the catalog ("Authentication Errors"), holding groups in document order. */
public record Category(String title, List<Group> groups, SourceLocation location) {

  public Category {
    Objects.requireNonNull(title, "title");
    groups = List.copyOf(groups);
    Objects.requireNonNull(location, "location");
  }
}
