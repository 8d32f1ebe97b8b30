package io.github.errorspec.core.generate.typescript;

import io.github.errorspec.core.generate.GeneratedFile;
import io.github.errorspec.core.generate.GoldenCatalog;
import io.github.errorspec.core.generate.GoldenFiles;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayName("TypeScript generation")
class TypeScriptGeneratorTest {

  @ParameterizedTest(name = "{0} catalog")
  @EnumSource(GoldenCatalog.class)
  @DisplayName("errors.ts matches the golden file byte for byte")
  void matchesGoldenFile(GoldenCatalog catalog) {
    GoldenFiles.assertMatches(catalog.caseName(), "typescript",
        List.of(new GeneratedFile(TypeScriptGenerator.FILE_NAME, module(catalog))));
  }

  private static String module(GoldenCatalog catalog) {
    return new TypeScriptGenerator().generate(catalog.spec());
  }
}
