package io.github.errorspec.core.generate.typescript;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.errorspec.core.generate.GeneratedFile;
import io.github.errorspec.core.generate.GoldenCatalog;
import io.github.errorspec.core.generate.GoldenFiles;
import io.github.errorspec.core.load.SpecLoader;
import io.github.errorspec.core.spec.ErrorSpec;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
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

  @Test
  @DisplayName("a CRLF spec, with a byte-order mark, generates the same bytes")
  void crlfInputSameOutput() throws Exception {
    String crlf = "\uFEFF" + Files.readString(Path.of("..", "error-spec.yaml")).replace("\n", "\r\n");
    ErrorSpec spec = new SpecLoader().parse("error-spec.yaml", crlf.getBytes(StandardCharsets.UTF_8));
    assertEquals(module(GoldenCatalog.SEED), new TypeScriptGenerator().generate(spec));
  }

  @Test
  @DisplayName("output is the same under a Turkish default locale")
  void localeIndependent() {
    String expected = module(GoldenCatalog.EDGE);
    Locale previous = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      assertEquals(expected, module(GoldenCatalog.EDGE));
    } finally {
      Locale.setDefault(previous);
    }
  }

  private static String module(GoldenCatalog catalog) {
    return new TypeScriptGenerator().generate(catalog.spec());
  }
}
