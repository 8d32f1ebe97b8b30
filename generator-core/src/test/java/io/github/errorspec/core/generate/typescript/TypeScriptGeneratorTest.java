package io.github.errorspec.core.generate.typescript;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.errorspec.core.generate.GoldenFiles;
import io.github.errorspec.core.load.SpecLoader;
import io.github.errorspec.core.spec.ErrorSpec;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayName("TypeScript generation")
class TypeScriptGeneratorTest {

  @ParameterizedTest(name = "{0} catalog")
  @EnumSource(Catalog.class)
  @DisplayName("errors.ts matches the golden file byte for byte")
  void matchesGoldenFile(Catalog catalog) {
    GoldenFiles.assertMatches(catalog.caseName(), "typescript", catalog.files());
  }

  @Test
  @DisplayName("a CRLF spec, with a byte-order mark, generates the same bytes")
  void crlfInputSameOutput() throws Exception {
    String crlf = "\uFEFF" + Files.readString(Path.of("..", "error-spec.yaml")).replace("\n", "\r\n");
    ErrorSpec spec = new SpecLoader().parse("error-spec.yaml", crlf.getBytes(StandardCharsets.UTF_8));
    assertEquals(Catalog.SEED.module(), new TypeScriptGenerator().generate(spec));
  }

  @Test
  @DisplayName("output is the same under a Turkish default locale")
  void localeIndependent() {
    String expected = Catalog.EDGE.module();
    Locale previous = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      assertEquals(expected, Catalog.EDGE.module());
    } finally {
      Locale.setDefault(previous);
    }
  }
}
