package com.example.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.problem.errors.ApiErrors;
import com.example.problem.errors.ApiException;
import com.example.problem.errors.ApiExceptionHandler;
import com.example.problem.errors.ApiProblems;
import com.example.problem.errors.ErrorCode;
import com.example.problem.errors.Violation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringBootVersion;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.ProblemDetail;

/**
 * The problem-format application on a real port: every situation of docs/spring.md's table
 * answers {@code application/problem+json}, a document that validates against RFC 9457's schema
 * ({@code conformance/problem-details.schema.json}) with its members in the fixed order, the
 * catalog's {@code type} and {@code title}, and the values a client decodes. The bodies, with the
 * values a decoder must read from them, are kept as a decoding file
 * of the clients' conformance corpus ({@code conformance/decode/spring-problem.json}, which every
 * client's runner decodes), compared here on Boot 4 and 3.5 alike;
 * {@code -Derrorspec.updateGolden=true} rewrites it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayName("With format: problem, every error of a Spring Boot application is an RFC 9457 problem document")
class ProblemErrorsTest {

  private static final String TYPE_BASE = "https://docs.example.com/errors/";
  private static final String NOW = "2026-01-01T00:00:00Z";
  private static final List<String> MEMBER_ORDER = List.of("type", "title", "status", "detail", "code",
      "request_id", "timestamp", "field", "issue", "params", "violations");
  private static final String GENERATE = "/p/generate";
  private static final String VALID = "{\"model\":\"text-small\",\"prompt\":\"Say hi\"}";
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The example module's directory: this build's, or the one the Boot 3.5 build tests in place. */
  private static final Path EXAMPLE = Path.of(System.getProperty("exampleDirectory", "."));
  private static final Path FIXTURE = EXAMPLE.resolve(Path.of("..", "conformance", "decode", "spring-problem.json"));

  private final HttpClient http = HttpClient.newHttpClient();
  private JsonSchema schema;

  @Value("${local.server.port}")
  int port;

  @BeforeAll
  void loadSchema() throws Exception {
    Path file = EXAMPLE.resolve(Path.of("..", "conformance", "problem-details.schema.json"));
    schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
        .getSchema(Files.readString(file), SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());
  }

  /** What a client sends, what the server must answer, and what a decoder must read from it. */
  record Situation(String id, String why, Request request, int status, String code, String title, String detail,
      String field, String issue, Map<String, Object> params, List<Map<String, String>> violations,
      Map<String, String> headers) {

    Situation with(Map<String, Object> params, List<Map<String, String>> violations) {
      return new Situation(id, why, request, status, code, title, detail, field, issue, params, violations, headers);
    }

    Situation header(String name, String value) {
      Map<String, String> more = new LinkedHashMap<>(headers);
      more.put(name, value);
      return new Situation(id, why, request, status, code, title, detail, field, issue, params, violations, more);
    }

    @Override
    public String toString() {
      return id;
    }
  }

  /** A request: method, path, body (sent with its content type) and other headers. */
  record Request(String method, String path, String contentType, String body, Map<String, String> headers) {
    static Request get(String path) {
      return new Request("GET", path, null, null, Map.of());
    }

    static Request post(String path, String json) {
      return new Request("POST", path, "application/json", json, Map.of());
    }

    Request header(String name, String value) {
      Map<String, String> more = new LinkedHashMap<>(headers);
      more.put(name, value);
      return new Request(method, path, contentType, body, more);
    }
  }

  private static Situation situation(String id, String why, Request request, int status, ErrorCode code,
      String detail, String field, String issue) {
    return situation(id, why, request, status, code.code(), title(code), detail, field, issue);
  }

  private static Situation situation(String id, String why, Request request, int status, String code, String title,
      String detail, String field, String issue) {
    return new Situation(id, why, request, status, code, title, detail, field, issue, Map.of(), List.of(), Map.of());
  }

  /** The title the catalog gives a code without placeholders: its message. */
  private static String title(ErrorCode code) {
    return code.message();
  }

  private static Map<String, String> violation(String field, String issue) {
    Map<String, String> violation = new LinkedHashMap<>();
    violation.put("field", field);
    violation.put("issue", issue);
    return violation;
  }

  /** Every situation of docs/spring.md's table. */
  Stream<Situation> situations() {
    Map<String, Object> modelParams = new LinkedHashMap<>();
    modelParams.put("model", "text-huge");
    modelParams.put("available", 3);
    Map<String, Object> rateParams = new LinkedHashMap<>();
    rateParams.put("limit", 2);
    rateParams.put("window_seconds", 60.5);
    return Stream.of(
        situation("controller", "an ApiException thrown by a controller: its code, field and issue; detail left out, "
            + "being the title", Request.post(GENERATE, "{\"model\":\"image-1\",\"prompt\":\"Say hi\"}"), 400,
            ErrorCode.UNSUPPORTED_MODEL, null, "model", "image-1 does not serve this endpoint"),
        situation("filter", "an ApiException thrown by a servlet filter, outside Spring MVC; <, > and & escaped",
            Request.get("/p/secure"), 401, ErrorCode.MISSING_API_KEY, null, null, "send 'Authorization: Bearer <key>'"),
        situation("retry-after", "a 429 with params and Retry-After; its title is the description (the message has "
            + "placeholders), the rendered message the detail", Request.get("/p/limited"), 429,
            ErrorCode.RATE_LIMIT_EXCEEDED.code(), "Too many requests: <wait> & \"retry\"",
            "Slow down: 2 requests per 60.5 s", null, null)
            .with(rateParams, List.of()).header("Retry-After", "30"),
        situation("params", "an ApiErrors factory: the rendered message as detail, the values under params",
            Request.get("/p/models/text-huge"), 404, ErrorCode.MODEL_NOT_FOUND.code(), "Specified model doesn't exist",
            "Model text-huge not found", "model", null).with(modelParams, List.of()),
        situation("params-reason-title", "a code with placeholders and no description: the status's reason phrase as "
            + "title", Request.get("/p/files/f_1"), 404, ErrorCode.FILE_NOT_FOUND.code(), "Not Found",
            "File f_1 not found", null, null).with(Map.of("file_id", "f_1"), List.of()),
        situation("no-route", "no route: the 404 fallback", Request.get("/p/nothing"), 404,
            ErrorCode.ENDPOINT_NOT_FOUND, null, null, null),
        situation("wrong-method", "a wrong method: the 405 fallback, with Allow",
            new Request("DELETE", GENERATE, null, null, Map.of()), 405, ErrorCode.METHOD_NOT_ALLOWED, null, null, null)
            .header("Allow", "POST"),
        situation("unsupported-media-type", "an unsupported Content-Type: the 415 fallback",
            new Request("POST", GENERATE, "text/plain", "Say hi", Map.of()), 415, ErrorCode.UNSUPPORTED_MEDIA_TYPE,
            null, null, null),
        situation("not-acceptable", "Accept: application/xml: the 406 fallback, as problem+json all the same",
            Request.post(GENERATE, VALID).header("Accept", "application/xml"), 406, ErrorCode.NOT_ACCEPTABLE, null,
            null, null),
        situation("malformed-body", "broken JSON: the 400 fallback, nothing of the parser's message",
            Request.post(GENERATE, "{\"model\": \"text-small\", \"prompt\":"), 400, ErrorCode.INVALID_REQUEST, null,
            null, null),
        situation("missing-parameter", "a missing request parameter: the 400 fallback naming it",
            Request.get("/p/items"), 400, ErrorCode.INVALID_REQUEST, null, "limit", null),
        situation("mistyped-parameter", "a parameter of the wrong type: the 400 fallback naming it",
            Request.get("/p/items?limit=ten"), 400, ErrorCode.INVALID_REQUEST, null, "limit", null),
        situation("validation", "a failed @Valid body: the validation code, the violation as field and issue and "
            + "under violations", Request.post(GENERATE, "{\"model\":\"text-small\",\"prompt\":\" \"}"), 400,
            ErrorCode.INVALID_FIELD_VALUE, null, "prompt", "must not be blank")
            .with(Map.of(), List.of(violation("prompt", "must not be blank"))),
        situation("violations", "several violations: every one, by field name, the first also as field and issue",
            Request.post(GENERATE, "{\"n\":9}"), 400, ErrorCode.INVALID_FIELD_VALUE, null, "model",
            "must not be blank").with(Map.of(), List.of(violation("model", "must not be blank"),
                violation("n", "must be less than or equal to 4"), violation("prompt", "must not be blank"))),
        situation("parameter-validation", "@Min on a request parameter: the validation code naming it",
            Request.get("/p/items?limit=0"), 400, ErrorCode.INVALID_FIELD_VALUE, null, "limit",
            "must be greater than or equal to 1")
            .with(Map.of(), List.of(violation("limit", "must be greater than or equal to 1"))),
        situation("send-error", "sendError(404): the 404 fallback", Request.get("/p/send-error/404"), 404,
            ErrorCode.ENDPOINT_NOT_FOUND, null, null, null),
        situation("send-error-without-fallback", "sendError(409), no 409 fallback: the 400 one, status kept",
            Request.get("/p/send-error/409").header("Accept", "application/xml"), 409, ErrorCode.INVALID_REQUEST, null,
            null, null),
        situation("response-status", "a @ResponseStatus exception: its status, the 4xx fallback, not its reason",
            Request.get("/p/teapot"), 418, ErrorCode.INVALID_REQUEST, null, null, null),
        situation("error-dispatch", "the container's error dispatch (sendError before the generated filters)",
            Request.get("/p/early"), 503, ErrorCode.SERVICE_UNAVAILABLE, null, null, null),
        situation("error-page", "a request for /error itself: the 404 fallback", Request.get("/error"), 404,
            ErrorCode.ENDPOINT_NOT_FOUND, null, null, null),
        situation("uncaught", "an uncaught exception: the 500 fallback, its message never sent",
            Request.post(GENERATE, "{\"model\":\"text-small\",\"prompt\":\"please crash\"}"), 500,
            ErrorCode.INTERNAL_ERROR, null, null, null),
        situation("spring-mapped", "an exception Spring maps itself (an async timeout): 503 with its fallback",
            Request.get("/p/slow"), 503, ErrorCode.SERVICE_UNAVAILABLE, null, null, null),
        situation("unknown-code", "a relayed code the catalog does not know: no type, the reason phrase as title",
            Request.get("/p/upstream"), 502, "UPSTREAM_GONE", "Bad Gateway", "The upstream is gone", null, null));
  }

  @Test
  @DisplayName("runs on the Spring Boot version the build chose, with the problem format's handler")
  void springBootVersion() {
    assertEquals(System.getProperty("expectedSpringBootVersion"), SpringBootVersion.getVersion());
    assertEquals(ErrorCode.INTERNAL_ERROR, ApiExceptionHandler.fallback(500));
    assertEquals("application/problem+json", ApiProblems.MEDIA_TYPE);
  }

  @Test
  @DisplayName("ApiProblems.of gives Spring's ProblemDetail with the members ErrorResponse.toJson() writes")
  void problemDetailHoldsTheDocument() throws Exception {
    ApiException error = ApiErrors.modelNotFound("gpt-9", 3).withViolations(List.of(Violation.of("model", "unknown")));
    Instant now = Instant.parse(NOW);
    ProblemDetail problem = ApiProblems.of(error, 404, "req-1", now);
    Map<String, Object> document = new LinkedHashMap<>();
    document.put("type", problem.getType() == null ? null : problem.getType().toString());
    document.put("title", problem.getTitle());
    document.put("status", problem.getStatus());
    document.put("detail", problem.getDetail());
    document.putAll(problem.getProperties());
    document.values().removeIf(java.util.Objects::isNull);
    // As text: a tree would tell the int 3 from the long 3, which JSON does not.
    assertEquals(error.toErrorResponse("req-1", now).withStatus(404).toJson(), JSON.writeValueAsString(document));
  }

  @Test
  @DisplayName("a request Tomcat rejects before Spring (/%zz) answers a problem document too, with a request id")
  void containerRejection() throws Exception {
    String answer;
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
      socket.setSoTimeout(10_000);
      socket.getOutputStream().write("GET /%zz HTTP/1.1\r\nHost: localhost\r\nX-Request-Id: req-zz\r\n\r\n"
          .getBytes(StandardCharsets.ISO_8859_1));
      answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8); // Tomcat closes it
    }
    String head = answer.substring(0, answer.indexOf("\r\n\r\n")).toLowerCase(Locale.ROOT);
    String body = answer.substring(answer.indexOf("\r\n\r\n") + 4);
    assertTrue(head.startsWith("http/1.1 400"), answer);
    assertTrue(head.contains("\r\ncontent-type: application/problem+json"), answer);
    assertTrue(head.contains("\r\nx-request-id: req-zz"), answer);
    assertEquals(List.of(), List.copyOf(schema.validate(body, InputFormat.JSON)), body);
    JsonNode problem = JSON.readTree(body);
    assertEquals("INVALID_REQUEST", text(problem, "code"), body);
    assertEquals("req-zz", text(problem, "request_id"), body);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("situations")
  @DisplayName("each situation answers its problem document")
  void answers(Situation situation) throws Exception {
    Answer answer = send(situation);
    assertEquals(situation.status(), answer.status(), answer.body());
    assertEquals(Optional.of("application/problem+json"), answer.header("Content-Type"));
    assertEquals(Optional.of("req-" + situation.id()), answer.header("X-Request-Id"));
    situation.headers().forEach((name, value) -> assertEquals(Optional.of(value), answer.header(name), name));
    assertFalse(answer.body().contains("secret"), answer.body());
    assertEquals(List.of(), List.copyOf(schema.validate(answer.body(), InputFormat.JSON)), answer.body());

    ObjectNode problem = (ObjectNode) JSON.readTree(answer.body());
    List<String> members = new ArrayList<>();
    problem.fieldNames().forEachRemaining(members::add);
    List<String> ordered = new ArrayList<>(MEMBER_ORDER);
    ordered.retainAll(members);
    assertEquals(ordered, members, "members in RFC 9457's order, then errorspec's: " + answer.body());
    boolean known = ErrorCode.fromCode(situation.code()).isPresent();
    assertEquals(known ? TYPE_BASE + situation.code().toLowerCase(Locale.ROOT).replace('_', '-') : null,
        text(problem, "type"));
    assertEquals(situation.title(), text(problem, "title"));
    assertEquals(situation.status(), problem.get("status").intValue());
    assertEquals(situation.detail(), text(problem, "detail"));
    assertEquals(situation.code(), text(problem, "code"));
    assertEquals("req-" + situation.id(), text(problem, "request_id"));
    assertTrue(text(problem, "timestamp").matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ"), answer.body());
    assertEquals(situation.field(), text(problem, "field"));
    assertEquals(situation.issue(), text(problem, "issue"));
    assertEquals(JSON.valueToTree(situation.params()), problem.has("params") ? problem.get("params")
        : JSON.createObjectNode());
    assertEquals(JSON.valueToTree(situation.violations()), problem.has("violations") ? problem.get("violations")
        : JSON.createArrayNode());
  }

  @Test
  @DisplayName("the schema rejects what RFC 9457 does not allow, so that its passes mean something")
  void schemaRejects() {
    for (String bad : List.of("{\"status\":600}", "{\"status\":\"404\"}", "{\"type\":\"not a uri\"}",
        "{\"title\":1}", "{\"instance\":[]}", "[]")) {
      assertFalse(schema.validate(bad, InputFormat.JSON).isEmpty(), bad);
    }
    assertTrue(schema.validate("{\"type\":\"https://x.test/a#b\",\"status\":404,\"code\":\"X\",\"extension\":{}}",
        InputFormat.JSON).isEmpty());
  }

  @Test
  @DisplayName("the bodies, with what a client must decode from them, are the decoding corpus file's")
  void decodingCorpus() throws Exception {
    ArrayNode cases = JSON.createArrayNode();
    for (Iterator<Situation> all = situations().iterator(); all.hasNext(); ) {
      Situation situation = all.next();
      cases.add(corpusCase(situation, send(situation)));
    }
    ObjectNode corpus = JSON.createObjectNode();
    corpus.put("now", NOW);
    corpus.set("cases", cases);
    String text = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(corpus).replace("\r\n", "\n") + "\n";
    if (Boolean.getBoolean("errorspec.updateGolden")) {
      Files.writeString(FIXTURE, text);
    }
    List<String> expected = Files.readString(FIXTURE).replace("\r\n", "\n").lines().toList();
    List<String> actual = text.lines().toList();
    for (int i = 0; i < Math.max(expected.size(), actual.size()); i++) {
      String want = i < expected.size() ? expected.get(i) : "(end of file)";
      String got = i < actual.size() ? actual.get(i) : "(end of file)";
      assertEquals(want, got, FIXTURE + ":" + (i + 1) + " is stale: rerun with -Derrorspec.updateGolden=true and "
          + "review its diff");
    }
  }

  /**
   * One case of the decoding corpus (conformance/README.md): the response as received, its
   * timestamp set to {@link #NOW}, and what every client decodes. {@code class} and
   * {@code retryable} are as the repository's catalog (../error-spec.yaml), which the corpus runs
   * against, has them: a class per status it uses, retryable for 429 and 5xx.
   */
  private static ObjectNode corpusCase(Situation situation, Answer answer) {
    ObjectNode node = JSON.createObjectNode();
    node.put("id", "spring-problem-" + situation.id());
    node.put("why", situation.why());
    node.put("status", answer.status());
    ArrayNode headers = node.putArray("headers");
    for (String name : List.of("Content-Type", "X-Request-Id", "Retry-After")) {
      answer.header(name).ifPresent(value -> headers.addArray().add(name).add(value));
    }
    node.put("body", answer.body().replaceFirst("\"timestamp\":\"[^\"]*\"", "\"timestamp\":\"" + NOW + "\""));
    ObjectNode expect = node.putObject("expect");
    expect.put("class", ROOT_CLASSES.getOrDefault(answer.status(), "Api"));
    expect.put("code", situation.code());
    expect.put("message", situation.detail() != null ? situation.detail() : situation.title());
    expect.put("field", situation.field());
    expect.put("issue", situation.issue());
    expect.put("request_id", "req-" + situation.id());
    expect.put("retryable", answer.status() == 429 || answer.status() >= 500);
    if (answer.header("Retry-After").isPresent()) {
      expect.put("retry_after_ms", Integer.parseInt(answer.header("Retry-After").get()) * 1000);
    } else {
      expect.putNull("retry_after_ms");
    }
    if (!situation.params().isEmpty()) {
      expect.set("params", JSON.valueToTree(situation.params()));
    }
    if (!situation.violations().isEmpty()) {
      expect.set("violations", JSON.valueToTree(situation.violations()));
    }
    return node;
  }

  /** The error classes of the repository's catalog, one per error status it lists, as the corpus names them. */
  private static final Map<Integer, String> ROOT_CLASSES = Map.of(400, "BadRequest", 401, "Unauthorized",
      403, "Forbidden", 404, "NotFound", 429, "RateLimitExceeded", 500, "InternalServerError",
      502, "BadGateway", 503, "ServiceUnavailable");

  private static String text(JsonNode problem, String member) {
    return problem.has(member) ? problem.get(member).textValue() : null;
  }

  private Answer send(Situation situation) throws Exception {
    Request request = situation.request();
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + request.path()))
        .header("X-Request-Id", "req-" + situation.id())
        .method(request.method(), request.body() == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(request.body(), StandardCharsets.UTF_8));
    if (request.contentType() != null) {
      builder.header("Content-Type", request.contentType());
    }
    request.headers().forEach(builder::header);
    HttpResponse<String> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    return new Answer(response.statusCode(), response.headers().map(), response.body());
  }

  /** A response: status, headers and body. */
  record Answer(int status, Map<String, List<String>> headers, String body) {
    Optional<String> header(String name) {
      return headers.entrySet().stream().filter(entry -> entry.getKey().equalsIgnoreCase(name))
          .map(entry -> entry.getValue().get(0)).findFirst();
    }
  }
}
