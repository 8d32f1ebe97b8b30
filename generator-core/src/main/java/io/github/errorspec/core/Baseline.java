package io.github.errorspec.core;

import io.github.errorspec.core.spec.InputException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The catalog of a released version, for {@code compat} and a docs page's {@code changes} region.
 * It is resolved only when needed, since resolving may mean a repository lookup.
 *
 * @param label how messages name it, such as its version
 * @param source where its spec file comes from
 */
public record Baseline(String label, Source source) {

  /** Finds the baseline's spec file. */
  @FunctionalInterface
  public interface Source {
    /** The spec file, fetched if need be. */
    Path resolve() throws InputException, IOException;
  }

  public Baseline {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(source, "source");
  }

  /** A baseline that is a spec file, named by its path. */
  public static Baseline file(Path spec) {
    Objects.requireNonNull(spec, "spec");
    return new Baseline(spec.toString(), () -> spec);
  }
}
