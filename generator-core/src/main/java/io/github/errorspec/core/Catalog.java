package io.github.errorspec.core;

import io.github.errorspec.core.output.Context;
import io.github.errorspec.core.output.PackageCoordinates;
import io.github.errorspec.core.output.Released;
import io.github.errorspec.core.spec.ErrorSpec;
import io.github.errorspec.core.spec.InputException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * The catalog the committed outputs of one request are generated from; the baseline is loaded
 * only when an output asks for it, since resolving it may mean a repository lookup.
 *
 * @param spec the loaded catalog
 * @param configured the baseline the request names
 * @param clientPackage the name and version the request gives the client packages
 * @param loader loads a baseline's spec without reporting its warnings
 */
record Catalog(ErrorSpec spec, Optional<Baseline> configured, PackageCoordinates clientPackage, Loader loader)
    implements Context {

  /** Loads a spec file into a valid model. */
  @FunctionalInterface
  interface Loader {
    ErrorSpec load(Path spec) throws InputException, IOException;
  }

  Catalog {
    Objects.requireNonNull(spec, "spec");
    Objects.requireNonNull(configured, "configured");
    Objects.requireNonNull(clientPackage, "clientPackage");
    Objects.requireNonNull(loader, "loader");
  }

  @Override
  public Optional<Released> baseline() throws InputException, IOException {
    if (configured.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Released(loader.load(configured.get().source().resolve()), configured.get().label()));
  }
}
