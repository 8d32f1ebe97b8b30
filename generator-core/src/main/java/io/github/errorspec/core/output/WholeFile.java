package io.github.errorspec.core.output;

import io.github.errorspec.core.spec.ErrorSpec;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * A committed output that a generator writes whole from the catalog, such as {@code errors.ts}:
 * what the file holds now does not matter, and any difference is stale.
 *
 * @param name the output's name, such as {@code typescript}
 * @param what how messages name the file, such as "TypeScript file"
 * @param parameter the parameter that names the file
 * @param generator the file's content for a catalog
 */
public record WholeFile(String name, String what, Parameter parameter, Generator generator) implements CommittedOutput {

  /** The content of the file for a catalog. */
  @FunctionalInterface
  public interface Generator {
    String generate(ErrorSpec spec);
  }

  public WholeFile {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(what, "what");
    Objects.requireNonNull(parameter, "parameter");
    Objects.requireNonNull(generator, "generator");
  }

  @Override
  public String content(Context context, Path file, Optional<String> existing) {
    return generator.generate(context.spec());
  }

  /** The name: a generator has no readable form. */
  @Override
  public String toString() {
    return name;
  }
}
