package io.github.errorspec.cli;

import io.github.errorspec.core.Baseline;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The released catalog to compare with. */
final class BaselineOption {

  @Option(names = "--baseline", paramLabel = "FILE",
      description = "The spec of a released version, for a docs page's 'changes' region and for compat.")
  Path baseline;

  Optional<Baseline> baseline() {
    return Optional.ofNullable(baseline).map(Baseline::file);
  }
}
