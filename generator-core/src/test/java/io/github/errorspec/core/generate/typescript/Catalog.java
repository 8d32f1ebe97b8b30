package io.github.errorspec.core.generate.typescript;

import io.github.errorspec.core.generate.GeneratedFile;
import io.github.errorspec.core.generate.GoldenFiles;
import io.github.errorspec.core.load.SpecLoader;
import io.github.errorspec.core.spec.ErrorSpec;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** The catalogs the TypeScript tests use: the repository's seed catalog and the edge cases. */
enum Catalog {
  SEED(Path.of("..", "error-spec.yaml")),
  EDGE(GoldenFiles.caseDirectory("edge").resolve("error-spec.yaml"));

  private final Path file;

  Catalog(Path file) {
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

  /** The generated module. */
  String module() {
    return new TypeScriptGenerator().generate(spec());
  }

  /** The module as the golden files hold it. */
  List<GeneratedFile> files() {
    return List.of(new GeneratedFile(TypeScriptGenerator.FILE_NAME, module()));
  }
}
