package io.github.errorspec.core.output;

import io.github.errorspec.core.spec.ErrorSpec;
import java.util.Objects;

/**
 * The catalog of a released version, loaded, which an output may compare with (the docs page's
 * {@code changes} region does).
 *
 * @param spec the released catalog
 * @param label how the output names it, such as its version
 */
public record Released(ErrorSpec spec, String label) {

  public Released {
    Objects.requireNonNull(spec, "spec");
    Objects.requireNonNull(label, "label");
  }
}
