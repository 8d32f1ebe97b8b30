package io.github.errorspec.core.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.errorspec.core.load.SpecLoader;
import io.github.errorspec.core.spec.ErrorSpec;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Status class names, shared by every language")
class StatusNamesTest {

  @ParameterizedTest(name = "''{0}'' gives {1}")
  @CsvSource(delimiter = ';', value = {
      "Rate Limit Exceeded;RateLimitExceeded",
      "I'm a teapot;ImATeapot",
      "Conflict | Clash;ConflictClash",
      "URI Too Long;URITooLong",
      "Non-Authoritative Information;NonAuthoritativeInformation",
      "Café Fermé;CafeFerme",
      "504 Gateway Timeout;Http504GatewayTimeout",
      "未找到;Http",
  })
  void baseNames(String reason, String expected) {
    assertEquals(expected, StatusNames.baseName(reason));
  }

  @Test
  @DisplayName("a long reason is cut at a word boundary, so that file names stay short")
  void longReasonsAreCut() {
    String base = StatusNames.baseName("word ".repeat(60));
    assertEquals("Word".repeat(16), base);
    assertEquals(64, StatusNames.baseName("x".repeat(300)).length());
  }

  @Test
  @DisplayName("Java gets Exception, TypeScript and Python get Error, never doubled")
  void suffixes() {
    StatusNames names = StatusNames.of(spec("400: Bad Request", "429: Rate Limit Exceeded", "500: Internal Server Error"));
    assertEquals("RateLimitExceededException", names.javaName(429));
    assertEquals("RateLimitExceededError", names.errorName(429));
    assertEquals("InternalServerErrorException", names.javaName(500));
    assertEquals("InternalServerError", names.errorName(500));
  }

  @Test
  @DisplayName("names that differ only by case, or that any language already uses, take the numbered form")
  void collisions() {
    StatusNames names = StatusNames.of(spec("400: API", "404: Not Found", "410: NOT FOUND", "408: Timeout",
        "409: Runtime", "422: Key", "423: Ok"));
    Map<Integer, String> bases = new LinkedHashMap<>();
    names.statuses().forEach(status -> bases.put(status, names.baseName(status)));
    assertEquals(Map.of(400, "APIStatus400", 404, "NotFoundStatus404", 410, "NOTFOUNDStatus410",
        408, "TimeoutStatus408", 409, "RuntimeStatus409", 422, "KeyStatus422", 423, "Ok"), bases);
    assertEquals(List.of(400, 404, 408, 409, 410, 422, 423), names.statuses().stream().sorted().toList());
  }

  private static ErrorSpec spec(String... statuses) {
    String yaml = "errorspec: 1\npackage: com.example.errors\nstatuses:\n"
        + String.join("", List.of(statuses).stream().map(line -> "  " + line + "\n").toList())
        + "categories:\n  - title: Errors\n    groups:\n      - status: 400\n        errors:\n"
        + "          - code: BAD\n            message: Bad\n";
    try {
      return new SpecLoader().parse("error-spec.yaml", yaml.getBytes(StandardCharsets.UTF_8));
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }
}
