package io.github.errorspec.core.output;

import io.github.errorspec.core.generate.GeneratedFile;
import io.github.errorspec.core.spec.Diagnostic;
import io.github.errorspec.core.spec.ErrorSpec;
import io.github.errorspec.core.spec.InputException;
import java.util.List;
import java.util.Optional;

/**
 * Sources that {@code generate} writes into the build's source directory (parameter
 * {@code outputDirectory}, option {@code --java-out}), never committed. {@link Sources} is the
 * usual implementation.
 */
public non-sealed interface SourceOutput extends Output {

  /** The switch that turns this output on, such as {@code spring}; empty when it is always generated. */
  Optional<Parameter> optIn();

  /**
   * The rules this output adds to the spec's own (Spring needs fallbacks), checked with them so
   * that every problem is reported at once.
   */
  List<Diagnostic> rules(ErrorSpec spec);

  /** The files, relative to the source directory. */
  List<GeneratedFile> generate(ErrorSpec spec, String packageName) throws InputException;

  @Override
  default Goal goal() {
    return Goal.GENERATE;
  }
}
