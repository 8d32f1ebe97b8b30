package io.github.errorspec.core.load;

import io.github.errorspec.core.spec.Diagnostic;
import io.github.errorspec.core.spec.ErrorSpec;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A spec as read, before the rules across entries are checked.
 *
 * @param spec the model, when the file had the shape of a spec
 * @param problems the values that could not be used, each at its position
 */
public record ParsedSpec(Optional<ErrorSpec> spec, List<Diagnostic> problems) {

  public ParsedSpec {
    Objects.requireNonNull(spec, "spec");
    problems = List.copyOf(problems);
  }
}
