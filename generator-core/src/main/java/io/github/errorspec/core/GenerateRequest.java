package io.github.errorspec.core;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link Errorspec#generate} makes: the Java API of the catalog in {@code javaOutputDirectory}.
 *
 * <p>Every component takes part in the up-to-date key of {@code stateFile}, so that a run with any
 * other parameter regenerates: the key is derived from the whole request, never listed by hand.
 *
 * @param spec the catalog
 * @param packageName the Java package of the generated code; the spec's {@code package} when empty
 * @param javaOutputDirectory where the sources go; errorspec owns the generated files there
 * @param spring whether to generate the Spring Boot integration too ({@code ApiExceptionHandler},
 *     {@code ApiErrorFilter}, {@code RequestIdFilter}, {@code EnableApiErrors}), which needs the
 *     spec's {@code fallbacks}
 * @param stateFile where to remember a successful run, so that an unchanged build skips generating
 */
public record GenerateRequest(Path spec, Optional<String> packageName, Path javaOutputDirectory, boolean spring,
    Optional<Path> stateFile) {

  public GenerateRequest {
    Objects.requireNonNull(spec, "spec");
    Objects.requireNonNull(packageName, "packageName");
    Objects.requireNonNull(javaOutputDirectory, "javaOutputDirectory");
    Objects.requireNonNull(stateFile, "stateFile");
  }

  /** Generates from {@code spec} into {@code javaOutputDirectory}, in the spec's package, without state. */
  public static GenerateRequest of(Path spec, Path javaOutputDirectory) {
    return new GenerateRequest(spec, Optional.empty(), javaOutputDirectory, false, Optional.empty());
  }

  /** A copy generating into {@code packageName} instead of the spec's package. */
  public GenerateRequest withPackageName(String packageName) {
    return new GenerateRequest(spec, Optional.of(packageName), javaOutputDirectory, spring, stateFile);
  }

  /** A copy generating the Spring Boot integration too, or not. */
  public GenerateRequest withSpring(boolean spring) {
    return new GenerateRequest(spec, packageName, javaOutputDirectory, spring, stateFile);
  }

  /** A copy that remembers a successful run in {@code stateFile}. */
  public GenerateRequest withStateFile(Path stateFile) {
    return new GenerateRequest(spec, packageName, javaOutputDirectory, spring, Optional.of(stateFile));
  }
}
