package io.github.errorspec.core.generate.python;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.errorspec.core.generate.GeneratedFile;
import io.github.errorspec.core.generate.GoldenCatalog;
import io.github.errorspec.core.generate.GoldenFiles;
import io.github.errorspec.core.load.SpecLoader;
import io.github.errorspec.core.spec.ErrorSpec;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayName("Python generation")
class PythonGeneratorTest {

  @ParameterizedTest(name = "{0} catalog")
  @EnumSource(GoldenCatalog.class)
  @DisplayName("the generated module matches the golden errors.py byte for byte")
  void matchesGoldenFiles(GoldenCatalog catalog) {
    GoldenFiles.assertMatches(catalog.caseName(), "python",
        List.of(new GeneratedFile(PythonGenerator.FILE_NAME, module(catalog))));
  }

  @Test
  @DisplayName("one error class per error status, named as in TypeScript, never shadowing a built-in")
  void classNames() {
    assertEquals(List.of("BadRequestError", "UnauthorizedError", "ForbiddenError", "NotFoundError",
        "RateLimitExceededError", "InternalServerError", "BadGatewayError", "ServiceUnavailableError"),
        classes(GoldenCatalog.SEED));
    assertEquals(List.of("BadRequestError", "ConflictClashError", "ImATeapotError", "ApiStatus422Error",
        "RuntimeStatus423Error", "CafeFermeError", "ServiceUnavailableStatus500Error",
        "ServiceUnavailableStatus503Error", "Http504GatewayTimeoutError", "HttpError"), classes(GoldenCatalog.EDGE));
  }

  @Test
  @DisplayName("one TypedDict per code with params, named after the code; a name taken already falls back to the code")
  void typedDictNames() throws Exception {
    String yaml = """
        errorspec: 1
        statuses:
          400: Bad Request
        categories:
          - title: Errors
            groups:
              - status: 400
                errors:
                  - {code: MODEL_NOT_FOUND, message: "m {model}", params: {model: string}}
                  - {code: A_1_B, message: m, params: {x: integer}}
                  - {code: A1_B, message: m, params: {x: integer}}
                  - {code: NO_PARAMS, message: "{0}"}
        """;
    ErrorSpec spec = new SpecLoader().parse("error-spec.yaml", yaml.getBytes(StandardCharsets.UTF_8));
    Matcher matcher = Pattern.compile("(?m)^(\\w+) = TypedDict\\(\"(\\w+)\", ").matcher(new PythonGenerator().generate(spec));
    List<String> names = matcher.results().map(match -> match.group(1) + "/" + match.group(2)).collect(Collectors.toList());
    assertEquals(List.of("ModelNotFoundParams/ModelNotFoundParams", "A1BParams/A1BParams", "A1_B_Params/A1_B_Params"),
        names);
  }

  private static List<String> classes(GoldenCatalog catalog) {
    Matcher matcher = Pattern.compile("(?m)^class (\\w+)\\(ApiError\\):").matcher(module(catalog));
    return matcher.results().map(match -> match.group(1)).collect(Collectors.toList());
  }

  private static String module(GoldenCatalog catalog) {
    return new PythonGenerator().generate(catalog.spec());
  }
}
