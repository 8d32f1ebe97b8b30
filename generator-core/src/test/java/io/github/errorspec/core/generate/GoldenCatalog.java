package io.github.errorspec.core.generate;

import io.github.errorspec.core.load.SpecLoader;
import io.github.errorspec.core.spec.ErrorSpec;
import java.nio.file.Path;
import java.util.Locale;

/** The catalogs every generator's golden files are made from: the repository's seed catalog and the edge cases. */
public enum GoldenCatalog {
  SEED(Path.of("..", "error-spec.yaml")),
  EDGE(GoldenFiles.caseDirectory("edge").resolve("error-spec.yaml"));

  private final Path file;

  GoldenCatalog(Path file) {
    this.file = file;
  }

  /** The golden case's directory name: {@code seed} or {@code edge}. */
  public String caseName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The loaded catalog. */
  public ErrorSpec spec() {
    try {
      return new SpecLoader().load(file);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }
}
