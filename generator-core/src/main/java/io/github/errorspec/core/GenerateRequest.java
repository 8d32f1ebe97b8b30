package io.github.errorspec.core;

import io.github.errorspec.core.output.SourceOutput;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What {@link Errorspec#generate} makes: the Java API of the catalog in {@code javaOutputDirectory},
 * and every opt-in source output switched on.
 *
 * <p>Every component takes part in the up-to-date key of {@code stateFile}, so that a run with any
 * other parameter regenerates: the key is derived from the whole request, never listed by hand.
 *
 * @param spec the catalog
 * @param packageName the Java package of the generated code; the spec's {@code package} when empty
 * @param javaOutputDirectory where the sources go; errorspec owns the generated files there
 * @param optIns the names of the opt-in source outputs to generate too, such as {@code spring} (the
 *     Spring Boot integration, which needs the spec's {@code fallbacks}); sorted
 * @param stateFile where to remember a successful run, so that an unchanged build skips generating
 */
public record GenerateRequest(Path spec, Optional<String> packageName, Path javaOutputDirectory, List<String> optIns,
    Optional<Path> stateFile) {

  public GenerateRequest {
    Objects.requireNonNull(spec, "spec");
    Objects.requireNonNull(packageName, "packageName");
    Objects.requireNonNull(javaOutputDirectory, "javaOutputDirectory");
    optIns = optIns.stream().sorted().distinct().toList();
    Objects.requireNonNull(stateFile, "stateFile");
  }

  /** Generates from {@code spec} into {@code javaOutputDirectory}, in the spec's package, without state. */
  public static GenerateRequest of(Path spec, Path javaOutputDirectory) {
    return new GenerateRequest(spec, Optional.empty(), javaOutputDirectory, List.of(), Optional.empty());
  }

  /** A copy generating into {@code packageName} instead of the spec's package. */
  public GenerateRequest withPackageName(String packageName) {
    return new GenerateRequest(spec, Optional.of(packageName), javaOutputDirectory, optIns, stateFile);
  }

  /** A copy generating the opt-in {@code output} too, such as {@code Outputs.SPRING}. */
  public GenerateRequest with(SourceOutput output) {
    return new GenerateRequest(spec, packageName, javaOutputDirectory,
        Stream.concat(optIns.stream(), Stream.of(output.name())).toList(), stateFile);
  }

  /** A copy that remembers a successful run in {@code stateFile}. */
  public GenerateRequest withStateFile(Path stateFile) {
    return new GenerateRequest(spec, packageName, javaOutputDirectory, optIns, Optional.of(stateFile));
  }
}
