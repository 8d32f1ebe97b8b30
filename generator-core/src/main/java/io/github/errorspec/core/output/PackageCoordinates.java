package io.github.errorspec.core.output;

import java.util.Objects;
import java.util.Optional;

/**
 * What a build says about its client packages (parameters {@code clientPackageName} and
 * {@code clientPackageVersion}): both optional here, decided with the spec by
 * {@link io.github.errorspec.core.generate.ClientPackage}.
 *
 * @param name the package name; empty: made of the spec's {@code api}
 * @param version the package version; required by a package output
 */
public record PackageCoordinates(Optional<String> name, Optional<String> version) {

  /** Nothing given. */
  public static final PackageCoordinates NONE = new PackageCoordinates(Optional.empty(), Optional.empty());

  public PackageCoordinates {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(version, "version");
  }
}
