package io.github.errorspec.core.generate.java;

import static io.github.errorspec.core.generate.java.CompiledApi.call;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.errorspec.core.generate.GoldenCatalog;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Error parameters and violations in the Java generated from the {@code params} golden catalog, run. */
@DisplayName("Generated API: params and violations")
class GeneratedParamsTest {

  private static CompiledApi api;

  @BeforeAll
  static void compile() {
    api = CompiledApi.compile(GoldenCatalog.PARAMS, 8);
  }

  @Test
  @DisplayName("a factory renders the message, returns the status's class and sends the values with their JSON types")
  void factoryRoundTrip() {
    Object error = api.callStatic("ApiErrors", "modelNotFound", "gpt-9", 3L);
    assertEquals("NotFoundException", error.getClass().getSimpleName());
    assertEquals("Model gpt-9 not found", ((Exception) error).getMessage());
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("model", "gpt-9");
    params.put("available", 3L);
    assertEquals(params, call(error, "params"));
    String json = (String) call(call(error, "toErrorResponse", "req_1", Instant.parse("2026-01-01T00:00:00Z")),
        "toJson");
    assertEquals("{\"success\":false,\"error\":{\"code\":\"MODEL_NOT_FOUND\",\"message\":\"Model gpt-9 not found\","
        + "\"details\":{\"params\":{\"model\":\"gpt-9\",\"available\":3}}},"
        + "\"meta\":{\"request_id\":\"req_1\",\"timestamp\":\"2026-01-01T00:00:00Z\"}}", json);
    Object read = api.fromResponse(404, json);
    assertEquals(params, call(read, "params"));
    assertEquals(List.of("model", "available"), List.copyOf(((Map<?, ?>) call(read, "params")).keySet()));
  }

  @Test
  @DisplayName("numbers print as JavaScript prints them, braces stay literal, booleans as true/false")
  void rendering() {
    Object error = api.callStatic("ApiErrors", "tokenLimit", 4096L, 0.1 + 0.2, true);
    assertEquals("Asked for 4096 tokens {max} at ratio 0.30000000000000004, strict=true",
        ((Exception) error).getMessage());
    assertEquals(Map.of("max_tokens", 4096L, "ratio", 0.30000000000000004, "strict", true), call(error, "params"));
    Object whole = api.callStatic("ApiErrors", "tokenLimit", -1L, 1e21, false);
    assertEquals("Asked for -1 tokens {max} at ratio 1e+21, strict=false", ((Exception) whole).getMessage());
    Object keywords = api.callStatic("ApiErrors", "reservedNames", "<b>", "x", 7L);
    assertEquals("The <b> of 7 has no x", ((Exception) keywords).getMessage());
    assertEquals(List.of("class", "default", "from"), List.copyOf(((Map<?, ?>) call(keywords, "params")).keySet()));
  }

  @Test
  @DisplayName("envelopes with params and violations are the bytes the Python and TypeScript modules write")
  void sameBytesAsOtherLanguages() {
    Instant time = Instant.parse("2026-01-01T00:00:00Z");
    Object limit = api.callStatic("ApiErrors", "tokenLimit", -1L, 1e21, false);
    assertEquals("{\"success\":false,\"error\":{\"code\":\"TOKEN_LIMIT\",\"message\":\"Asked for -1 tokens {max} at "
        + "ratio 1e+21, strict=false\",\"details\":{\"params\":{\"max_tokens\":-1,\"ratio\":1e+21,\"strict\":false}}},"
        + "\"meta\":{\"timestamp\":\"2026-01-01T00:00:00Z\"}}",
        call(call(limit, "toErrorResponse", null, time), "toJson"));
    Object invalid = call(call(api.errorCode("VALIDATION_FAILED"), "exception"), "withViolations",
        List.of(api.callStatic("Violation", "of", null, "body is empty"), api.callStatic("Violation", "of", "f1", "bad <1>")));
    assertEquals("{\"success\":false,\"error\":{\"code\":\"VALIDATION_FAILED\",\"message\":\"The request has invalid "
        + "fields\",\"details\":{\"issue\":\"body is empty\",\"violations\":[{\"issue\":\"body is empty\"},{\"field\":"
        + "\"f1\",\"issue\":\"bad \\u003c1\\u003e\"}]}},\"meta\":{\"timestamp\":\"2026-01-01T00:00:00Z\"}}",
        call(call(invalid, "toErrorResponse", null, time), "toJson"));
  }

  @Test
  @DisplayName("NaN, infinities and null strings are rejected where the exception is created, naming code and param")
  void badValues() {
    IllegalArgumentException nan = assertThrows(IllegalArgumentException.class,
        () -> api.callStatic("ApiErrors", "tokenLimit", 1L, Double.NaN, true));
    assertEquals("TOKEN_LIMIT: param ratio must be a finite number, not NaN", nan.getMessage());
    IllegalArgumentException infinite = assertThrows(IllegalArgumentException.class,
        () -> api.callStatic("ApiErrors", "quotaExceeded", 1L, Double.POSITIVE_INFINITY, true));
    assertEquals("QUOTA_EXCEEDED: param window_seconds must be a finite number, not Infinity", infinite.getMessage());
    NullPointerException missing = assertThrows(NullPointerException.class,
        () -> api.callStatic("ApiErrors", "modelNotFound", null, 1L));
    assertEquals("MODEL_NOT_FOUND: param model", missing.getMessage());
  }

  @Test
  @DisplayName("withViolations keeps the first 100, the first also as field and issue, and they travel in order")
  void violations() {
    List<Object> violations = new ArrayList<>();
    violations.add(api.callStatic("Violation", "of", null, "body is empty"));
    for (int i = 1; i <= 100; i++) {
      violations.add(api.callStatic("Violation", "of", "f" + i, "bad " + i));
    }
    Object error = call(call(api.errorCode("VALIDATION_FAILED"), "exception"), "withViolations", violations);
    assertEquals(100, ((List<?>) call(error, "violations")).size());
    assertEquals(Optional.empty(), call(error, "field"));
    assertEquals(Optional.of("body is empty"), call(error, "issue"));
    String json = (String) call(call(error, "toErrorResponse", null, null), "toJson");
    String start = "{\"success\":false,\"error\":{\"code\":\"VALIDATION_FAILED\",\"message\":\"The request has "
        + "invalid fields\",\"details\":{\"issue\":\"body is empty\",\"violations\":[{\"issue\":\"body is empty\"},"
        + "{\"field\":\"f1\",\"issue\":\"bad 1\"},";
    assertEquals(start, json.substring(0, start.length()));
    assertEquals(",{\"field\":\"f99\",\"issue\":\"bad 99\"}]}}}", json.substring(json.length() - 37));
    Object read = api.fromResponse(400, json);
    assertEquals(violations.subList(0, 100), call(read, "violations"));
    assertEquals("f2: bad 2", String.valueOf(violations.get(2)));

    Object kept = call(call(api.errorCode("VALIDATION_FAILED"), "exception", "own", "given"), "withViolations",
        List.of(violations.get(1)));
    assertEquals(Optional.of("own"), call(kept, "field"));
    assertEquals(Optional.of("given"), call(kept, "issue"));
  }

  @Test
  @DisplayName("names that Java reserves, or that collide once in camel case, still compile and keep their keys")
  void hostileNames() throws Exception {
    String yaml = """
        errorspec: 1
        package: com.example.names
        statuses: {400: Bad Request}
        categories:
          - title: All
            groups:
              - status: 400
                errors:
                  - code: WAIT
                    message: "{the_params} {the_message} {class} {class_} {a_b} {a__b} {ab} {true}"
                    params: {the_params: string, the_message: integer, class: boolean, class_: number,
                             a_b: string, a__b: string, ab: string, "true": string}
                  - code: NEW
                    message: "{x}"
                    params: {x: string}
                  - code: NEW_
                    message: "{x}"
                    params: {x: string}
        """;
    io.github.errorspec.core.spec.ErrorSpec spec = new io.github.errorspec.core.load.SpecLoader()
        .parse("error-spec.yaml", yaml.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    CompiledApi names = CompiledApi.compile("com.example.names", new JavaGenerator().generate(spec, "com.example.names"),
        8);
    Object error = names.callStatic("ApiErrors", "wait_", "p", 1L, true, 2.5, "x", "y", "z", "t");
    assertEquals("p 1 true 2.5 x y z t", ((Exception) error).getMessage());
    assertEquals(List.of("the_params", "the_message", "class", "class_", "a_b", "a__b", "ab", "true"),
        List.copyOf(((Map<?, ?>) call(error, "params")).keySet()));
    assertEquals("n", ((Exception) names.callStatic("ApiErrors", "new_", "n")).getMessage());
    assertEquals("m", ((Exception) names.callStatic("ApiErrors", "new__", "m")).getMessage());
  }

  @Test
  @DisplayName("a code without params has no factory, and its braces are plain text")
  void plainMessages() {
    Object error = call(api.errorCode("TEMPLATE_LIKE"), "exception");
    assertEquals("Use {0} or ${x} in a {template}", ((Exception) error).getMessage());
    assertEquals(Map.of(), call(error, "params"));
    assertEquals(List.of(), call(error, "violations"));
  }
}
