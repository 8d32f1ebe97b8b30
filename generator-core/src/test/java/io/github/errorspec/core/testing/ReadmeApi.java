package io.github.errorspec.core.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The API the README's client walk-throughs call, on loopback: {@code GET /v1/generations/1}
 * answers 429 with {@code Retry-After: 1} once and then the generation, {@code GET
 * /v1/generations/2} a 404; the envelopes are the seed catalog's, and the Nth request of a run has
 * the request id {@code req-N}.
 */
public final class ReadmeApi implements AutoCloseable {

  private final HttpServer server;
  private final AtomicInteger requests = new AtomicInteger();
  private final AtomicBoolean limited = new AtomicBoolean();

  private ReadmeApi() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::answer);
    server.start();
  }

  /** A server on a free loopback port. */
  public static ReadmeApi start() throws IOException {
    return new ReadmeApi();
  }

  /** What the README's {@code http://localhost:8080} stands for. */
  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  private void answer(HttpExchange exchange) throws IOException {
    String id = "req-" + requests.incrementAndGet();
    exchange.getResponseHeaders().set("X-Request-Id", id);
    String path = exchange.getRequestURI().getPath();
    if (path.equals("/v1/generations/1") && !limited.getAndSet(true)) {
      exchange.getResponseHeaders().set("Retry-After", "1");
      send(exchange, 429, envelope("RATE_LIMIT_EXCEEDED", "Rate limit exceeded", id));
    } else if (path.equals("/v1/generations/1")) {
      send(exchange, 200, "{\"id\":\"1\",\"text\":\"An old silent pond\"}");
    } else if (path.equals("/v1/generations/2")) {
      send(exchange, 404, envelope("RESOURCE_NOT_FOUND", "Resource not found", id));
    } else {
      send(exchange, 404, envelope("ENDPOINT_NOT_FOUND", "Endpoint not found", id));
    }
  }

  private static String envelope(String code, String message, String requestId) {
    return "{\"success\":false,\"error\":{\"code\":\"" + code + "\",\"message\":\"" + message + "\"},"
        + "\"meta\":{\"request_id\":\"" + requestId + "\",\"timestamp\":\"2026-01-01T00:00:00Z\"}}";
  }

  private static void send(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
