package io.github.errorspec.core.generate.java;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.errorspec.core.generate.GeneratedFile;
import io.github.errorspec.core.generate.GoldenFiles;
import io.github.errorspec.core.load.SpecLoader;
import io.github.errorspec.core.spec.ErrorSpec;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayName("Java generation")
class JavaGeneratorTest {

  @ParameterizedTest(name = "{0} catalog")
  @EnumSource(Catalogs.class)
  @DisplayName("generated sources match the golden files byte for byte")
  void matchesGoldenFiles(Catalogs catalog) {
    GoldenFiles.assertMatches(catalog.caseName(), "java", catalog.generate());
  }

  @ParameterizedTest(name = "{0} catalog, --release {1}")
  @CsvSource({"SEED, 8", "SEED, 17", "EDGE, 8", "EDGE, 17"})
  @DisplayName("generated sources compile under -Xlint:all -Werror")
  void compiles(Catalogs catalog, int release) {
    CompiledApi api = catalog.compile(release);
    assertEquals(catalog.spec().errors().count(), api.errorCodes().size());
  }

  @Test
  @DisplayName("one exception class per error status, named after its reason, never clashing")
  void exceptionNames() {
    List<String> seed = names(Catalogs.SEED);
    assertEquals(List.of("ApiException", "BadGatewayException", "BadRequestException", "ErrorCode", "ErrorHeaders",
        "ErrorJson", "ErrorResponse", "ForbiddenException", "InternalServerErrorException", "NotFoundException", "RateLimitExceededException",
        "RetryPolicy", "ServiceUnavailableException", "UnauthorizedException"), seed);
    List<String> edge = names(Catalogs.EDGE);
    assertEquals(List.of("ApiException", "ApiStatus422Exception", "BadRequestException", "CafeFermeException",
        "ConflictClashException", "ErrorCode", "ErrorHeaders", "ErrorJson", "ErrorResponse",
        "Http504GatewayTimeoutException", "HttpException",
        "ImATeapotException", "RetryPolicy", "RuntimeStatus423Exception", "ServiceUnavailableStatus500Exception",
        "ServiceUnavailableStatus503Exception"), edge);
  }


  @Test
  @DisplayName("a CRLF spec, with a byte-order mark, generates the same bytes")
  void crlfInputSameOutput() throws Exception {
    Path seed = Path.of("..", "error-spec.yaml");
    String crlf = "\uFEFF" + Files.readString(seed).replace("\n", "\r\n");
    ErrorSpec spec = new SpecLoader()
        .parse("error-spec.yaml", crlf.getBytes(StandardCharsets.UTF_8));
    assertEquals(Catalogs.SEED.generate(), new JavaGenerator().generate(spec, spec.packageName().orElseThrow()));
  }

  @Test
  @DisplayName("output is the same under a Turkish default locale")
  void localeIndependent() {
    List<GeneratedFile> expected = Catalogs.EDGE.generate();
    Locale previous = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      assertEquals(expected, Catalogs.EDGE.generate());
    } finally {
      Locale.setDefault(previous);
    }
  }

  private static List<String> names(Catalogs catalog) {
    return catalog.generate().stream()
        .map(file -> file.path().substring(file.path().lastIndexOf('/') + 1).replace(".java", ""))
        .collect(Collectors.toList());
  }
}
