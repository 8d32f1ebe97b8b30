package io.github.errorspec.core.generate;

import io.github.errorspec.core.generate.java.JavaGenerator;
import io.github.errorspec.core.load.SpecLoader;
import io.github.errorspec.core.spec.ErrorSpec;
import io.github.errorspec.core.spec.InputException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The catalogs every language's golden files are made from, for the tests of every generator: the
 * repository's seed catalog, the edge cases, error parameters and RFC 9457 Problem Details.
 */
public enum GoldenCatalog {
  SEED(Path.of("..", "error-spec.yaml")),
  EDGE(GoldenFiles.caseDirectory("edge").resolve("error-spec.yaml")),
  PARAMS(GoldenFiles.caseDirectory("params").resolve("error-spec.yaml")),
  PROBLEM(GoldenFiles.caseDirectory("problem").resolve("error-spec.yaml"));

  private final Path file;

  GoldenCatalog(Path file) {
    this.file = file;
  }

  /** The catalog of a golden case by its directory name, {@code seed}, {@code edge}, {@code params} or {@code problem}. */
  public static GoldenCatalog of(String caseName) {
    return valueOf(caseName.toUpperCase(Locale.ROOT));
  }

  /** The golden case's directory name: {@code seed}, {@code edge}, {@code params} or {@code problem}. */
  public String caseName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The spec file. */
  public Path file() {
    return file;
  }

  /** The loaded catalog. */
  public ErrorSpec spec() {
    try {
      return new SpecLoader().load(file);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  /** The Java package the catalog names. */
  public String packageName() {
    return spec().packageName().orElseThrow();
  }

  /** The generated Java sources, in {@link #packageName}. */
  public List<GeneratedFile> javaSources() {
    try {
      return new JavaGenerator().generate(spec(), packageName());
    } catch (InputException e) {
      throw new AssertionError(e);
    }
  }
}
