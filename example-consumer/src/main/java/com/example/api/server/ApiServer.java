package com.example.api.server;

import com.example.api.errors.ApiException;
import com.example.api.errors.ErrorCode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * A small AI API on the JDK's HTTP server: text and image generation behind API keys, with field
 * validation and a per-key rate limit. Every failure is a generated {@link ApiException}, rendered
 * as the error envelope with the request's id (and {@code Retry-After} when the exception says how
 * long to wait); the exception, with the cause a failure had, goes to the server's error log.
 *
 * <pre>
 * POST /v1/text/generate    model, prompt, temperature (0..2), max_tokens (&gt; 0)
 * POST /v1/images/generate  model, prompt, size, quality, n (1..4)
 * GET  /v1/generations/ID   a result again
 * </pre>
 */
public final class ApiServer implements AutoCloseable {

  static final int MAX_PROMPT_LENGTH = 4000;
  private static final int MAX_BODY_BYTES = 64 * 1024;
  private static final Set<String> TEXT_MODELS = Set.of("text-small", "text-large", "text-legacy");
  private static final Set<String> IMAGE_MODELS = Set.of("image-1");
  private static final Set<String> UNAVAILABLE_MODELS = Set.of("text-legacy");
  private static final Set<String> IMAGE_SIZES = Set.of("256x256", "512x512", "1024x1024");
  private static final Set<String> IMAGE_QUALITIES = Set.of("standard", "hd");
  private static final Set<String> BANNED_WORDS = Set.of("forbidden");

  private final HttpServer server;
  private final ApiKeys keys;
  private final RateLimiter rateLimiter;
  private final ModelBackend backend;
  private final AtomicInteger requestCounter = new AtomicInteger();
  private final AtomicInteger overloadedResponses = new AtomicInteger();
  private final AtomicBoolean maintenance = new AtomicBoolean();
  private final Map<String, String> results = new ConcurrentHashMap<>();
  private volatile Consumer<ApiException> errorLog = error -> { };
  private volatile Consumer<Answer> answerLog = answer -> { };

  /**
   * A request as the server answered it: the id it sent in {@code X-Request-Id} (and in
   * {@code meta.request_id} of an error), the HTTP status, and the error code, null for a success.
   */
  public record Answer(String requestId, int status, String code) {}

  private ApiServer(HttpServer server, ApiKeys keys, RateLimiter rateLimiter, ModelBackend backend) {
    this.server = server;
    this.keys = keys;
    this.rateLimiter = rateLimiter;
    this.backend = backend;
    server.createContext("/", this::handle);
  }

  /** Starts a server on the loopback address; port 0 picks a free one. */
  public static ApiServer start(int port, ApiKeys keys, int requestsPerSecond, ModelBackend backend)
      throws IOException {
    return start(port, keys, requestsPerSecond, backend, System::currentTimeMillis);
  }

  /** Starts a server whose rate limiter reads {@code clock} (milliseconds), so tests can stop time. */
  public static ApiServer start(int port, ApiKeys keys, int requestsPerSecond, ModelBackend backend,
      LongSupplier clock) throws IOException {
    HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
    ApiServer api = new ApiServer(http, keys, new RateLimiter(requestsPerSecond, 1000, clock), backend);
    http.start();
    return api;
  }

  /**
   * Runs a server for trying clients by hand, until the process ends: on loopback port
   * {@code args[0]} (8080 by default), with the echoing backend, one key ({@code sk-demo-key}, 1,000
   * requests) and at most 2 requests per second.
   */
  public static void main(String[] args) throws IOException {
    int port = args.length > 0 ? Integer.parseInt(args[0]) : 8080;
    ApiKeys keys = new ApiKeys().add("sk-demo-key", ApiKeys.Standing.ACTIVE, 1000);
    ApiServer api = start(port, keys, 2, ModelBackend.echo());
    System.out.println("The example API listens at " + api.uri() + "; its key is sk-demo-key");
  }

  public URI uri() {
    return URI.create("http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort());
  }

  /** The id of the latest request, as sent in {@code meta.request_id}. */
  public String lastRequestId() {
    return "req_" + requestCounter.get();
  }

  /** Answers the next {@code count} requests with OVERLOADED, as a server under load would. */
  public void overloadNext(int count) {
    overloadedResponses.set(count);
  }

  /**
   * Sends every error the server answers with to {@code errorLog}, causes included, as a real
   * server would log them; the client sees only the envelope.
   */
  public void onError(Consumer<ApiException> errorLog) {
    this.errorLog = errorLog;
  }

  /**
   * Sends every answer, success or error, to {@code answerLog} before it goes out, so that a test
   * can tell which request id the server gave each request a client made.
   */
  public void onAnswer(Consumer<Answer> answerLog) {
    this.answerLog = answerLog;
  }

  /** Answers every request with SERVICE_UNAVAILABLE while on. */
  public void maintenance(boolean on) {
    maintenance.set(on);
  }

  @Override
  public void close() {
    server.stop(0);
  }

  private void handle(HttpExchange exchange) throws IOException {
    String requestId = "req_" + requestCounter.incrementAndGet();
    try (exchange) {
      try {
        respond(exchange, new Answer(requestId, 200, null), route(exchange));
      } catch (ApiException e) {
        fail(exchange, e, requestId);
      } catch (RuntimeException e) {
        // A bug: the client learns only that it happened; the log keeps what it was.
        fail(exchange, ErrorCode.INTERNAL_ERROR.exception(e), requestId);
      }
    }
  }

  private String route(HttpExchange exchange) throws IOException {
    if (maintenance.get()) {
      throw ErrorCode.SERVICE_UNAVAILABLE.exception();
    }
    if (overloadedResponses.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
      throw ErrorCode.OVERLOADED.exception("retry with backoff");
    }
    String path = exchange.getRequestURI().getPath();
    String method = exchange.getRequestMethod();
    if (path.equals("/v1/text/generate") || path.equals("/v1/images/generate")) {
      boolean images = path.startsWith("/v1/images");
      String key = keys.authorize(exchange.getRequestHeaders().getFirst("Authorization"), images);
      rateLimiter.acquire(key);
      if (!method.equals("POST")) {
        throw ErrorCode.INVALID_REQUEST.exception(method + " is not allowed here; use POST");
      }
      FormBody form = FormBody.parse(exchange.getRequestHeaders().getFirst("Content-Type"), body(exchange));
      String result = images ? generateImage(form) : generateText(form);
      String id = "gen_" + requestCounter.get();
      results.put(id, result);
      return "{\"id\":" + Json.quote(id) + ",\"result\":" + Json.quote(result) + "}";
    }
    if (path.startsWith("/v1/generations/") && method.equals("GET")) {
      keys.authorize(exchange.getRequestHeaders().getFirst("Authorization"), false);
      String id = path.substring("/v1/generations/".length());
      String result = results.get(id);
      if (result == null) {
        throw ErrorCode.RESOURCE_NOT_FOUND.exception("no generation " + id);
      }
      return "{\"id\":" + Json.quote(id) + ",\"result\":" + Json.quote(result) + "}";
    }
    throw ErrorCode.ENDPOINT_NOT_FOUND.exception(method + " " + path);
  }

  private String generateText(FormBody form) {
    String model = model(form, TEXT_MODELS, IMAGE_MODELS);
    String prompt = prompt(form);
    double temperature = number(form.optional("temperature", "1"), ErrorCode.INVALID_TEMPERATURE);
    if (!(temperature >= 0 && temperature <= 2)) {
      throw ErrorCode.INVALID_TEMPERATURE.exception("was " + form.optional("temperature", ""));
    }
    double maxTokens = number(form.optional("max_tokens", "256"), ErrorCode.INVALID_MAX_TOKENS);
    if (maxTokens < 1 || maxTokens != Math.rint(maxTokens) || maxTokens > Integer.MAX_VALUE) {
      throw ErrorCode.INVALID_MAX_TOKENS.exception("was " + form.optional("max_tokens", ""));
    }
    try {
      return backend.generateText(model, prompt, temperature, (int) maxTokens);
    } catch (ModelBackend.ModelException e) {
      throw ErrorCode.PROCESSING_ERROR.exception(e.getMessage(), e);
    }
  }

  private String generateImage(FormBody form) {
    String model = model(form, IMAGE_MODELS, TEXT_MODELS);
    String prompt = prompt(form);
    for (String word : prompt.toLowerCase(java.util.Locale.ROOT).split("\\W+")) {
      if (BANNED_WORDS.contains(word)) {
        throw ErrorCode.PROMPT_VIOLATION.exception("the prompt contains '" + word + "'");
      }
    }
    String size = form.optional("size", "1024x1024");
    if (!IMAGE_SIZES.contains(size)) {
      throw ErrorCode.INVALID_IMAGE_SIZE.exception("supported: 256x256, 512x512, 1024x1024");
    }
    String quality = form.optional("quality", "standard");
    if (!IMAGE_QUALITIES.contains(quality)) {
      throw ErrorCode.INVALID_IMAGE_QUALITY.exception("supported: hd, standard");
    }
    String n = form.optional("n", "1");
    if (!n.matches("[1-4]")) {
      throw ErrorCode.INVALID_FIELD_VALUE.exception("n", "n must be from 1 to 4, was " + n);
    }
    try {
      return backend.generateImage(model, prompt, size, quality);
    } catch (ModelBackend.ModelException e) {
      throw ErrorCode.PROCESSING_ERROR.exception(e.getMessage(), e);
    }
  }

  private static String model(FormBody form, Set<String> supported, Set<String> otherKind) {
    String model = form.required("model");
    if (otherKind.contains(model)) {
      throw ErrorCode.UNSUPPORTED_MODEL.exception("model", model + " does not serve this endpoint");
    }
    if (!supported.contains(model)) {
      throw ErrorCode.MODEL_NOT_FOUND.exception("model", "no model " + model);
    }
    if (UNAVAILABLE_MODELS.contains(model)) {
      throw ErrorCode.MODEL_UNAVAILABLE.exception(model + " is down for maintenance");
    }
    return model;
  }

  private static String prompt(FormBody form) {
    String prompt = form.required("prompt");
    if (prompt.length() > MAX_PROMPT_LENGTH) {
      throw ErrorCode.PROMPT_TOO_LONG.exception(prompt.length() + " characters, at most " + MAX_PROMPT_LENGTH);
    }
    return prompt;
  }

  private static double number(String text, ErrorCode invalid) {
    try {
      return Double.parseDouble(text);
    } catch (NumberFormatException e) {
      throw invalid.exception("not a number: " + text, e);
    }
  }

  private static String body(HttpExchange exchange) throws IOException {
    try (InputStream in = exchange.getRequestBody()) {
      byte[] bytes = in.readNBytes(MAX_BODY_BYTES + 1);
      if (bytes.length > MAX_BODY_BYTES) {
        throw ErrorCode.INVALID_REQUEST.exception("the body exceeds " + MAX_BODY_BYTES + " bytes");
      }
      return new String(bytes, StandardCharsets.UTF_8);
    }
  }

  private void fail(HttpExchange exchange, ApiException error, String requestId) throws IOException {
    errorLog.accept(error);
    // Whole seconds, rounded up: a client must not come back before the server is ready.
    error.retryAfter().ifPresent(wait -> exchange.getResponseHeaders()
        .set("Retry-After", String.valueOf((wait.toMillis() + 999) / 1000)));
    respond(exchange, new Answer(requestId, error.httpStatus(), error.code()), error.toErrorResponse(requestId).toJson());
  }

  private void respond(HttpExchange exchange, Answer answer, String json) throws IOException {
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
