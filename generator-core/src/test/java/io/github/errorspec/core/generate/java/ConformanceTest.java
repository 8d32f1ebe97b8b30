package io.github.errorspec.core.generate.java;

import static io.github.errorspec.core.generate.java.CompiledApi.call;
import static io.github.errorspec.core.generate.java.Corpus.show;
import static io.github.errorspec.core.generate.java.Corpus.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.github.errorspec.core.generate.GoldenCatalog;
import io.github.errorspec.core.generate.java.Corpus.HeaderShape;
import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.SocketException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The shared client contract ({@code conformance/}) run against the Java generated from the
 * repository's catalog: every decoding case through {@code ApiException.fromResponse}, every retry
 * scenario through {@code RetryPolicy} with a fake operation and a recording sleeper.
 */
@DisplayName("Conformance corpus, Java")
class ConformanceTest {

  private static CompiledApi api;

  @BeforeAll
  static void compile() {
    api = CompiledApi.compile(GoldenCatalog.SEED, 8);
  }

  @TestFactory
  @DisplayName("decoding cases")
  Stream<DynamicNode> decoding() {
    return Corpus.files("decode").stream().map(file -> {
      JsonNode corpus = Corpus.read(file);
      Clock clock = Clock.fixed(Instant.parse(corpus.get("now").asText()), ZoneOffset.UTC);
      return DynamicContainer.dynamicContainer(file.getFileName().toString(), file.toUri(),
          elements(corpus.get("cases")).map(decodeCase -> DynamicTest.dynamicTest(decodeCase.get("id").asText(),
              () -> decode(decodeCase, clock))));
    });
  }

  @TestFactory
  @DisplayName("retry scenarios")
  Stream<DynamicNode> retrying() {
    return Corpus.files("retry").stream().map(file -> DynamicContainer.dynamicContainer(
        file.getFileName().toString(), file.toUri(),
        elements(Corpus.read(file).get("scenarios")).map(scenario -> DynamicTest.dynamicTest(
            scenario.get("id").asText(), () -> retry(scenario)))));
  }

  private static void decode(JsonNode decodeCase, Clock clock) {
    String id = decodeCase.get("id").asText();
    int status = decodeCase.get("status").asInt();
    String body = new String(Corpus.body(decodeCase), StandardCharsets.UTF_8);
    List<String> problems = new ArrayList<>();
    for (HeaderShape shape : HeaderShape.values()) {
      Map<String, List<String>> headers = shape.of(decodeCase.path("headers"));
      Object error = api.callStatic("ApiException", "fromResponse", status, body, headers, clock);
      Map<String, Object> actual = members(error);
      JsonNode expect = decodeCase.get("expect");
      String shapeName = " (headers " + shape.name().toLowerCase(java.util.Locale.ROOT) + ")";
      expect.properties().forEach(expected -> {
        if (actual.containsKey(expected.getKey()) && !TYPED.contains(expected.getKey())) {
          compare(problems, id, expected.getKey() + shapeName, value(expected.getValue()), actual.get(expected.getKey()));
        }
      });
      compare(problems, id, "params" + shapeName, Corpus.params(expect.path("params")), actual.get("params"));
      compare(problems, id, "violations" + shapeName, Corpus.violations(expect.path("violations")),
          actual.get("violations"));
    }
    if (!problems.isEmpty()) {
      fail(String.join("\n", problems.subList(0, Math.min(problems.size(), 20))));
    }
  }

  /** Members compared with their JSON types, and as {@code {}} / {@code []} when {@code expect} leaves them out. */
  private static final List<String> TYPED = List.of("params", "violations");

  /** What the contract compares, read from an {@code ApiException}. */
  private static Map<String, Object> members(Object error) {
    Map<String, Object> members = new LinkedHashMap<>();
    members.put("class", className(error));
    members.put("code", call(error, "code"));
    members.put("message", ((Exception) error).getMessage());
    members.put("field", ((Optional<?>) call(error, "field")).orElse(null));
    members.put("issue", ((Optional<?>) call(error, "issue")).orElse(null));
    members.put("request_id", ((Optional<?>) call(error, "requestId")).orElse(null));
    members.put("retryable", call(error, "retryable"));
    members.put("retry_after_ms", ((Optional<?>) call(error, "retryAfter")).map(wait -> millis((Duration) wait))
        .orElse(null));
    members.put("doc_url", ((Optional<?>) call(error, "docUrl")).orElse(null));
    members.put("params", call(error, "params"));
    List<List<Object>> violations = new ArrayList<>();
    for (Object violation : (List<?>) call(error, "violations")) {
      violations.add(java.util.Arrays.asList(((Optional<?>) call(violation, "field")).orElse(null),
          call(violation, "issue")));
    }
    members.put("violations", violations);
    return members;
  }

  /** The class's simple name without {@code Exception}: {@code Api} for {@code ApiException}. */
  private static String className(Object error) {
    return error.getClass().getSimpleName().replaceFirst("Exception$", "");
  }

  private static long millis(Duration wait) {
    return wait.toMillis() + (wait.getNano() % 1_000_000 >= 500_000 ? 1 : 0);
  }

  private static void retry(JsonNode scenario) throws Exception {
    String id = scenario.get("id").asText();
    JsonNode expect = scenario.get("expect");
    List<Long> waits = new ArrayList<>();
    FakeOperation operation = new FakeOperation(api, id, scenario.get("outcomes"));
    Object policy;
    try {
      policy = RetryRun.policy(api, scenario.path("options"), waits::add);
    } catch (IllegalArgumentException rejected) {
      policy = null;
    }
    List<String> problems = new ArrayList<>();
    String result;
    Throwable thrown = null;
    if (policy == null) {
      result = "invalid_options";
    } else {
      try {
        RetryRun.call(api, policy, operation);
        result = "ok";
      } catch (IOException transport) {
        result = "transport";
        thrown = transport;
      } catch (RuntimeException error) {
        result = api.type("ApiException").isInstance(error) ? "error" : "exception " + error;
        thrown = error;
      }
    }
    compare(problems, id, "result", expect.get("result").asText(), result);
    if (expect.has("class")) {
      compare(problems, id, "class", expect.get("class").asText(), thrown == null ? null : className(thrown));
    }
    if (expect.has("code")) {
      compare(problems, id, "code", expect.get("code").asText(), "error".equals(result) ? call(thrown, "code") : null);
    }
    if (thrown instanceof IOException) {
      compare(problems, id, "transport", operation.lastTransport(), thrown);
    }
    compare(problems, id, "attempts", expect.get("attempts").asLong(), (long) operation.attempts());
    List<Long> expectedWaits = new ArrayList<>();
    expect.get("waits_ms").forEach(wait -> expectedWaits.add(wait.asLong()));
    compare(problems, id, "waits_ms", expectedWaits, waits);
    if (!problems.isEmpty()) {
      fail(String.join("\n", problems));
    }
  }

  @Test
  @DisplayName("a real refused connection on loopback is retried only with connection-error retries on")
  void refusedConnectionOnLoopback() throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      port = socket.getLocalPort();
    }
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/")).build();
    for (boolean retried : new boolean[] {false, true}) {
      List<Long> waits = new ArrayList<>();
      int[] attempts = {0};
      Object policy = call(RetryRun.policy(api, MissingNode.getInstance(), waits::add),
          "withConnectionErrorRetries", retried);
      IOException refused = assertThrows(IOException.class, () -> RetryRun.call(api, policy, () -> {
        attempts[0]++;
        return client.send(request, HttpResponse.BodyHandlers.discarding());
      }));

      assertInstanceOf(ConnectException.class, refused, "refused connections are ConnectExceptions");
      assertEquals(retried ? 3 : 1, attempts[0], "attempts with retries " + retried);
      assertEquals(retried ? List.of(2000L, 4000L) : List.of(), waits);
    }
  }

  private static void compare(List<String> problems, String id, String member, Object expected, Object actual) {
    boolean same = expected instanceof Long && actual instanceof Integer ? expected.equals((long) (int) actual)
        : expected == null ? actual == null : expected.equals(actual);
    if (!same && !(actual instanceof Throwable && expected == actual)) {
      problems.add(id + " [java] " + member + ": expected " + show(expected) + ", got " + show(actual));
    }
  }

  private static Stream<JsonNode> elements(JsonNode array) {
    return StreamSupport.stream(array.spliterator(), false);
  }

  /** The transport failures of the corpus, as Java's HTTP clients throw them. */
  static IOException transport(String kind) {
    switch (kind) {
      case "refused":
        return new ConnectException("Connection refused");
      case "reset":
        return new SocketException("Connection reset");
      case "timeout":
        return new HttpTimeoutException("request timed out");
      default:
        throw new AssertionError("unknown transport failure: " + kind);
    }
  }
}
