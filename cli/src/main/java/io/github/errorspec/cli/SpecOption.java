package io.github.errorspec.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The catalog every command reads. */
final class SpecOption {

  @Option(names = "--spec", paramLabel = "FILE", defaultValue = "error-spec.yaml",
      description = "The error catalog (default: ${DEFAULT-VALUE}).")
  Path spec;
}
