package com.example.api;

import static com.example.api.Scenarios.valid;
import static com.example.api.Scenarios.validImage;
import static com.example.api.Scenarios.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.api.Scenarios.Scenario;
import com.example.api.client.ApiClient;
import com.example.api.errors.ApiException;
import com.example.api.errors.BadRequestException;
import com.example.api.errors.ErrorCode;
import com.example.api.errors.RateLimitExceededException;
import com.example.api.errors.RetryPolicy;
import com.example.api.errors.ServiceUnavailableException;
import com.example.api.server.ApiKeys;
import com.example.api.server.ApiKeys.Standing;
import com.example.api.server.ApiServer;
import com.example.api.server.ModelBackend;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A real server and a real client, both built on the code generated from error-spec.yaml, over
 * loopback HTTP: every code the server produces arrives at the client as the right exception.
 */
@DisplayName("Example server and client agree on every error")
class ServerClientTest {

  private static final RetryPolicy NO_RETRY = RetryPolicy.defaults().withMaxAttempts(1);
  private static final Set<ErrorCode> PRODUCED = EnumSet.noneOf(ErrorCode.class);

  private static ApiServer server;

  @BeforeAll
  static void start() throws IOException {
    server = Scenarios.startServer();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("com.example.api.Scenarios#all")
  @DisplayName("each failure reaches the client as its code, status, field, issue and request id")
  void failures(Scenario scenario) {
    ApiClient client = new ApiClient(server.uri(), scenario.key(), NO_RETRY);
    ApiException e = assertThrows(ApiException.class, () -> client.post(scenario.path(), scenario.form()));
    assertReceived(scenario.code(), scenario.field(), scenario.issue(), e);
  }

  @Test
  @DisplayName("an unknown endpoint and an unknown result are 404s")
  void notFound() {
    ApiClient client = new ApiClient(server.uri(), "sk-active", NO_RETRY);
    assertReceived(ErrorCode.ENDPOINT_NOT_FOUND, null, "POST /v1/audio/generate",
        assertThrows(ApiException.class, () -> client.post("/v1/audio/generate", valid())));
    assertReceived(ErrorCode.RESOURCE_NOT_FOUND, null, "no generation gen_999999",
        assertThrows(ApiException.class, () -> client.generation("gen_999999")));
  }

  @Test
  @DisplayName("a body that is not a form is an invalid request")
  void invalidRequest() throws Exception {
    HttpResponse<String> response = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(server.uri().resolve("/v1/text/generate"))
            .header("Authorization", "Bearer sk-active")
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString("{\"prompt\":\"hi\"}"))
            .build(),
        HttpResponse.BodyHandlers.ofString());
    assertReceived(ErrorCode.INVALID_REQUEST, null, "send the fields as application/x-www-form-urlencoded",
        ApiException.fromResponse(response.statusCode(), response.body()));
  }

  @Test
  @DisplayName("success returns the result, which can be fetched again by id")
  void success() throws Exception {
    ApiClient client = new ApiClient(server.uri(), "sk-active", NO_RETRY);
    String body = client.generateText(valid());
    assertTrue(body.contains("\"result\":\"text-small says: Say \\\"hi\\\" \\u003cb\\u003e\""), body);
    String id = body.substring(body.indexOf("gen_"), body.indexOf('"', body.indexOf("gen_")));
    assertEquals(body, client.generation(id));
    assertTrue(client.generateImage(validImage()).contains("images.example.com/512x512/hd/"));
  }

  @Test
  @DisplayName("overload is retried with the generated backoff until the server recovers")
  void retriesOverload() throws Exception {
    List<Long> sleeps = new ArrayList<>();
    ApiClient client = new ApiClient(server.uri(), "sk-active", RetryPolicy.defaults().withSleeper(sleeps::add));
    server.overloadNext(2);
    assertTrue(client.generateText(valid()).contains("says"));
    assertEquals(List.of(2000L, 4000L), sleeps);
    PRODUCED.add(ErrorCode.OVERLOADED);
  }

  @Test
  @DisplayName("after the last attempt the retryable error reaches the caller; maintenance is 503 too")
  void retriesEndWithTheError() {
    List<Long> sleeps = new ArrayList<>();
    ApiClient client = new ApiClient(server.uri(), "sk-active", RetryPolicy.defaults().withSleeper(sleeps::add));
    server.overloadNext(3);
    assertReceived(ErrorCode.OVERLOADED, null, "retry with backoff", assertThrows(ServiceUnavailableException.class,
        () -> client.generateText(valid())));
    assertEquals(List.of(2000L, 4000L), sleeps);

    server.maintenance(true);
    try {
      assertReceived(ErrorCode.SERVICE_UNAVAILABLE, null, null, assertThrows(ServiceUnavailableException.class,
          () -> new ApiClient(server.uri(), "sk-active", NO_RETRY).generateText(valid())));
    } finally {
      server.maintenance(false);
    }
  }

  @Test
  @DisplayName("client errors are never retried")
  void clientErrorsNotRetried() {
    List<Long> sleeps = new ArrayList<>();
    ApiClient client = new ApiClient(server.uri(), "sk-active", RetryPolicy.defaults().withSleeper(sleeps::add));
    BadRequestException e = assertThrows(BadRequestException.class,
        () -> client.generateText(with(valid(), "temperature", "9")));
    assertTrue(e.is(ErrorCode.INVALID_TEMPERATURE));
    assertEquals(List.of(), sleeps);
  }

  @Test
  @DisplayName("the per-key rate limit answers 429 once a window's requests are used, saying when to come back")
  void rateLimit() throws Exception {
    ApiKeys keys = new ApiKeys().add("sk-burst", Standing.ACTIVE, 100);
    try (ApiServer limited = ApiServer.start(0, keys, 2, ModelBackend.echo(), () -> 5_250L)) {
      ApiClient client = new ApiClient(limited.uri(), "sk-burst", NO_RETRY);
      client.generateText(valid());
      client.generateText(valid());
      RateLimitExceededException e = assertThrows(RateLimitExceededException.class,
          () -> client.generateText(valid()));
      assertTrue(e.is(ErrorCode.RATE_LIMIT_EXCEEDED));
      assertEquals(Optional.of(limited.lastRequestId()), e.requestId());
      assertTrue(e.retryable());
      assertEquals(Optional.of(Duration.ofSeconds(1)), e.retryAfter(), "750 ms to the next window, in whole seconds");
      PRODUCED.add(ErrorCode.RATE_LIMIT_EXCEEDED);
    }
  }

  @Test
  @DisplayName("a rate-limited client waits as long as Retry-After says, then gets through")
  void honoursRetryAfter() throws Exception {
    AtomicLong now = new AtomicLong(5_250);
    List<Long> sleeps = new ArrayList<>();
    ApiKeys keys = new ApiKeys().add("sk-burst", Standing.ACTIVE, 100);
    try (ApiServer limited = ApiServer.start(0, keys, 1, ModelBackend.echo(), now::get)) {
      RetryPolicy waitingOnTheClock = RetryPolicy.defaults().withSleeper(millis -> {
        sleeps.add(millis);
        now.addAndGet(millis);
      });
      ApiClient client = new ApiClient(limited.uri(), "sk-burst", waitingOnTheClock);
      client.generateText(valid());

      assertTrue(client.generateText(valid()).contains("says"));

      assertEquals(List.of(1000L), sleeps, "the server's wait, not the 2 s backoff");
    }
  }

  @Test
  @DisplayName("a server asking for longer than the client's maximum wait is not retried")
  void retryAfterAboveTheMaximum() throws Exception {
    List<Long> sleeps = new ArrayList<>();
    ApiKeys keys = new ApiKeys().add("sk-burst", Standing.ACTIVE, 100);
    try (ApiServer limited = ApiServer.start(0, keys, 1, ModelBackend.echo(), () -> 5_250L)) {
      ApiClient client = new ApiClient(limited.uri(), "sk-burst",
          RetryPolicy.defaults().withMaxDelayMillis(500).withSleeper(sleeps::add));
      client.generateText(valid());

      RateLimitExceededException e = assertThrows(RateLimitExceededException.class, () -> client.generateText(valid()));

      assertEquals(Optional.of(Duration.ofSeconds(1)), e.retryAfter());
      assertEquals(List.of(), sleeps);
    }
  }

  @Test
  @DisplayName("the server keeps each failure's cause for its log; the client never sees it")
  void causesStayOnTheServer() {
    List<ApiException> logged = new ArrayList<>();
    server.onError(logged::add);
    try {
      ApiClient client = new ApiClient(server.uri(), "sk-active", NO_RETRY);
      ApiException crash = assertThrows(ApiException.class, () -> client.generateText(with(valid(), "prompt",
          "please crash")));
      ApiException failure = assertThrows(ApiException.class, () -> client.generateText(with(valid(), "prompt",
          "please fail")));
      ApiException notANumber = assertThrows(ApiException.class, () -> client.generateText(with(valid(),
          "temperature", "hot")));

      assertEquals(3, logged.size());
      assertEquals("bug", logged.get(0).getCause().getMessage());
      assertTrue(logged.get(0).getCause() instanceof IllegalStateException);
      assertTrue(logged.get(1).getCause() instanceof ModelBackend.ModelException);
      assertTrue(logged.get(2).getCause() instanceof NumberFormatException);
      for (ApiException received : List.of(crash, failure, notANumber)) {
        assertNull(received.getCause());
      }
      assertFalse(crash.toString().contains("bug"), crash.toString());
      assertEquals(Optional.empty(), crash.issue());
    } finally {
      server.onError(error -> { });
    }
  }

  private static void assertReceived(ErrorCode expected, String field, String issue, ApiException e) {
    assertEquals(expected.exception().getClass(), e.getClass(), e.toString());
    assertEquals(expected.code(), e.code());
    assertEquals(Optional.of(expected), e.errorCode());
    assertEquals(expected.httpStatus(), e.httpStatus());
    assertEquals(expected.message(), e.getMessage());
    assertEquals(Optional.ofNullable(field), e.field());
    assertEquals(Optional.ofNullable(issue), e.issue());
    assertEquals(Optional.of(server.lastRequestId()), e.requestId());
    assertEquals(Map.of(), e.params(), "no params in this catalog");
    assertEquals(List.of(), e.violations());
    PRODUCED.add(expected);
  }

  @AfterAll
  static void everyCodeButOneProduced() {
    Set<ErrorCode> never = EnumSet.complementOf(EnumSet.copyOf(PRODUCED));
    // Run alone, a single test produces only its own codes; the whole class covers the catalog.
    if (PRODUCED.size() > 20) {
      assertEquals(EnumSet.of(ErrorCode.INVALID_FILE_FORMAT, ErrorCode.FILE_TOO_LARGE,
          ErrorCode.CONCURRENT_LIMIT_EXCEEDED), never, "codes the example server never produces");
    }
  }
}
