package io.github.errorspec.core.generate.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.errorspec.core.generate.StatusNames;
import io.github.errorspec.core.spec.ErrorSpec;
import io.github.errorspec.core.spec.Param;
import io.github.errorspec.core.testing.ExternalTools;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.SpecVersion;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The generated document, alone and referenced from an API document, passes the two validators
 * API teams use: swagger-parser (what openapi-generator and swagger-codegen read documents with)
 * and Redocly CLI under every built-in rule.
 */
@DisplayName("The OpenAPI document validates")
class OpenApiValidationTest {

  @TempDir
  Path directory;

  @ParameterizedTest(name = "{0} catalog")
  @ValueSource(strings = {"seed", "edge", "params", "problem"})
  @DisplayName("with swagger-parser as OpenAPI 3.1, without a message")
  void swaggerParser(String caseName) throws Exception {
    SwaggerParseResult result = OpenApiValidators.parse(OpenApiDocuments.read(OpenApiDocuments.write(caseName, directory)));

    OpenApiValidators.assertClean(result);
    OpenAPI openApi = result.getOpenAPI();
    assertEquals(SpecVersion.V31, openApi.getSpecVersion());
    StatusNames names = StatusNames.of(OpenApiDocuments.spec(caseName));
    assertEquals(names.statuses().stream().map(names::baseName).collect(Collectors.toList()),
        new ArrayList<>(openApi.getComponents().getResponses().keySet()));
    ErrorSpec spec = OpenApiDocuments.spec(caseName);
    List<String> schemas = new ArrayList<>(List.of("ErrorResponse", "ErrorCode"));
    spec.errors().filter(error -> !error.params().isEmpty())
        .forEach(error -> schemas.add(OpenApiReadBackTest.paramsSchema(error.code())));
    assertEquals(schemas, new ArrayList<>(openApi.getComponents().getSchemas().keySet()));
    spec.errors().filter(error -> !error.params().isEmpty()).forEach(error -> {
      Schema<?> schema = openApi.getComponents().getSchemas().get(OpenApiReadBackTest.paramsSchema(error.code()));
      assertEquals(error.params().stream().map(Param::name).collect(Collectors.toSet()), Set.copyOf(schema.getRequired()));
      for (Param param : error.params()) {
        assertEquals(Set.of(param.type().specName()), schema.getProperties().get(param.name()).getTypes(),
            error.code() + "." + param.name());
      }
    });
  }

  @ParameterizedTest(name = "{0} catalog")
  @ValueSource(strings = {"seed", "edge", "params", "problem"})
  @DisplayName("with swagger-parser through an API document's $ref, without a message")
  void swaggerParserThroughReference(String caseName) throws Exception {
    OpenApiDocuments.write(caseName, directory);
    Path api = copyApiDocument();

    SwaggerParseResult result = OpenApiValidators.parse(api);

    OpenApiValidators.assertClean(result);
    ApiResponse badRequest = result.getOpenAPI().getPaths().get("/books").getPost().getResponses().get("400");
    ApiResponse resolved = badRequest.get$ref() == null ? badRequest
        : result.getOpenAPI().getComponents().getResponses().get(badRequest.get$ref().replaceFirst(".*/", ""));
    assertTrue(resolved.getDescription().startsWith("Bad Request (HTTP 400), with one of these codes"),
        resolved.getDescription());
  }

  @Test
  @DisplayName("swagger-parser reports a broken document")
  void swaggerParserReportsBrokenDocument() throws Exception {
    String broken = OpenApiDocuments.read(OpenApiDocuments.write("seed", directory))
        .replace("  version: \"0.0.0\"\n", "")
        .replace("$ref: \"#/components/schemas/ErrorCode\"", "$ref: \"#/components/schemas/ErrorKode\"");

    assertEquals(List.of("attribute info.version is missing",
        "Could not find /components/schemas/ErrorKode in contents of #/components/schemas/ErrorKode"),
        OpenApiValidators.parse(broken).getMessages());
  }

  @ParameterizedTest(name = "{0} catalog")
  @ValueSource(strings = {"seed", "edge", "params", "problem"})
  @DisplayName("with Redocly CLI, every rule an error")
  void redocly(String caseName) throws Exception {
    Path file = OpenApiDocuments.write(caseName, directory);

    OpenApiValidators.assertClean(OpenApiValidators.lint(OpenApiValidators.COMPONENT_RULES, file), file);
  }

  @ParameterizedTest(name = "{0} catalog")
  @ValueSource(strings = {"seed", "edge", "params", "problem"})
  @DisplayName("with Redocly CLI through an API document's $ref, every rule an error")
  void redoclyThroughReference(String caseName) throws Exception {
    OpenApiDocuments.write(caseName, directory);
    Path api = copyApiDocument();

    OpenApiValidators.assertClean(OpenApiValidators.lint(OpenApiValidators.API_RULES, api), api);
  }

  @Test
  @DisplayName("Redocly CLI reports a broken document")
  void redoclyReportsBrokenDocument() throws Exception {
    Path file = OpenApiDocuments.write("seed", directory);
    Files.writeString(file, OpenApiDocuments.read(file)
        .replace("code: RATE_LIMIT_EXCEEDED\n", "code: 429\n"), StandardCharsets.UTF_8);
    Path api = copyApiDocument();
    Files.writeString(api, OpenApiDocuments.read(api).replace("responses/BadRequest", "responses/BadRequests"),
        StandardCharsets.UTF_8);

    ExternalTools.Result alone = OpenApiValidators.lint(OpenApiValidators.COMPONENT_RULES, file);
    ExternalTools.Result referenced = OpenApiValidators.lint(OpenApiValidators.API_RULES, api);

    assertEquals(1, alone.exitCode(), alone.output());
    assertTrue(alone.output().contains("#/components/responses/RateLimitExceeded/content/application~1json/examples/"
        + "RATE_LIMIT_EXCEEDED/value/error/code"), alone.output());
    assertTrue(alone.output().contains("Error was generated by the no-invalid-media-type-examples rule."), alone.output());
    assertEquals(1, referenced.exitCode(), referenced.output());
    assertTrue(referenced.output().contains("Can't resolve $ref"), referenced.output());
    assertTrue(referenced.output().contains("Error was generated by the no-unresolved-refs rule."), referenced.output());
  }

  private Path copyApiDocument() throws Exception {
    return Files.copy(OpenApiDocuments.RESOURCES.resolve("api.openapi.yaml"), directory.resolve("api.openapi.yaml"));
  }
}
