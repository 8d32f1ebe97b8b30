package com.example.api.server;

import com.example.api.params.errors.ApiErrors;
import com.example.api.params.errors.ApiException;
import com.example.api.params.errors.ErrorCode;
import com.example.api.params.errors.Violation;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * A second, small API, on the example's second catalog ({@code params-spec.yaml}), whose errors
 * carry values: text generation paid in credits. It checks every field before it answers, so a
 * request with several invalid fields learns of all of them at once ({@code INVALID_FIELDS} with
 * {@code details.violations}), and a request the account cannot pay for is told the model, the
 * tokens, the price, the credits left and whether it may buy more, as typed params
 * ({@code CREDIT_LIMIT_EXCEEDED}, thrown with the generated {@link ApiErrors} factory).
 *
 * <pre>
 * POST /v1/text/generate  model, prompt, max_tokens (&gt; 0), temperature (0..2) or top_p (0..1)
 * </pre>
 */
public final class ParamsServer implements AutoCloseable {

  /** Credits per token of each model. */
  private static final Map<String, Double> PRICES = Map.of("text-small", 0.001, "text-large", 0.01);
  private static final int MAX_BODY_BYTES = 64 * 1024;
  private static final String PATH = "/v1/text/generate";

  private final HttpServer server;
  private final double credits;
  private final boolean canTopUp;
  private final AtomicInteger requestCounter = new AtomicInteger();
  private volatile Consumer<ApiServer.Answer> answerLog = answer -> { };

  private ParamsServer(HttpServer server, double credits, boolean canTopUp) {
    this.server = server;
    this.credits = credits;
    this.canTopUp = canTopUp;
    server.createContext("/", this::handle);
  }

  /**
   * Starts a server on the loopback address (port 0 picks a free one) for an account with
   * {@code credits} left, which may buy more when {@code canTopUp}. Requests are priced, not charged.
   */
  public static ParamsServer start(int port, double credits, boolean canTopUp) throws IOException {
    HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
    ParamsServer api = new ParamsServer(http, credits, canTopUp);
    http.start();
    return api;
  }

  public URI uri() {
    return URI.create("http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort());
  }

  /** Sends every answer to {@code answerLog} before it goes out, as {@link ApiServer#onAnswer} does. */
  public void onAnswer(Consumer<ApiServer.Answer> answerLog) {
    this.answerLog = answerLog;
  }

  @Override
  public void close() {
    server.stop(0);
  }

  private void handle(HttpExchange exchange) throws IOException {
    String requestId = "req_" + requestCounter.incrementAndGet();
    try (exchange) {
      try {
        respond(exchange, new ApiServer.Answer(requestId, 200, null), route(exchange, requestId));
      } catch (ApiException e) {
        fail(exchange, e, requestId);
      } catch (RuntimeException e) {
        fail(exchange, ErrorCode.INTERNAL_ERROR.exception(e), requestId);
      }
    }
  }

  private String route(HttpExchange exchange, String requestId) throws IOException {
    String method = exchange.getRequestMethod();
    String path = exchange.getRequestURI().getPath();
    if (!method.equals("POST") || !path.equals(PATH)) {
      throw ErrorCode.ENDPOINT_NOT_FOUND.exception(method + " " + path);
    }
    String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
    byte[] body;
    try (InputStream in = exchange.getRequestBody()) {
      body = in.readNBytes(MAX_BODY_BYTES + 1);
    }
    if (!FormBody.isForm(contentType) || body.length > MAX_BODY_BYTES) {
      throw ErrorCode.INVALID_FIELDS.exception().withViolations(List.of(Violation.of(null,
          "send at most " + MAX_BODY_BYTES + " bytes of fields as " + FormBody.CONTENT_TYPE)));
    }
    FormBody form = FormBody.of(new String(body, StandardCharsets.UTF_8));
    List<Violation> violations = new ArrayList<>();
    String model = form.optional("model", "");
    if (model.isEmpty()) {
      violations.add(Violation.of("model", "'model' is required"));
    } else if (!PRICES.containsKey(model)) {
      violations.add(Violation.of("model", "no model " + model + "; choose text-small or text-large"));
    }
    String prompt = form.optional("prompt", "");
    if (prompt.isEmpty()) {
      violations.add(Violation.of("prompt", "'prompt' is required"));
    }
    String maxTokens = form.optional("max_tokens", "256");
    if (!maxTokens.matches("[1-9][0-9]{0,8}")) {
      violations.add(Violation.of("max_tokens", "must be a whole number from 1, was " + maxTokens));
    }
    check(form, "temperature", 2, violations);
    check(form, "top_p", 1, violations);
    if (!form.optional("temperature", "").isEmpty() && !form.optional("top_p", "").isEmpty()) {
      violations.add(Violation.of(null, "set temperature or top_p, not both"));
    }
    if (!violations.isEmpty()) {
      // The first violation also becomes details.field and details.issue, for clients of the plain envelope.
      throw ErrorCode.INVALID_FIELDS.exception().withViolations(violations);
    }
    long tokens = Long.parseLong(maxTokens);
    double cost = tokens * PRICES.get(model);
    if (cost > credits) {
      throw ApiErrors.creditLimitExceeded(model, tokens, cost, credits, canTopUp);
    }
    return "{\"id\":" + Json.quote("gen_" + requestId.substring("req_".length())) + ",\"result\":"
        + Json.quote(model + " says: " + prompt) + "}";
  }

  /** Adds a violation when the optional field {@code name} is not a number from 0 to {@code max}. */
  private static void check(FormBody form, String name, double max, List<Violation> violations) {
    String text = form.optional(name, "");
    if (text.isEmpty()) {
      return;
    }
    double value;
    try {
      value = Double.parseDouble(text);
    } catch (NumberFormatException e) {
      value = Double.NaN;
    }
    if (!(value >= 0 && value <= max)) {
      violations.add(Violation.of(name, "must be from 0 to " + (int) max + ", was " + text));
    }
  }

  private void fail(HttpExchange exchange, ApiException error, String requestId) throws IOException {
    respond(exchange, new ApiServer.Answer(requestId, error.httpStatus(), error.code()),
        error.toErrorResponse(requestId).toJson());
  }

  private void respond(HttpExchange exchange, ApiServer.Answer answer, String json) throws IOException {
    answerLog.accept(answer);
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
    exchange.getResponseHeaders().set("X-Request-Id", answer.requestId());
    exchange.sendResponseHeaders(answer.status(), bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }
}
