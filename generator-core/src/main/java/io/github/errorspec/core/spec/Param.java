package io.github.errorspec.core.spec;

import java.util.Objects;
import java.util.Optional;

/**
 * One typed value an error carries ({@code params} in the catalog): sent under
 * {@code error.details.params} and, where the message names it, rendered into the message.
 *
 * @param name the parameter's name, {@code ^[a-z][a-z0-9_]*$}
 * @param location where the name is written
 */
public record Param(String name, ParamType type, Optional<String> description, SourceLocation location) {

  public Param {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(location, "location");
  }
}
