package io.github.errorspec.core.generate.java;

import io.github.errorspec.core.generate.GeneratedFile;
import io.github.errorspec.core.generate.GoldenFiles;
import io.github.errorspec.core.load.SpecLoader;
import io.github.errorspec.core.spec.ErrorSpec;
import io.github.errorspec.core.spec.InputException;
import java.nio.file.Path;
import java.util.List;

/** The catalogs the generator tests use: the repository's seed catalog and the edge cases. */
enum Catalogs {
  SEED(Path.of("..", "error-spec.yaml")),
  EDGE(GoldenFiles.caseDirectory("edge").resolve("error-spec.yaml"));

  private final Path file;

  Catalogs(Path file) {
    this.file = file;
  }

  String caseName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  ErrorSpec spec() {
    try {
      return new SpecLoader().load(file);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  String packageName() {
    return spec().packageName().orElseThrow();
  }

  List<GeneratedFile> generate() {
    ErrorSpec spec = spec();
    try {
      return new JavaGenerator().generate(spec, spec.packageName().orElseThrow());
    } catch (InputException e) {
      throw new AssertionError(e);
    }
  }

  CompiledApi compile(int release) {
    return CompiledApi.compile(packageName(), generate(), release);
  }
}
