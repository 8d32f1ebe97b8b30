package io.github.errorspec.core.generate.python;

import io.github.errorspec.core.generate.GeneratedFile;
import io.github.errorspec.core.generate.GoldenFiles;
import io.github.errorspec.core.load.SpecLoader;
import io.github.errorspec.core.spec.ErrorSpec;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** The catalogs of the Python tests: the repository's seed catalog and the edge cases. */
enum Catalogs {
  SEED(Path.of("..", "error-spec.yaml")),
  EDGE(GoldenFiles.caseDirectory("edge").resolve("error-spec.yaml"));

  private final Path file;

  Catalogs(Path file) {
    this.file = file;
  }

  String caseName() {
    return name().toLowerCase(Locale.ROOT);
  }

  ErrorSpec spec() {
    try {
      return new SpecLoader().load(file);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  String module() {
    return new PythonGenerator().generate(spec());
  }

  List<GeneratedFile> generate() {
    return List.of(new GeneratedFile(PythonGenerator.FILE_NAME, module()));
  }
}
