package com.example.api;

import static com.example.api.Scenarios.TEXT;
import static com.example.api.Scenarios.VALID_RESULT;
import static com.example.api.Scenarios.valid;
import static com.example.api.Scenarios.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.example.api.errors.ErrorCode;
import com.example.api.server.ApiKeys;
import com.example.api.server.ApiKeys.Standing;
import com.example.api.server.ApiServer;
import com.example.api.server.ApiServer.Answer;
import com.example.api.server.ModelBackend;
import com.example.api.server.ParamsServer;
import com.sun.net.httpserver.HttpServer;
import io.github.errorspec.core.generate.StatusNames;
import io.github.errorspec.core.load.SpecLoader;
import io.github.errorspec.core.testing.ExternalTools;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;

/**
 * What a client in another language must receive from the Java server, over loopback HTTP, to
 * agree with the Java client ({@link ServerClientTest}): each test hands a plan of requests to the
 * language's request runner ({@code src/test/<language>/}), which makes them with the example's
 * client and prints one JSON line per request, and compares every line with the expectation: the
 * class the generators name for the status, code, message, field, issue, retry advice, wait, params
 * and violations, and the request id the server gave that request ({@link ApiServer#onAnswer}).
 */
@TestInstance(Lifecycle.PER_CLASS)
abstract class AbstractClientProgramTest {

  /** The module's directory, where the tests run. */
  static final Path MODULE = Path.of("").toAbsolutePath();

  private ApiServer server;
  private StatusNames names;
  private StatusNames paramsNames;

  /** The language, as messages name it. */
  abstract String language();

  /** Runs the language's request runner over the plan file {@code plan}. */
  abstract ExternalTools.Result run(Path plan);

  @BeforeAll
  void startServer() throws Exception {
    names = StatusNames.of(new SpecLoader().load(Path.of(System.getProperty("errorspec.spec", "../error-spec.yaml"))));
    paramsNames = ParamsScenarios.names();
    server = Scenarios.startServer();
  }

  @AfterAll
  void stopServer() {
    server.close();
  }

  @Test
  @DisplayName("each failure of the scenario table arrives as its class, code, message, field, issue and request id")
  void failures() throws IOException {
    check(server, null, Scenarios.all().stream()
        .map(scenario -> new Step(Request.post(scenario.name(), scenario.key(), scenario.path(), scenario.form()),
            Expected.error(scenario.code(), scenario.field(), scenario.issue())))
        .collect(Collectors.toList()));
  }

  @Test
  @DisplayName("an unknown endpoint and an unknown result are 404s")
  void notFound() throws IOException {
    check(server, null, List.of(
        new Step(Request.post("unknown endpoint", "sk-active", "/v1/audio/generate", valid()),
            Expected.error(ErrorCode.ENDPOINT_NOT_FOUND, null, "POST /v1/audio/generate")),
        new Step(Request.generation("unknown result", "sk-active", "gen_999999"),
            Expected.error(ErrorCode.RESOURCE_NOT_FOUND, null, "no generation gen_999999"))));
  }

  @Test
  @DisplayName("a body that is not a form is an invalid request, decoded by the generated response check")
  void invalidRequest() throws IOException {
    check(server, null, List.of(new Step(Request.jsonBody("JSON body", "sk-active", TEXT, "{\"prompt\":\"hi\"}"),
        Expected.error(ErrorCode.INVALID_REQUEST, null, "send the fields as application/x-www-form-urlencoded"))));
  }

  @Test
  @DisplayName("overload is retried with the generated backoff, 2 s then 4 s, until the server recovers; client errors never")
  void retriesOverload() throws IOException {
    server.overloadNext(2);
    check(server, null, List.of(
        new Step(Request.post("overloaded twice", "sk-active", TEXT, valid()).retrying(),
            Expected.result(VALID_RESULT).afterSleeps(2000, 4000)),
        new Step(Request.post("client error", "sk-active", TEXT, with(valid(), "temperature", "9")).retrying(),
            Expected.error(ErrorCode.INVALID_TEMPERATURE, "temperature", "was 9"))));
  }

  @Test
  @DisplayName("after the last attempt the retryable error reaches the caller; maintenance is 503 too")
  void retriesEndWithTheError() throws IOException {
    server.overloadNext(3);
    check(server, null, List.of(new Step(Request.post("overloaded three times", "sk-active", TEXT, valid()).retrying(),
        Expected.error(ErrorCode.OVERLOADED, null, "retry with backoff").afterSleeps(2000, 4000))));
    server.maintenance(true);
    try {
      check(server, null, List.of(new Step(Request.post("maintenance", "sk-active", TEXT, valid()),
          Expected.error(ErrorCode.SERVICE_UNAVAILABLE, null, null))));
    } finally {
      server.maintenance(false);
    }
  }

  @Test
  @DisplayName("a rate-limited client waits as long as Retry-After says, then gets through")
  void honoursRetryAfter() throws IOException {
    ApiKeys keys = new ApiKeys().add("sk-burst", Standing.ACTIVE, 100);
    try (LoopbackClock clock = new LoopbackClock(5_250);
        ApiServer limited = ApiServer.start(0, keys, 1, ModelBackend.echo(), clock)) {
      check(limited, clock.uri(), List.of(
          new Step(Request.post("first in its second", "sk-burst", TEXT, valid()), Expected.result(VALID_RESULT)),
          new Step(Request.post("second in its second", "sk-burst", TEXT, valid()).retrying(),
              Expected.result(VALID_RESULT).afterSleeps(1000))));
    }
  }

  @Test
  @DisplayName("a server asking for longer than the client's maximum wait is not retried, and says how long")
  void retryAfterAboveTheMaximum() throws IOException {
    ApiKeys keys = new ApiKeys().add("sk-burst", Standing.ACTIVE, 100);
    try (ApiServer limited = ApiServer.start(0, keys, 1, ModelBackend.echo(), () -> 5_250L)) {
      check(limited, null, List.of(
          new Step(Request.post("first in its second", "sk-burst", TEXT, valid()), Expected.result(VALID_RESULT)),
          new Step(Request.post("second, waiting at most 500 ms", "sk-burst", TEXT, valid()).retrying().waitingAtMost(500),
              Expected.error(ErrorCode.RATE_LIMIT_EXCEEDED, null, "1 requests per 1000 ms").retryAfter(1000))));
    }
  }

  @Test
  @DisplayName("the second catalog's params arrive with their JSON types, and every violation in order")
  void paramsAndViolations() throws IOException {
    try (ParamsServer target = ParamsScenarios.startServer()) {
      check(target.uri(), target::onAnswer, null, paramsNames, ParamsScenarios.all().stream()
          .map(scenario -> new Step(Request.params(scenario.name(), scenario.form()), scenario.expected()))
          .collect(Collectors.toList()));
    }
  }

  private void check(ApiServer target, URI clock, List<Step> steps) throws IOException {
    check(target.uri(), target::onAnswer, clock, names, steps);
  }

  /**
   * Runs the steps' requests against the server at {@code target}, whose answers go to the
   * listener given to {@code onAnswer} (with the runner's waits moving {@code clock}, when given),
   * and compares the runner's output, line by line, with the steps' expectations, each completed
   * with the request id the server answered the request's last attempt with and the class
   * {@code names} gives its status.
   */
  private void check(URI target, Consumer<Consumer<Answer>> onAnswer, URI clock, StatusNames names, List<Step> steps)
      throws IOException {
    List<Answer> answers = new CopyOnWriteArrayList<>();
    Path plan = Files.createTempFile("requests", ".json");
    ExternalTools.Result result;
    onAnswer.accept(answers::add);
    try {
      Files.writeString(plan, plan(target, clock, steps), StandardCharsets.UTF_8);
      result = run(plan);
    } finally {
      onAnswer.accept(answer -> { });
      Files.delete(plan);
    }
    String output = result.output();
    assertEquals(0, result.exitCode(), () -> "the " + language() + " runner failed:\n" + output);

    StringBuilder expected = new StringBuilder();
    List<String> expectedAnswers = new ArrayList<>();
    List<String> lastAnswers = new ArrayList<>();
    int exchanges = 0;
    for (Step step : steps) {
      exchanges += step.expected().sleeps().size() + 1;
      Answer last = exchanges <= answers.size() ? answers.get(exchanges - 1) : null;
      expected.append(step.expected().line(step.request().name(), last == null ? null : last.requestId(), names))
          .append('\n');
      expectedAnswers.add(step.expected().status() + " " + step.expected().code());
      lastAnswers.add(last == null ? "no answer" : last.status() + " " + last.code());
    }
    assertEquals(expected.toString(), output, () -> "what the " + language() + " client received, line by line");
    assertEquals(expectedAnswers, lastAnswers, () -> "the server's answers to each request's last attempt: " + answers);
    assertEquals(exchanges, answers.size(), () -> "exchanges of the " + language() + " client: " + answers);
  }

  private static String plan(URI server, URI clock, List<Step> steps) {
    return "{\"baseUrl\":" + json(server.toString()) + ",\"clockUrl\":" + json(clock == null ? null : clock.toString())
        + ",\"requests\":[\n" + steps.stream().map(step -> step.request().toJson()).collect(Collectors.joining(",\n"))
        + "\n]}\n";
  }

  /** A JSON string as {@code JSON.stringify} and Python's {@code json.dumps} write it, or {@code null}. */
  static String json(String text) {
    if (text == null) {
      return "null";
    }
    StringBuilder out = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"', '\\' -> out.append('\\').append(c);
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> out.append(c < 0x20 ? String.format(Locale.ROOT, "\\u%04x", (int) c) : String.valueOf(c));
      }
    }
    return out.append('"').toString();
  }

  /** A request and what the client must receive for it. */
  record Step(Request request, Expected expected) {}

  /**
   * One request of a plan: {@code call} is {@code post} (the client's {@code post(path, form)}),
   * {@code generation} (its {@code generation(id)}), {@code json} (a JSON body sent without the
   * client) or {@code params} (a form sent without the client to {@link ParamsServer}, read with
   * the second catalog's module); the client retries as the generated helper does with
   * {@code maxAttempts} (1: never) and {@code maxDelayMs}.
   */
  record Request(String name, String call, String key, String path, String id, Map<String, String> form,
      String body, int maxAttempts, long maxDelayMs) {

    static Request post(String name, String key, String path, Map<String, String> form) {
      return new Request(name, "post", key, path, null, form, null, 1, 60_000);
    }

    static Request generation(String name, String key, String id) {
      return new Request(name, "generation", key, null, id, null, null, 1, 60_000);
    }

    static Request jsonBody(String name, String key, String path, String body) {
      return new Request(name, "json", key, path, null, null, body, 1, 60_000);
    }

    static Request params(String name, Map<String, String> form) {
      return new Request(name, "params", null, ParamsScenarios.PATH, null, form, null, 1, 60_000);
    }

    /** The same request, retried with the generated helper's defaults: 3 attempts. */
    Request retrying() {
      return new Request(name, call, key, path, id, form, body, 3, maxDelayMs);
    }

    /** The same request, its client giving up on a server that asks for longer than {@code millis}. */
    Request waitingAtMost(long millis) {
      return new Request(name, call, key, path, id, form, body, maxAttempts, millis);
    }

    String toJson() {
      String fields = form == null ? "null" : form.entrySet().stream()
          .map(field -> json(field.getKey()) + ":" + json(field.getValue()))
          .collect(Collectors.joining(",", "{", "}"));
      return "{\"name\":" + json(name) + ",\"call\":" + json(call) + ",\"key\":" + json(key)
          + ",\"path\":" + json(path) + ",\"id\":" + json(id) + ",\"form\":" + fields + ",\"body\":" + json(body)
          + ",\"maxAttempts\":" + maxAttempts + ",\"maxDelayMs\":" + maxDelayMs + "}";
    }
  }

  /**
   * What a request must end in: {@code error}, or else the generated {@code result}; after the
   * client's retries waited {@code sleeps} milliseconds.
   */
  record Expected(List<Long> sleeps, ErrorLine error, String result) {

    /** The error of a code of the first catalog, with its message as the catalog writes it. */
    static Expected error(ErrorCode code, String field, String issue) {
      return error(new ErrorLine(code.httpStatus(), code.code(), code.message(), field, issue, code.retryable(), null,
          Map.of(), List.of()));
    }

    static Expected error(ErrorLine error) {
      return new Expected(List.of(), error, null);
    }

    static Expected result(String result) {
      return new Expected(List.of(), null, result);
    }

    Expected afterSleeps(long... millis) {
      return new Expected(Arrays.stream(millis).boxed().collect(Collectors.toList()), error, result);
    }

    Expected retryAfter(long millis) {
      return new Expected(sleeps, error.withRetryAfter(millis), result);
    }

    int status() {
      return error == null ? 200 : error.status();
    }

    String code() {
      return error == null ? null : error.code();
    }

    /**
     * The runner's line for a request named {@code name} that the server answered with
     * {@code requestId}: the error's class is the one {@code names} gives its status.
     */
    String line(String name, String requestId, StatusNames names) {
      String start = "{\"name\":" + json(name) + ",\"sleeps\":"
          + sleeps.stream().map(String::valueOf).collect(Collectors.joining(",", "[", "]"));
      if (error == null) {
        return start + ",\"result\":" + json(result) + "}";
      }
      return start + ",\"error\":{\"class\":" + json(names.errorName(error.status()))
          + ",\"status\":" + error.status()
          + ",\"code\":" + json(error.code())
          + ",\"errorCode\":" + json(error.code())
          + ",\"message\":" + json(error.message())
          + ",\"field\":" + json(error.field())
          + ",\"issue\":" + json(error.issue())
          + ",\"requestId\":" + json(requestId)
          + ",\"retryable\":" + error.retryable()
          + ",\"retryAfterMs\":" + error.retryAfterMs()
          + ",\"params\":" + error.params().entrySet().stream()
              .map(param -> json(param.getKey()) + ":" + jsonValue(param.getValue()))
              .collect(Collectors.joining(",", "{", "}"))
          + ",\"violations\":" + error.violations().stream()
              .map(violation -> "{\"field\":" + json(violation.field()) + ",\"issue\":" + json(violation.issue()) + "}")
              .collect(Collectors.joining(",", "[", "]"))
          + "}}";
    }

    /**
     * A param value as JSON, its type visible: a {@code Long} as digits ({@code 4096}), a
     * {@code Double} as Java writes it, so that a whole one keeps its {@code .0} ({@code 4096.0},
     * as Python's {@code json.dumps} writes a float), a string quoted ({@code "4096"}).
     */
    private static String jsonValue(Object value) {
      if (value instanceof String text) {
        return json(text);
      }
      if (value instanceof Long || value instanceof Double || value instanceof Boolean) {
        return value.toString();
      }
      throw new IllegalArgumentException("not a param value: " + value);
    }
  }

  /**
   * An error as every client must describe it: status (which names its class), code (known to the
   * client's module), message, field, issue, retry advice, the server's wait, the params by name in
   * the order sent (each a {@code String}, {@code Long}, {@code Double} or {@code Boolean}) and the
   * violations in order; the field, the issue and the wait are null when absent.
   */
  record ErrorLine(int status, String code, String message, String field, String issue, boolean retryable,
      Long retryAfterMs, Map<String, Object> params, List<Violated> violations) {

    ErrorLine {
      params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
      violations = List.copyOf(violations);
    }

    ErrorLine withRetryAfter(long millis) {
      return new ErrorLine(status, code, message, field, issue, retryable, millis, params, violations);
    }
  }

  /** A violation as the clients print it: its field (null when it has none) and issue. */
  record Violated(String field, String issue) {}

  /**
   * A stopped clock that moves only when the runner's recording sleep reports a wait
   * ({@code POST /advance?ms=N}), as {@link ServerClientTest}'s sleeper moves its own: the server's
   * rate limit then sees the time the client waited.
   */
  private static final class LoopbackClock implements LongSupplier, AutoCloseable {
    private final AtomicLong now;
    private final HttpServer http;

    LoopbackClock(long start) throws IOException {
      now = new AtomicLong(start);
      http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      http.createContext("/advance", exchange -> {
        try (exchange) {
          now.addAndGet(Long.parseLong(exchange.getRequestURI().getQuery().substring("ms=".length())));
          exchange.sendResponseHeaders(204, -1);
        }
      });
      http.start();
    }

    URI uri() {
      return URI.create("http://" + http.getAddress().getHostString() + ":" + http.getAddress().getPort() + "/advance");
    }

    @Override
    public long getAsLong() {
      return now.get();
    }

    @Override
    public void close() {
      http.stop(0);
    }
  }
}
