package io.github.errorspec.core.generate.java;

import static io.github.errorspec.core.generate.java.CompiledApi.call;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.errorspec.core.generate.GeneratedFile;
import io.github.errorspec.core.generate.GoldenCatalog;
import io.github.errorspec.core.load.SpecLoader;
import io.github.errorspec.core.spec.ErrorDef;
import io.github.errorspec.core.spec.ErrorSpec;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The generated code, compiled with --release 8 and run: server and client agree on every code. */
@DisplayName("Generated API at run time")
class GeneratedApiTest {

  private static final Instant NOW = Instant.parse("2024-01-01T00:00:00.123Z");

  private static CompiledApi seedServer;
  private static CompiledApi seedClient;
  private static CompiledApi edge;

  @BeforeAll
  static void compile() {
    seedServer = CompiledApi.compile(GoldenCatalog.SEED, 8);
    seedClient = CompiledApi.compile(GoldenCatalog.SEED, 8);
    edge = CompiledApi.compile(GoldenCatalog.EDGE, 8);
  }

  private static CompiledApi server(GoldenCatalog catalog) {
    return switch (catalog) {
      case SEED -> seedServer;
      case EDGE -> edge;
      default -> CompiledApi.compile(catalog, 8);
    };
  }

  @ParameterizedTest(name = "{0} catalog")
  @EnumSource(GoldenCatalog.class)
  @DisplayName("every code round-trips server -> JSON -> client to the same class, code, status, field, issue, request id")
  void everyCodeRoundTrips(GoldenCatalog catalog) {
    CompiledApi server = server(catalog);
    CompiledApi client = catalog == GoldenCatalog.SEED ? seedClient : CompiledApi.compile(catalog, 8);
    for (Object code : server.errorCodes()) {
      String name = code.toString();
      Object thrown = call(code, "exception", "issue of " + name);
      Object response = call(thrown, "toErrorResponse", "req_" + name, NOW);
      int status = (int) call(thrown, "httpStatus");
      Object received = client.fromResponse(status, (String) call(response, "toJson"));

      assertEquals(thrown.getClass().getName(), received.getClass().getName(), name);
      assertNotEquals(thrown.getClass(), received.getClass(), "client and server are separate builds");
      assertEquals(name, call(received, "code"));
      assertEquals(status, call(received, "httpStatus"));
      assertEquals(call(code, "field"), call(received, "field"), name);
      assertEquals(Optional.of("issue of " + name), call(received, "issue"));
      assertEquals(Optional.of("req_" + name), call(received, "requestId"));
      assertEquals(call(code, "message"), ((Exception) received).getMessage());
      assertEquals(call(code, "retryable"), call(received, "retryable"));
      assertEquals(Optional.of(client.errorCode(name)), call(received, "errorCode"));
    }
  }

  @ParameterizedTest(name = "{0} catalog")
  @EnumSource(GoldenCatalog.class)
  @DisplayName("every text reads back exactly as typed in the YAML")
  void textsReadBackExactly(GoldenCatalog catalog) {
    CompiledApi api = server(catalog);
    List<ErrorDef> errors = catalog.spec().errors().collect(Collectors.toList());
    List<Object> codes = api.errorCodes();
    assertEquals(errors.size(), codes.size());
    for (int i = 0; i < errors.size(); i++) {
      ErrorDef error = errors.get(i);
      Object code = codes.get(i);
      assertEquals(error.code(), call(code, "code"));
      assertEquals(error.status(), call(code, "httpStatus"));
      assertEquals(error.message(), call(code, "message"));
      assertEquals(error.description().orElse(""), call(code, "description"));
      assertEquals(error.field(), call(code, "field"));
      assertEquals(error.retryable(), call(code, "retryable"));
      assertEquals(error.deprecated().orElse(""), call(code, "deprecated"));
      assertEquals(error.since(), call(code, "since"));
    }
  }

  @Test
  @DisplayName("deprecated() and since() give the catalog's text, empty when it has none")
  void deprecatedAndSince() {
    assertEquals("use ON */ instead <i>now</i> @see {@link X}", call(edge.errorCode("NULL"), "deprecated"));
    assertEquals(Optional.of("1.0 */"), call(edge.errorCode("NULL"), "since"));
    assertEquals("", call(edge.errorCode("E012"), "deprecated"));
    assertEquals(Optional.of("2024-01-01"), call(edge.errorCode("E012"), "since"));
    assertEquals("", call(seedServer.errorCode("OVERLOADED"), "deprecated"));
    assertEquals(Optional.empty(), call(seedServer.errorCode("OVERLOADED"), "since"));
  }

  @Test
  @DisplayName("an old client decodes a newer server's unknown code into the status's exception, code kept")
  void oldClientSurvivesNewServer() throws Exception {
    CompiledApi oldClient = oldClient();
    Object overloaded = call(seedServer.errorCode("OVERLOADED"), "exception", "try later");
    String json = (String) call(call(overloaded, "toErrorResponse", "req_1", NOW), "toJson");

    Object received = oldClient.fromResponse(503, json);

    assertEquals("com.example.api.errors.ServiceUnavailableException", received.getClass().getName());
    assertEquals("OVERLOADED", call(received, "code"));
    assertEquals(Optional.empty(), call(received, "errorCode"));
    assertEquals("Service is overloaded", ((Exception) received).getMessage());
    assertEquals(Optional.of("try later"), call(received, "issue"));
    assertEquals(true, call(received, "retryable"), "5xx is retryable by default");

    Object notFound = oldClient.fromResponse(404,
        (String) call(call(call(seedServer.errorCode("MODEL_NOT_FOUND"), "exception"), "toErrorResponse", "r", NOW),
            "toJson"));
    assertEquals("com.example.api.errors.ApiException", notFound.getClass().getName(),
        "a status the old client never documented gives the base class");
    assertEquals("MODEL_NOT_FOUND", call(notFound, "code"));
    assertEquals(false, call(notFound, "retryable"));
  }

  @Nested
  @DisplayName("a body that is not an envelope still gives the status's exception")
  class NotAnEnvelope {

    @ParameterizedTest(name = "body: {0}")
    @ValueSource(strings = {
        "", " ", "<html><body><h1>502 Bad Gateway</h1></body></html>", "{", "[]", "null", "\"text\"", "42",
        "{\"error\":\"text\"}", "{\"error\":{\"message\":\"no code\"}}", "{\"error\":{\"code\":42}}",
        "{\"error\":{\"code\":\"A\"},}", "{'error':{'code':'A'}}", "{\"error\":{\"code\":\"\\x\"}}",
        "{\"error\":{\"code\":\"A\"}} trailing", "{\"n\":01,\"error\":{\"code\":\"A\"}}",
        "{\"error\":{\"code\":\"A\u0001\"}}", "{\"error\":{\"code\":\"\\u12G4\"}}",
    })
    void brokenBodies(String body) {
      Object received = seedClient.fromResponse(502, body);
      assertEquals("com.example.api.errors.BadGatewayException", received.getClass().getName());
      assertEquals("", call(received, "code"));
      assertEquals("Bad Gateway", ((Exception) received).getMessage());
      assertEquals(true, call(received, "retryable"));
    }

    @Test
    @DisplayName("a null body, and a status nobody documented")
    void nullBodyAndUnknownStatus() {
      Object received = seedClient.fromResponse(418, null);
      assertEquals("com.example.api.errors.ApiException", received.getClass().getName());
      assertEquals("HTTP 418", ((Exception) received).getMessage());
      assertEquals(418, call(received, "httpStatus"));
      assertEquals(false, call(received, "retryable"));
      assertEquals(true, call(seedClient.fromResponse(599, null), "retryable"), "every 5xx is retryable");
      assertEquals(false, call(seedClient.fromResponse(600, null), "retryable"), "600 is no 5xx status");
    }

    @Test
    @DisplayName("deep nesting is rejected without a stack overflow")
    void deepNesting() {
      String deep = "{\"error\":" + "[".repeat(9_000) + "]".repeat(9_000) + "}";
      Object received = seedClient.fromResponse(500, deep);
      assertEquals("com.example.api.errors.InternalServerErrorException", received.getClass().getName());
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> seedClient.callStatic("ErrorResponse", "fromJson", deep));
      assertEquals("not JSON: nesting deeper than 32 at offset 40", e.getMessage());
    }

    @Test
    @DisplayName("fromJson explains why a body is no envelope")
    void fromJsonMessages() {
      assertEquals("not an error envelope: \"error\" is not a JSON object", assertThrows(IllegalArgumentException.class,
          () -> seedClient.callStatic("ErrorResponse", "fromJson", "{}")).getMessage());
      assertEquals("not JSON: unexpected character at offset 0", assertThrows(IllegalArgumentException.class,
          () -> seedClient.callStatic("ErrorResponse", "fromJson", "<html>")).getMessage());
      assertEquals("not JSON: null", assertThrows(IllegalArgumentException.class,
          () -> seedClient.callStatic("ErrorResponse", "fromJson", (Object) null)).getMessage());
    }
  }

  @Nested
  @DisplayName("the JSON envelope")
  class Envelope {

    @Test
    @DisplayName("is written compactly in the seed's shape, absent members left out")
    void exactJson() {
      Object full = newResponse("INVALID_TEMPERATURE", "Temperature must be between 0 and 2", "temperature", "was 3",
          "req_1234567890", "2024-01-01T00:00:00Z");
      assertEquals("{\"success\":false,\"error\":{\"code\":\"INVALID_TEMPERATURE\",\"message\":\"Temperature must be "
          + "between 0 and 2\",\"details\":{\"field\":\"temperature\",\"issue\":\"was 3\"}},\"meta\":{\"request_id\":"
          + "\"req_1234567890\",\"timestamp\":\"2024-01-01T00:00:00Z\"}}", call(full, "toJson"));
      Object minimal = newResponse("INVALID_REQUEST", "The request was invalid", null, "no body", null, null);
      assertEquals("{\"success\":false,\"error\":{\"code\":\"INVALID_REQUEST\",\"message\":\"The request was invalid\","
          + "\"details\":{\"issue\":\"no body\"}}}", call(minimal, "toJson"));
    }

    @Test
    @DisplayName("timestamps are ISO-8601 to the second")
    void timestamp() {
      Object response = call(call(seedServer.errorCode("INTERNAL_ERROR"), "exception"), "toErrorResponse", "r", NOW);
      assertEquals(Optional.of("2024-01-01T00:00:00Z"), call(response, "timestamp"));
    }

    @Test
    @DisplayName("strings escape and unescape exactly, and never break out of an HTML script")
    void escaping() {
      String hazard = "quote \" backslash \\ slash / controls \u0000\u0001\b\f\n\r\t\u001f </script><!-- & "
          + "\u2028\u2029 emoji \uD83D\uDE00 lone \uD800 combining e\u0301 rtl \u202E";
      Object response = newResponse(hazard, hazard, hazard, hazard, hazard, hazard);
      String json = (String) call(response, "toJson");

      assertFalse(json.contains("<") || json.contains(">") || json.contains("&") || json.contains("\u2028"), json);
      assertTrue(json.chars().noneMatch(c -> c < 0x20), json);
      Object back = seedClient.callStatic("ErrorResponse", "fromJson", json);
      assertEquals(response.toString(), back.toString());
      assertEquals(hazard, call(back, "message"));
      assertEquals(Optional.of(hazard), call(back, "timestamp"));
    }

    @Test
    @DisplayName("fromJson reads a problem document: the code its type names, an empty message without detail or title")
    void problemDocument() {
      Object response = seedClient.callStatic("ErrorResponse", "fromJson",
          "{\"type\":\"https://docs.example.com/errors.html#model-not-found\",\"status\":404,\"field\":\"model\","
              + "\"request_id\":\"r\",\"timestamp\":\"t\",\"doc_url\":\"https://elsewhere\"}");
      assertEquals("MODEL_NOT_FOUND", call(response, "code"));
      assertEquals("", call(response, "message"));
      assertEquals(Optional.of("model"), call(response, "field"));
      assertEquals(Optional.of("r"), call(response, "requestId"));
      assertEquals(Optional.of("t"), call(response, "timestamp"));
      assertEquals(Optional.empty(), call(response, "docUrl"), "doc_url is no problem member");
      assertEquals("Not Found", ((Exception) seedClient.fromResponse(404, "{\"status\":404,\"code\":\"X\"}"))
          .getMessage(), "fromResponse has the status's reason for it");
    }

    @Test
    @DisplayName("unknown members and values of other types are ignored; escapes and huge strings decode")
    void lenientWhereHarmless() {
      String huge = "x".repeat(1_000_000);
      String json = "{\"extra\":[1,-2.5e+3,0.5E-7,true,false,null,{}],\"success\":false,\"error\":{\"code\":\"A\\u0042\","
          + "\"message\":\"" + huge + "\",\"details\":{\"field\":7,\"issue\":null},\"more\":{}},\"meta\":[]}";
      Object response = seedClient.callStatic("ErrorResponse", "fromJson", json);
      assertEquals("AB", call(response, "code"));
      assertEquals(huge, call(response, "message"));
      assertEquals(Optional.empty(), call(response, "field"));
      assertEquals(Optional.empty(), call(response, "requestId"));
    }

    @Test
    @DisplayName("doc_url: the catalog's link for a known code, sent after message; a received one wins")
    void docUrl() {
      Object thrown = call(seedServer.errorCode("MODEL_NOT_FOUND"), "exception");
      assertEquals(Optional.of("https://docs.example.com/errors.html#model-not-found"), call(thrown, "docUrl"));
      assertEquals("{\"success\":false,\"error\":{\"code\":\"MODEL_NOT_FOUND\",\"message\":\"Model not found\","
          + "\"doc_url\":\"https://docs.example.com/errors.html#model-not-found\"},\"meta\":{\"request_id\":\"r\","
          + "\"timestamp\":\"2024-01-01T00:00:00Z\"}}", call(call(thrown, "toErrorResponse", "r", NOW), "toJson"));
      Object received = seedClient.fromResponse(404, "{\"error\":{\"code\":\"MODEL_NOT_FOUND\","
          + "\"doc_url\":\"https://example.org/x#y\"}}");
      assertEquals(Optional.of("https://example.org/x#y"), call(received, "docUrl"));
      Object unknown = seedClient.fromResponse(404, "{\"error\":{\"code\":\"NEW_CODE\",\"doc_url\":7}}");
      assertEquals(Optional.empty(), call(unknown, "docUrl"));
      Object notSent = newResponse("A", "m", null, null, null, null);
      assertEquals(Optional.of("https://example.org/a"), call(call(notSent, "withDocUrl", "https://example.org/a"),
          "docUrl"));
    }

    private Object newResponse(Object... values) {
      try {
        for (java.lang.reflect.Constructor<?> constructor : seedClient.type("ErrorResponse").getConstructors()) {
          if (constructor.getParameterCount() == values.length) {
            return constructor.newInstance(values);
          }
        }
        throw new AssertionError("no public constructor of " + values.length + " parameters");
      } catch (ReflectiveOperationException e) {
        throw new AssertionError(e);
      }
    }
  }

  @Nested
  @DisplayName("exceptions")
  class Exceptions {

    @Test
    @DisplayName("catch by status; is() and errorCode() tell codes apart")
    void catchByStatus() {
      Object code = seedServer.errorCode("RATE_LIMIT_EXCEEDED");
      Object exception = call(code, "exception");
      assertEquals("RateLimitExceededException", exception.getClass().getSimpleName());
      assertSame(seedServer.type("ApiException"), exception.getClass().getSuperclass());
      assertTrue(exception instanceof RuntimeException);
      assertEquals(true, call(exception, "is", code));
      assertEquals(false, call(exception, "is", seedServer.errorCode("CONCURRENT_LIMIT_EXCEEDED")));
      assertEquals(Optional.of(code), call(exception, "errorCode"));
    }

    @Test
    @DisplayName("the field can be given per occurrence; toString names code, issue and request id")
    void fieldAndToString() {
      Object exception = call(seedServer.errorCode("MISSING_REQUIRED_FIELD"), "exception", "model", "model is required");
      assertEquals(Optional.of("model"), call(exception, "field"));
      assertEquals("com.example.api.errors.BadRequestException: MISSING_REQUIRED_FIELD: Required field is missing "
          + "(model is required)", exception.toString());
      Object received = seedClient.fromResponse(400, (String) call(call(exception, "toErrorResponse", "req_9", NOW),
          "toJson"));
      assertEquals("com.example.api.errors.BadRequestException: MISSING_REQUIRED_FIELD: Required field is missing "
          + "(model is required) [request req_9]", received.toString());
    }

    @Test
    @DisplayName("fromCode finds known codes and is empty for unknown ones and null")
    void fromCode() {
      assertEquals(Optional.empty(), seedServer.callStatic("ErrorCode", "fromCode", "NOT_A_CODE"));
      assertEquals(Optional.empty(), seedServer.callStatic("ErrorCode", "fromCode", (Object) null));
      assertEquals("QUOTA_EXCEEDED", call(seedServer.errorCode("QUOTA_EXCEEDED"), "code"));
    }

    @Test
    @DisplayName("deprecated codes carry @Deprecated")
    void deprecated() throws Exception {
      assertTrue(edge.type("ErrorCode").getField("NULL").isAnnotationPresent(Deprecated.class));
      assertFalse(edge.type("ErrorCode").getField("NO").isAnnotationPresent(Deprecated.class));
    }
  }

  @Nested
  @DisplayName("root causes on the server")
  class Causes {

    @Test
    @DisplayName("exception(cause) and exception(issue, cause) keep the cause, of the status's class")
    void keptOnTheException() {
      IllegalStateException cause = new IllegalStateException("database password is hunter2");
      Throwable withCause = (Throwable) call(seedServer.errorCode("INTERNAL_ERROR"), "exception", cause);
      Throwable withIssue = (Throwable) call(seedServer.errorCode("PROCESSING_ERROR"), "exception", "model crashed", cause);

      assertEquals("InternalServerErrorException", withCause.getClass().getSimpleName());
      assertSame(cause, withCause.getCause());
      assertEquals(Optional.empty(), call(withCause, "issue"));
      assertSame(cause, withIssue.getCause());
      assertEquals(Optional.of("model crashed"), call(withIssue, "issue"));
      assertEquals("Error processing request", withIssue.getMessage());
    }

    @Test
    @DisplayName("the cause never reaches the JSON")
    void neverSent() {
      Object thrown = call(seedServer.errorCode("PROCESSING_ERROR"), "exception", "model crashed",
          new IllegalStateException("database password is hunter2"));
      assertEquals("{\"success\":false,\"error\":{\"code\":\"PROCESSING_ERROR\",\"message\":\"Error processing "
          + "request\",\"doc_url\":\"https://docs.example.com/errors.html#processing-error\","
          + "\"details\":{\"issue\":\"model crashed\"}},\"meta\":{\"request_id\":\"r\",\"timestamp\":"
          + "\"2024-01-01T00:00:00Z\"}}", call(call(thrown, "toErrorResponse", "r", NOW), "toJson"));
      assertNull(((Throwable) seedClient.fromResponse(500,
          (String) call(call(thrown, "toErrorResponse", "r", NOW), "toJson"))).getCause());
    }
  }

  @Nested
  @DisplayName("response headers")
  class Headers {

    private final String overloaded = "{\"error\":{\"code\":\"OVERLOADED\",\"message\":\"Service is overloaded\"}}";

    @Test
    @DisplayName("Retry-After in seconds, any case of the name, becomes retryAfter()")
    void retryAfterSeconds() {
      Object received = fromResponse(503, overloaded, Map.of("retry-after", List.of("120")));
      assertEquals(Optional.of(Duration.ofMinutes(2)), call(received, "retryAfter"));
      assertEquals("OVERLOADED", call(received, "code"));
    }

    @Test
    @DisplayName("an HTTP date is counted from the clock's time, and a date past means no wait")
    void retryAfterDate() {
      Clock clock = Clock.fixed(Instant.parse("2024-01-01T00:00:00Z"), ZoneOffset.UTC);
      Object future = seedClient.callStatic("ApiException", "fromResponse", 503, overloaded,
          Map.of("Retry-After", List.of("Mon, 01 Jan 2024 00:00:30 GMT")), clock);
      assertEquals(Optional.of(Duration.ofSeconds(30)), call(future, "retryAfter"));
      Object past = seedClient.callStatic("ApiException", "fromResponse", 503, overloaded,
          Map.of("Retry-After", List.of("Sun, 31 Dec 2023 23:00:00 GMT")), clock);
      assertEquals(Optional.of(Duration.ZERO), call(past, "retryAfter"));
    }

    @Test
    @DisplayName("retry-after-ms wins over Retry-After; without either there is no wait")
    void retryAfterMs() {
      Map<String, List<String>> headers = new LinkedHashMap<>();
      headers.put("Retry-After", List.of("120"));
      headers.put("Retry-After-Ms", List.of("1500"));
      assertEquals(Optional.of(Duration.ofMillis(1500)), call(fromResponse(503, overloaded, headers), "retryAfter"));
      assertEquals(Optional.empty(), call(fromResponse(503, overloaded, Map.of()), "retryAfter"));
      assertEquals(Optional.empty(), call(fromResponse(503, overloaded, null), "retryAfter"));
      assertEquals(Optional.empty(), call(seedClient.fromResponse(503, overloaded), "retryAfter"));
    }

    @Test
    @DisplayName("X-Request-Id is the request id when the body carries none; the body's wins")
    void requestId() {
      Map<String, List<String>> headers = Map.of("X-REQUEST-ID", List.of("req_header", "req_second"));
      assertEquals(Optional.of("req_header"), call(fromResponse(503, overloaded, headers), "requestId"));
      assertEquals(Optional.of("req_header"), call(fromResponse(502, "<html>Bad Gateway</html>", headers), "requestId"));
      String withId = "{\"error\":{\"code\":\"OVERLOADED\"},\"meta\":{\"request_id\":\"req_body\"}}";
      assertEquals(Optional.of("req_body"), call(fromResponse(503, withId, headers), "requestId"));
    }

    @Test
    @DisplayName("a server sets the wait with withRetryAfter, which returns the same exception")
    void withRetryAfter() {
      Object exception = call(seedServer.errorCode("RATE_LIMIT_EXCEEDED"), "exception");
      assertEquals(Optional.empty(), call(exception, "retryAfter"));
      assertSame(exception, call(exception, "withRetryAfter", Duration.ofSeconds(30)));
      assertEquals(Optional.of(Duration.ofSeconds(30)), call(exception, "retryAfter"));
      assertThrows(IllegalArgumentException.class, () -> call(exception, "withRetryAfter", Duration.ofSeconds(-1)));
      assertSame(exception, call(exception, "withRetryAfter", (Object) null));
      assertEquals(Optional.empty(), call(exception, "retryAfter"));
    }

    private Object fromResponse(int status, String body, Map<String, List<String>> headers) {
      return seedClient.callStatic("ApiException", "fromResponse", status, body, headers);
    }
  }

  private static CompiledApi oldClient() throws Exception {
    ErrorSpec old = new SpecLoader().parse("error-spec.yaml", """
        errorspec: 1
        package: com.example.api.errors
        statuses:
          429: Rate Limit Exceeded
          503: Service Unavailable
        categories:
          - title: Errors
            groups:
              - status: 429
                errors:
                  - code: RATE_LIMIT_EXCEEDED
                    message: Rate limit exceeded
              - status: 503
                errors:
                  - code: SERVICE_UNAVAILABLE
                    message: Service is temporarily unavailable
        """.getBytes(StandardCharsets.UTF_8));
    List<GeneratedFile> files = new JavaGenerator().generate(old, "com.example.api.errors");
    return CompiledApi.compile("com.example.api.errors", files, 8);
  }
}
