package com.example.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.example.api.errors.ApiErrorMetrics;
import com.example.api.errors.ApiException;
import com.example.api.errors.ApiExceptionHandler;
import com.example.api.errors.ErrorCode;
import com.example.api.errors.ErrorResponse;
import com.example.testsupport.TestEndpoints;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.json.BasicJsonParser;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * With Micrometer on the classpath and a registry bean, every error response counts once in
 * {@code api.errors{code,status,retryable}}, and its code is in the MDC while it is logged; a
 * controller may return an {@code ErrorResponse} as its body (Spring's Jackson writes it).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({TestEndpoints.class, ErrorMetricsTest.Metrics.class})
@DisplayName("Micrometer's api.errors, the MDC's error.code, and ErrorResponse through Jackson")
class ErrorMetricsTest {

  private static final String KEY = "Bearer sk-active";

  private final HttpClient http = HttpClient.newHttpClient();
  private final ListAppender<ILoggingEvent> log = new ListAppender<>();
  private final Logger handlerLogger = (Logger) LoggerFactory.getLogger(ApiExceptionHandler.class);

  @Autowired
  private MeterRegistry registry;

  @Value("${local.server.port}")
  private int port;

  /** A registry of its own, and endpoints that throw a code outside the catalog or return an envelope. */
  @TestConfiguration
  @Import(Metrics.Endpoints.class)
  static class Metrics {

    @Bean
    SimpleMeterRegistry simpleMeterRegistry() {
      return new SimpleMeterRegistry();
    }

    @RestController
    static class Endpoints {

      @GetMapping("/test/unknown-code")
      void unknownCode() {
        throw ApiException.fromResponse(409, "{\"error\":{\"code\":\"NOT_IN_THE_CATALOG\",\"message\":\"m\"}}");
      }

      @GetMapping("/test/envelope")
      ErrorResponse envelope() {
        return ErrorCode.INVALID_FIELD_VALUE.exception("temperature", "was 3").toErrorResponse("req_1",
            TestEndpoints.NOW);
      }
    }
  }

  @BeforeEach
  void listen() {
    log.start();
    handlerLogger.addAppender(log);
  }

  @AfterEach
  void stopListening() {
    handlerLogger.detachAppender(log);
  }

  @Test
  @DisplayName("a catalog error thrown in a filter counts once with its code, status and retryability")
  void catalogError() throws Exception {
    assertCountedOnce(get("/v1/text/generate", null), "MISSING_API_KEY", 401, false);
  }

  @Test
  @DisplayName("a code outside the catalog counts as _OTHER")
  void unknownCode() throws Exception {
    assertCountedOnce(get("/test/unknown-code", KEY), ApiErrorMetrics.OTHER, 409, false);
  }

  @Test
  @DisplayName("the framework's 404 counts once with the 404 fallback")
  void frameworkNotFound() throws Exception {
    assertCountedOnce(get("/v1/nothing", KEY), "ENDPOINT_NOT_FOUND", 404, false);
  }

  @Test
  @DisplayName("a request Tomcat rejects before Spring sees it counts once with the 400 fallback")
  void containerRejection() throws Exception {
    assertCountedOnce(get("/a%2Fb", KEY), "INVALID_REQUEST", 400, false);
  }

  @Test
  @DisplayName("an uncaught exception's error log line carries error.code in the MDC")
  void mdcWhileLogged() throws Exception {
    HttpRequest crash = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/v1/text/generate"))
        .header("Authorization", KEY).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"model\":\"text-small\",\"prompt\":\"please crash\"}")).build();
    assertCountedOnce(crash, "INTERNAL_ERROR", 500, ErrorCode.INTERNAL_ERROR.retryable());
    List<ILoggingEvent> errors = log.list.stream().filter(event -> event.getLevel() == Level.ERROR)
        .collect(Collectors.toList());
    assertEquals(1, errors.size(), errors::toString);
    assertEquals("INTERNAL_ERROR", errors.get(0).getMDCPropertyMap().get("error.code"));
  }

  @Test
  @DisplayName("the code is in the MDC while the response is logged, and removed afterwards")
  void mdcRemovedAfterwards() throws Exception {
    Level level = handlerLogger.getLevel();
    handlerLogger.setLevel(Level.DEBUG);
    try {
      ApiExceptionHandler.write(new MockHttpServletRequest("GET", "/x"), new MockHttpServletResponse(), 404,
          ErrorCode.ENDPOINT_NOT_FOUND.exception());
    } finally {
      handlerLogger.setLevel(level);
    }
    assertEquals(1, log.list.size(), log.list::toString);
    assertEquals("ENDPOINT_NOT_FOUND", log.list.get(0).getMDCPropertyMap().get("error.code"));
    assertNull(MDC.get("error.code"));
  }

  @Test
  @DisplayName("a controller returning an ErrorResponse sends the JSON toJson() writes")
  void errorResponseAsBody() throws Exception {
    HttpResponse<String> response = http.send(get("/test/envelope", KEY), HttpResponse.BodyHandlers.ofString());
    assertEquals(200, response.statusCode());
    ErrorResponse expected = ErrorCode.INVALID_FIELD_VALUE.exception("temperature", "was 3")
        .toErrorResponse("req_1", TestEndpoints.NOW);
    assertEquals(tree(expected.toJson()), tree(response.body()));
  }

  /** Sends {@code request} and checks that exactly one api.errors count was added, with these tags. */
  private void assertCountedOnce(HttpRequest request, String code, int status, boolean retryable) throws Exception {
    double before = total();
    double seriesBefore = series(code, status, retryable);
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    assertEquals(status, response.statusCode(), response.body());
    assertEquals(1.0, total() - before, () -> "counters: " + registry.find(ApiErrorMetrics.METER).counters().stream()
        .map(counter -> counter.getId() + "=" + counter.count()).collect(Collectors.toList()));
    assertEquals(1.0, series(code, status, retryable) - seriesBefore);
  }

  private double series(String code, int status, boolean retryable) {
    Counter counter = registry.find(ApiErrorMetrics.METER)
        .tags("code", code, "status", String.valueOf(status), "retryable", String.valueOf(retryable)).counter();
    return counter == null ? 0 : counter.count();
  }

  private double total() {
    return registry.find(ApiErrorMetrics.METER).counters().stream().mapToDouble(Counter::count).sum();
  }

  private HttpRequest get(String path, String key) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    if (key != null) {
      request.header("Authorization", key);
    }
    return request.GET().build();
  }

  /** A JSON text parsed as nested maps. */
  private static Map<String, Object> tree(String json) {
    return (Map<String, Object>) new BasicJsonParser().parseMap(json);
  }
}
