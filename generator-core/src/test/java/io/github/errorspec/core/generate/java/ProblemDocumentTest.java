package io.github.errorspec.core.generate.java;

import static io.github.errorspec.core.generate.java.CompiledApi.call;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import io.github.errorspec.core.generate.GoldenCatalog;
import io.github.errorspec.core.load.SpecLoader;
import io.github.errorspec.core.spec.ErrorSpec;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The generated Java of a {@code format: problem} catalog writes RFC 9457 problem documents: the
 * members in their fixed order, {@code type} and {@code title} as the catalog decides them,
 * {@code detail} only where it differs from the title, everything escaped as in the envelope.
 */
@DisplayName("Generated ErrorResponse of format: problem writes the problem document")
class ProblemDocumentTest {

  private static final Instant TIME = Instant.parse("2026-01-01T00:00:00Z");
  private static final CompiledApi API = CompiledApi.compile(GoldenCatalog.PROBLEM, 8);

  private static String json(Object exception, String requestId) {
    return (String) call(call(exception, "toErrorResponse", requestId, TIME), "toJson");
  }

  @Test
  @DisplayName("a code without params: type from type_base, the message as title, no detail")
  void plainCode() {
    assertEquals("{\"type\":\"https://docs.example.com/errors/invalid-model\",\"title\":\"Model name is not valid\","
        + "\"status\":400,\"code\":\"INVALID_MODEL\",\"request_id\":\"req_1\",\"timestamp\":\"2026-01-01T00:00:00Z\","
        + "\"field\":\"model\",\"issue\":\"gpt-9\"}",
        json(call(API.errorCode("INVALID_MODEL"), "exception", "gpt-9"), "req_1"));
  }

  @Test
  @DisplayName("a code with params: the description as title, the rendered message as detail, params last")
  void paramsCode() {
    assertEquals("{\"type\":\"https://docs.example.com/errors/rate-limited\","
        + "\"title\":\"Title with \\\"quotes\\\", \\u003ctags\\u003e \\u0026 a \\u003c/script\\u003e\",\"status\":429,"
        + "\"detail\":\"Slow down: 10 requests per 0.5 s\",\"code\":\"RATE_LIMITED\","
        + "\"timestamp\":\"2026-01-01T00:00:00Z\",\"params\":{\"limit\":10,\"window_seconds\":0.5}}",
        json(API.callStatic("ApiErrors", "rateLimited", 10L, 0.5), null));
    assertEquals("{\"type\":\"https://docs.example.com/errors/file-not-found\",\"title\":\"Not Found\",\"status\":404,"
        + "\"detail\":\"File f\\u003c1 not found\",\"code\":\"FILE_NOT_FOUND\",\"timestamp\":\"2026-01-01T00:00:00Z\","
        + "\"params\":{\"file_id\":\"f\\u003c1\"}}", json(API.callStatic("ApiErrors", "fileNotFound", "f<1"), null),
        "no description: the status's reason phrase is the title");
  }

  @Test
  @DisplayName("violations after params, the first also as field and issue")
  void violations() {
    Object invalid = call(call(API.errorCode("VALIDATION_FAILED"), "exception"), "withViolations",
        List.of(API.callStatic("Violation", "of", "a", "x\u2028"), API.callStatic("Violation", "of", null, "y")));
    assertEquals("{\"type\":\"https://docs.example.com/errors/validation-failed\","
        + "\"title\":\"The request has invalid fields\",\"status\":400,\"code\":\"VALIDATION_FAILED\","
        + "\"timestamp\":\"2026-01-01T00:00:00Z\",\"field\":\"a\",\"issue\":\"x\\u2028\","
        + "\"violations\":[{\"field\":\"a\",\"issue\":\"x\\u2028\"},{\"issue\":\"y\"}]}", json(invalid, null));
  }

  @Test
  @DisplayName("every document it writes validates against RFC 9457's JSON Schema (conformance/problem-details.schema.json)")
  void validatesAgainstRfc9457() throws Exception {
    JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(
        Files.readString(Path.of("..", "conformance", "problem-details.schema.json")),
        SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());
    List<String> documents = List.of(
        json(call(API.errorCode("INVALID_MODEL"), "exception", "gpt-9"), "req_1"),
        json(call(API.errorCode("INTERNAL_ERROR"), "exception"), null),
        json(API.callStatic("ApiErrors", "modelNotFound", "gpt-9"), "req_2"),
        json(API.callStatic("ApiErrors", "rateLimited", 10L, 0.5), null),
        json(call(call(API.errorCode("VALIDATION_FAILED"), "exception"), "withViolations",
            List.of(API.callStatic("Violation", "of", "a", "x"), API.callStatic("Violation", "of", null, "y"))), null));
    for (String document : documents) {
      assertEquals(Set.of(), schema.validate(document, InputFormat.JSON), document);
    }
    assertEquals(1, schema.validate("{\"status\":99}", InputFormat.JSON).size(), "the schema must be able to fail");
  }

  @Test
  @DisplayName("a code this build does not know: no type, the status's reason as title, the status given or none")
  void unknownCode() throws Exception {
    Object response = API.type("ErrorResponse").getConstructor(String.class, String.class, String.class, String.class,
        String.class, String.class).newInstance("NEW\"CODE", "Not Found", null, null, null, null);
    assertEquals("{\"detail\":\"Not Found\",\"code\":\"NEW\\\"CODE\"}", call(response, "toJson"));
    assertEquals(OptionalInt.empty(), call(response, "status"));
    Object notFound = call(response, "withStatus", 404);
    assertEquals("{\"title\":\"Not Found\",\"status\":404,\"code\":\"NEW\\\"CODE\"}", call(notFound, "toJson"));
    assertEquals("{\"status\":418,\"detail\":\"Not Found\",\"code\":\"NEW\\\"CODE\"}",
        call(call(response, "withStatus", 418), "toJson"), "a status the catalog does not list has no title");
  }

  @Test
  @DisplayName("hostile titles, reasons and types compile (-Xlint, doclint) and are escaped in the document")
  void hostileText() throws Exception {
    // YAML's own escapes: \\u2028 and \\u2029 in the file are line breaks to YAML, \\\\ one backslash.
    ErrorSpec spec = new SpecLoader().parse("error-spec.yaml", """
        errorspec: 1
        format: problem
        problem:
          type_base: "https://caf\u00e9.example/\u65e5\u672c/"
        statuses:
          400: "Bad \\" */ </script> \\u2028"
        categories:
          - title: T
            groups:
              - status: 400
                errors:
                  - code: WITH_PARAMS
                    message: "Bad {x}"
                    description: "*/ \\\\u0041 \\" <!-- \\u2029 \\\\"
                    params: {x: string}
                  - code: NO_DESCRIPTION
                    message: "{x}"
                    params: {x: integer}
        """.getBytes(StandardCharsets.UTF_8));
    CompiledApi api = CompiledApi.compile("com.example.hostile", new JavaGenerator().generate(spec, "com.example.hostile"), 8);
    assertEquals("{\"type\":\"https://caf\u00e9.example/\u65e5\u672c/with-params\","
        + "\"title\":\"*/ \\\\u0041 \\\" \\u003c!-- \\u2029 \\\\\",\"status\":400,\"detail\":\"Bad {x}\","
        + "\"code\":\"WITH_PARAMS\",\"timestamp\":\"2026-01-01T00:00:00Z\"}",
        json(call(api.errorCode("WITH_PARAMS"), "exception"), null));
    assertEquals("{\"type\":\"https://caf\u00e9.example/\u65e5\u672c/no-description\","
        + "\"title\":\"Bad \\\" */ \\u003c/script\\u003e \\u2028\",\"status\":400,\"detail\":\"{x}\","
        + "\"code\":\"NO_DESCRIPTION\",\"timestamp\":\"2026-01-01T00:00:00Z\"}",
        json(call(api.errorCode("NO_DESCRIPTION"), "exception"), null), "the reason phrase as title");
  }

  @Test
  @DisplayName("the response is the document as a map: the members toJson() writes, in order")
  @SuppressWarnings("unchecked")
  void asMap() {
    Map<String, Object> document = (Map<String, Object>) call(call(API.errorCode("INTERNAL_ERROR"), "exception"),
        "toErrorResponse", "r", TIME);
    assertEquals(List.of("type", "title", "status", "code", "request_id", "timestamp"), List.copyOf(document.keySet()));
    assertEquals(500, document.get("status"));
    assertEquals(OptionalInt.of(500), call(document, "status"));
  }
}
