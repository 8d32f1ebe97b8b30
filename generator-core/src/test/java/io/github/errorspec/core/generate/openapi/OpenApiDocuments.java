package io.github.errorspec.core.generate.openapi;

import io.github.errorspec.core.generate.GoldenCatalog;
import io.github.errorspec.core.spec.ErrorSpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The catalogs the OpenAPI tests use, and where their documents go. */
final class OpenApiDocuments {

  /** The file name errorspec suggests for the generated document, and the one test API documents reference. */
  static final String FILE_NAME = "errors.openapi.yaml";

  /** Test resources: the Redocly configurations and a small API document that references the generated one. */
  static final Path RESOURCES = Path.of("src", "test", "resources", "openapi");

  private OpenApiDocuments() {}

  /** The {@code seed} catalog (the repository's {@code error-spec.yaml}) or a golden case's. */
  static ErrorSpec spec(String caseName) {
    return GoldenCatalog.of(caseName).spec();
  }

  /** Writes the document generated for {@code caseName} into {@code directory} as {@link #FILE_NAME}. */
  static Path write(String caseName, Path directory) throws Exception {
    Path file = directory.resolve(FILE_NAME);
    Files.writeString(file, new OpenApiGenerator().generate(spec(caseName)), StandardCharsets.UTF_8);
    return file;
  }

  static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8);
  }
}
