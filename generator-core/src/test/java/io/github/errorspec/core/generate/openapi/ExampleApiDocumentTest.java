package io.github.errorspec.core.generate.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.errorspec.core.generate.GoldenFiles;
import io.github.errorspec.core.spec.ErrorSpec;
import io.github.errorspec.core.testing.ExternalTools;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The example API's hand-written {@code example-consumer/openapi.yaml} and the generated
 * {@code errors.openapi.yaml} committed beside it, which it references.
 */
@DisplayName("The example API's OpenAPI document")
class ExampleApiDocumentTest {

  private static final Path EXAMPLE = ExternalTools.REPOSITORY.resolve("example-consumer");
  private static final Path API = EXAMPLE.resolve("openapi.yaml");
  private static final Path ERRORS = EXAMPLE.resolve(OpenApiDocuments.FILE_NAME);

  @Test
  @DisplayName("references a generated document that matches the repository's error-spec.yaml")
  void generatedDocumentIsCurrent() throws Exception {
    String expected = new OpenApiGenerator().generate(OpenApiDocuments.spec("seed"));
    if (Boolean.getBoolean(GoldenFiles.UPDATE_PROPERTY)) {
      Files.writeString(ERRORS, expected, StandardCharsets.UTF_8);
    }
    String committed = OpenApiDocuments.read(ERRORS);
    if (!committed.equals(expected)) {
      throw new AssertionError(ERRORS + " is stale: " + GoldenFiles.firstDifference(expected, committed)
          + " (rerun with -D" + GoldenFiles.UPDATE_PROPERTY + "=true to regenerate it)");
    }
  }

  @Test
  @DisplayName("resolves each error status to the generated response of that status, without a message")
  void swaggerParser() throws Exception {
    SwaggerParseResult result = OpenApiValidators.parse(API);
    OpenApiValidators.assertClean(result);
    ErrorSpec spec = OpenApiDocuments.spec("seed");

    Set<String> statuses = new TreeSet<>();
    result.getOpenAPI().getPaths().forEach((path, item) -> item.readOperations().forEach(operation ->
        operation.getResponses().forEach((status, response) -> {
          statuses.add(status);
          int code = Integer.parseInt(status);
          if (code >= 400) {
            String title = spec.status(code).orElseThrow().reason() + " (HTTP " + code + ")";
            assertTrue(response.getDescription().startsWith(title), path + " " + status + ": "
                + response.getDescription());
          }
        })));
    assertEquals(Set.of("200", "400", "401", "403", "404", "429", "500", "503"), statuses);
  }

  @Test
  @DisplayName("passes Redocly CLI, every rule an error, with its generated document")
  void redocly() {
    OpenApiValidators.assertClean(OpenApiValidators.lint(OpenApiValidators.API_RULES, API), API);
    OpenApiValidators.assertClean(OpenApiValidators.lint(OpenApiValidators.COMPONENT_RULES, ERRORS), ERRORS);
  }
}
