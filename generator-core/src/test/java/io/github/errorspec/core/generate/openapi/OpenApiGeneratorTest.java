package io.github.errorspec.core.generate.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.errorspec.core.generate.GeneratedFile;
import io.github.errorspec.core.generate.GoldenFiles;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("The OpenAPI document")
class OpenApiGeneratorTest {

  @ParameterizedTest(name = "{0} catalog")
  @ValueSource(strings = {"seed", "edge", "params", "problem"})
  @DisplayName("matches the golden document")
  void matchesGolden(String caseName) throws Exception {
    String document = new OpenApiGenerator().generate(OpenApiDocuments.spec(caseName));
    GoldenFiles.assertMatches(caseName, "openapi", List.of(new GeneratedFile(OpenApiDocuments.FILE_NAME, document)));
  }

  @ParameterizedTest(name = "{0} catalog")
  @ValueSource(strings = {"seed", "edge", "params", "problem"})
  @DisplayName("is the same bytes every time")
  void deterministic(String caseName) throws Exception {
    assertEquals(new OpenApiGenerator().generate(OpenApiDocuments.spec(caseName)),
        new OpenApiGenerator().generate(OpenApiDocuments.spec(caseName)));
  }
}
