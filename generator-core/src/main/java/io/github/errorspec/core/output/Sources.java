package io.github.errorspec.core.output;

import io.github.errorspec.core.generate.GeneratedFile;
import io.github.errorspec.core.spec.Diagnostic;
import io.github.errorspec.core.spec.ErrorSpec;
import io.github.errorspec.core.spec.InputException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A source output made of a generator and, optionally, the spec rules it needs.
 *
 * @param name the output's name, such as {@code spring}
 * @param optIn the switch that turns it on; empty when always generated
 * @param rules the spec problems that prevent generating it
 * @param generator the files for a catalog and a Java package
 */
public record Sources(String name, Optional<Parameter> optIn, Function<ErrorSpec, List<Diagnostic>> rules,
    Generator generator) implements SourceOutput {

  /** The files of a catalog in a Java package. */
  @FunctionalInterface
  public interface Generator {
    List<GeneratedFile> generate(ErrorSpec spec, String packageName) throws InputException;
  }

  public Sources {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(optIn, "optIn");
    Objects.requireNonNull(rules, "rules");
    Objects.requireNonNull(generator, "generator");
  }

  @Override
  public List<Diagnostic> rules(ErrorSpec spec) {
    return rules.apply(spec);
  }

  @Override
  public List<GeneratedFile> generate(ErrorSpec spec, String packageName) throws InputException {
    return generator.generate(spec, packageName);
  }

  /** The name: a generator has no readable form. */
  @Override
  public String toString() {
    return name;
  }
}
