package com.example.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.api.errors.ApiErrorFilter;
import com.example.api.errors.ApiException;
import com.example.api.errors.ApiExceptionHandler;
import com.example.api.errors.BadRequestException;
import com.example.api.errors.ErrorCode;
import com.example.api.errors.InternalServerErrorException;
import com.example.api.errors.MethodNotAllowedException;
import com.example.api.errors.NotAcceptableException;
import com.example.api.errors.NotFoundException;
import com.example.api.errors.RateLimitExceededException;
import com.example.api.errors.RequestIdFilter;
import com.example.api.errors.ServiceUnavailableException;
import com.example.api.errors.UnauthorizedException;
import com.example.api.errors.UnsupportedMediaTypeException;
import com.example.api.errors.Violation;
import com.example.testsupport.TestEndpoints;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringBootVersion;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;

/**
 * The example on a real port, driven over HTTP and decoded with the generated client
 * ({@code ApiException.fromResponse}): every situation in which Spring, the servlet container or
 * the application answers an error, with its exact status, code, message, details and headers.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestEndpoints.class)
@ExtendWith(OutputCaptureExtension.class)
@DisplayName("Every error of the Spring Boot example is the catalog's envelope")
class SpringErrorsTest {

  private static final String KEY = "Bearer sk-active";
  private static final String TEXT = "/v1/text/generate";
  private static final String VALID_TEXT = "{\"model\":\"text-small\",\"prompt\":\"Say hi\"}";

  private final HttpClient http = HttpClient.newHttpClient();

  @Value("${local.server.port}")
  int port;

  @Autowired
  ApplicationContext context;

  @Test
  @DisplayName("runs on the Spring Boot version the build chose")
  void springBootVersion() {
    assertEquals(System.getProperty("expectedSpringBootVersion"), SpringBootVersion.getVersion());
  }

  @Test
  @DisplayName("component scanning and @EnableApiErrors together register each class once")
  void registeredOnce() {
    assertEquals(1, context.getBeansOfType(ApiExceptionHandler.class).size());
    assertEquals(1, context.getBeansOfType(ApiErrorFilter.class).size());
    assertEquals(1, context.getBeansOfType(RequestIdFilter.class).size());
  }

  @Test
  @DisplayName("an ApiException thrown by a controller answers with its status, code, message and issue")
  void apiExceptionFromController() throws Exception {
    Answer answer = send(get("/v1/generations/gen_999").header("Authorization", KEY));
    assertError(answer, 404, NotFoundException.class, ErrorCode.RESOURCE_NOT_FOUND, null, "no generation gen_999");
    answer = send(post(TEXT, "{\"model\":\"image-1\",\"prompt\":\"Say hi\"}"));
    assertError(answer, 400, BadRequestException.class, ErrorCode.UNSUPPORTED_MODEL, "model",
        "image-1 does not serve this endpoint");
  }

  @Test
  @DisplayName("an ApiException thrown by a servlet filter, outside Spring MVC, answers the same way")
  void apiExceptionFromFilter() throws Exception {
    assertError(send(post(TEXT, VALID_TEXT, null)), 401, UnauthorizedException.class, ErrorCode.MISSING_API_KEY,
        null, "send 'Authorization: Bearer <key>'");
    assertError(send(post(TEXT, VALID_TEXT, "Bearer sk-expired")), 401, UnauthorizedException.class,
        ErrorCode.EXPIRED_API_KEY, null, null);
  }

  @Test
  @DisplayName("a rate-limited request answers 429 with its code")
  void rateLimit() throws Exception {
    assertEquals(200, send(post(TEXT, VALID_TEXT, "Bearer sk-limited")).status);
    assertEquals(200, send(post(TEXT, VALID_TEXT, "Bearer sk-limited")).status);
    Answer limited = send(post(TEXT, VALID_TEXT, "Bearer sk-limited"));
    assertError(limited, 429, RateLimitExceededException.class, ErrorCode.RATE_LIMIT_EXCEEDED, null,
        "2 requests per minute");
    assertEquals(Optional.of("30"), limited.headers.firstValue("Retry-After"));
    assertEquals(Optional.of(Duration.ofSeconds(30)), limited.error().retryAfter());
  }

  @Test
  @DisplayName("no route: 404 with the 404 fallback")
  void noRoute() throws Exception {
    assertError(send(get("/v1/audio/generate").header("Authorization", KEY)), 404, NotFoundException.class,
        ErrorCode.ENDPOINT_NOT_FOUND, null, null);
  }

  @Test
  @DisplayName("a wrong method: 405 with the 405 fallback and the Allow header")
  void wrongMethod() throws Exception {
    Answer answer = send(request(TEXT).header("Authorization", KEY).DELETE());
    assertError(answer, 405, MethodNotAllowedException.class, ErrorCode.METHOD_NOT_ALLOWED, null, null);
    assertEquals(List.of("POST"), answer.headers.allValues("Allow"));
  }

  @Test
  @DisplayName("an unsupported media type: 415 with the 415 fallback")
  void unsupportedMediaType() throws Exception {
    Answer answer = send(request(TEXT).header("Authorization", KEY).header("Content-Type", "text/plain")
        .POST(HttpRequest.BodyPublishers.ofString("Say hi")));
    assertError(answer, 415, UnsupportedMediaTypeException.class, ErrorCode.UNSUPPORTED_MEDIA_TYPE, null, null);
  }

  @Test
  @DisplayName("not acceptable: 406 with the 406 fallback, and the body is JSON all the same")
  void notAcceptable() throws Exception {
    Answer answer = send(post(TEXT, VALID_TEXT).header("Accept", "application/xml"));
    assertError(answer, 406, NotAcceptableException.class, ErrorCode.NOT_ACCEPTABLE, null, null);
  }

  @Test
  @DisplayName("malformed JSON: 400 with the 400 fallback, and nothing of the parser's message")
  void malformedJson() throws Exception {
    Answer answer = send(post(TEXT, "{\"model\": \"text-small\", \"prompt\":"));
    assertError(answer, 400, BadRequestException.class, ErrorCode.INVALID_REQUEST, null, null);
  }

  @Test
  @DisplayName("a missing or mistyped parameter: 400 with the 400 fallback, naming the parameter")
  void parameters() throws Exception {
    assertError(send(get("/v1/generations").header("Authorization", KEY)), 400, BadRequestException.class,
        ErrorCode.INVALID_REQUEST, "limit", null);
    assertError(send(get("/v1/generations?limit=ten").header("Authorization", KEY)), 400,
        BadRequestException.class, ErrorCode.INVALID_REQUEST, "limit", null);
  }

  @Test
  @DisplayName("failed bean validation: the validation code, the field and the constraint's message")
  void beanValidation() throws Exception {
    assertError(send(post(TEXT, "{\"model\":\"text-small\",\"prompt\":\" \"}")), 400, BadRequestException.class,
        ErrorCode.INVALID_FIELD_VALUE, "prompt", "must not be blank");
    assertError(send(post("/v1/images/generate", "{\"model\":\"image-1\",\"prompt\":\"a cat\",\"n\":9}")), 400,
        BadRequestException.class, ErrorCode.INVALID_FIELD_VALUE, "n", "must be less than or equal to 4");
    assertError(send(get("/v1/generations?limit=0").header("Authorization", KEY)), 400, BadRequestException.class,
        ErrorCode.INVALID_FIELD_VALUE, "limit", "must be greater than or equal to 1");
  }

  @Test
  @DisplayName("several violations: every one is sent, by field name whatever order the validator found them in, "
      + "the first also as field and issue")
  void severalViolations() throws Exception {
    for (int i = 0; i < 5; i++) {
      Answer answer = send(post(TEXT, "{\"temperature\":1}"));
      assertError(answer, 400, BadRequestException.class, ErrorCode.INVALID_FIELD_VALUE, "model", "must not be blank");
      assertEquals(List.of(Violation.of("model", "must not be blank"), Violation.of("prompt", "must not be blank")),
          answer.error().violations(), answer.body);
    }
    Answer image = send(post("/v1/images/generate", "{\"model\":\" \",\"prompt\":\"a cat\",\"n\":9}"));
    assertEquals(List.of(Violation.of("model", "must not be blank"), Violation.of("n", "must be less than or equal to 4")),
        image.error().violations(), image.body);
  }

  @Test
  @DisplayName("an ApiErrors exception sends its rendered message and its params with their JSON types")
  void params() throws Exception {
    Answer answer = send(post(TEXT, "{\"model\":\"text-huge\",\"prompt\":\"Say hi\"}"));
    assertEquals(404, answer.status, answer.body);
    ApiException error = answer.error();
    assertEquals(NotFoundException.class, error.getClass());
    assertEquals(Optional.of(ErrorCode.MODEL_NOT_FOUND), error.errorCode());
    assertEquals("Model text-huge not found", error.getMessage());
    assertEquals(Optional.of("model"), error.field());
    assertEquals(Map.of("model", "text-huge", "available", 3L), error.params());
    assertEquals(List.of(), error.violations());
    assertTrue(answer.body.contains("\"params\":{\"model\":\"text-huge\",\"available\":3}"), answer.body);
  }

  @Test
  @DisplayName("sendError(n): the status's fallback, or the 4xx one for a status without; never the reason given")
  void sendError() throws Exception {
    assertError(send(get("/test/send-error/404")), 404, NotFoundException.class, ErrorCode.ENDPOINT_NOT_FOUND,
        null, null);
    assertError(send(get("/test/send-error/503")), 503, ServiceUnavailableException.class,
        ErrorCode.SERVICE_UNAVAILABLE, null, null);
    Answer conflict = send(get("/test/send-error/409").header("Accept", "application/xml"));
    assertError(conflict, 409, ApiException.class, ErrorCode.INVALID_REQUEST, null, null);
    assertFalse(conflict.body.contains("secret"), conflict.body);
  }

  @Test
  @DisplayName("a @ResponseStatus exception, which Spring answers with sendError, is the envelope too")
  void responseStatusException() throws Exception {
    Answer answer = send(get("/test/teapot"));
    assertError(answer, 418, ApiException.class, ErrorCode.INVALID_REQUEST, null, null);
    assertFalse(answer.body.contains("secret"), answer.body);
  }

  @Test
  @DisplayName("the container's error page: an error dispatch and a request for /error are the envelope")
  void errorPage() throws Exception {
    Answer early = send(get("/test/early"));
    assertError(early, 503, ServiceUnavailableException.class, ErrorCode.SERVICE_UNAVAILABLE, null, null);
    assertFalse(early.body.contains("secret"), early.body);
    assertError(send(get("/error")), 404, NotFoundException.class, ErrorCode.ENDPOINT_NOT_FOUND, null, null);
  }

  @Test
  @DisplayName("an uncaught exception: 500 with the fallback, its message only in the server's log, with the stack")
  void uncaughtException(CapturedOutput output) throws Exception {
    Answer answer = send(post(TEXT, "{\"model\":\"text-small\",\"prompt\":\"please crash\"}"));
    assertError(answer, 500, InternalServerErrorException.class, ErrorCode.INTERNAL_ERROR, null, null);
    assertFalse(answer.body.contains("secret"), answer.body);
    String requestId = answer.headers.firstValue("X-Request-Id").orElseThrow();
    assertTrue(output.getOut().contains("POST /v1/text/generate failed (request " + requestId + ")"), output.getOut());
    assertTrue(output.getOut().contains("java.lang.IllegalStateException: secret: the database password is hunter2\n"
        + "\tat com.example.testsupport.TestEndpoints$1.generateText("), output.getOut());
  }

  @Test
  @DisplayName("X-Request-Id: a safe client value is reused in the header, the envelope and the MDC")
  void clientRequestIdReused() throws Exception {
    String id = "client-7f3a_9.b:c";
    Answer error = send(get("/v1/nothing").header("Authorization", KEY).header("X-Request-Id", id));
    assertEquals(Optional.of(id), error.headers.firstValue("X-Request-Id"));
    assertEquals(Optional.of(id), error.error().requestId());
    Answer success = send(get("/test/mdc").header("X-Request-Id", id));
    assertEquals(200, success.status);
    assertEquals(Optional.of(id), success.headers.firstValue("X-Request-Id"));
    assertEquals("{\"requestId\":\"" + id + "\"}", success.body);
    String longest = "a".repeat(RequestIdFilter.MAX_LENGTH);
    assertEquals(Optional.of(longest), send(get("/test/mdc").header("X-Request-Id", longest)).headers
        .firstValue("X-Request-Id"));
  }

  @Test
  @DisplayName("X-Request-Id: a missing or unsafe client value is replaced by a new id, on successes too")
  void unsafeRequestIdReplaced() throws Exception {
    for (String unsafe : List.of("a".repeat(RequestIdFilter.MAX_LENGTH + 1), "two words", "x;y=1", "\u00fcber",
        "<script>", "")) {
      Answer answer = send(get("/test/mdc").header("X-Request-Id", unsafe));
      String id = answer.headers.firstValue("X-Request-Id").orElseThrow();
      assertTrue(id.matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"), unsafe + " -> " + id);
      assertEquals("{\"requestId\":\"" + id + "\"}", answer.body);
    }
    Answer none = send(post(TEXT, VALID_TEXT));
    assertEquals(200, none.status);
    assertTrue(none.headers.firstValue("X-Request-Id").isPresent());
    Answer a = send(get("/v1/nothing").header("Authorization", KEY));
    Answer b = send(get("/v1/nothing").header("Authorization", KEY));
    assertFalse(a.headers.firstValue("X-Request-Id").equals(b.headers.firstValue("X-Request-Id")));
  }

  /** Asserts an error answer, as the generated client decodes it, with the envelope's request id echoed. */
  private static void assertError(Answer answer, int status, Class<? extends ApiException> type, ErrorCode code,
      String field, String issue) {
    assertEquals(status, answer.status, answer.body);
    assertEquals(Optional.of("application/json"), answer.headers.firstValue("Content-Type"));
    ApiException error = answer.error();
    assertEquals(type, error.getClass());
    assertEquals(Optional.of(code), error.errorCode(), answer.body);
    assertEquals(code.message(), error.getMessage());
    assertEquals(Optional.ofNullable(field), error.field(), answer.body);
    assertEquals(Optional.ofNullable(issue), error.issue(), answer.body);
    assertTrue(error.requestId().isPresent(), answer.body);
    assertEquals(answer.headers.firstValue("X-Request-Id"), error.requestId());
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
  }

  private HttpRequest.Builder get(String path) {
    return request(path).GET();
  }

  private HttpRequest.Builder post(String path, String json) {
    return post(path, json, KEY);
  }

  private HttpRequest.Builder post(String path, String json, String authorization) {
    HttpRequest.Builder request = request(path).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json));
    return authorization == null ? request : request.header("Authorization", authorization);
  }

  private Answer send(HttpRequest.Builder request) throws Exception {
    HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    return new Answer(response.statusCode(), response.headers(), response.body());
  }

  /** A response: status, headers and body. */
  private record Answer(int status, HttpHeaders headers, String body) {
    ApiException error() {
      return ApiException.fromResponse(status, body, headers.map());
    }
  }
}
