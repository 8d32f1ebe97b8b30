package com.example.api.client;

import com.example.api.errors.ApiException;
import com.example.api.errors.RetryPolicy;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A client of the example API on {@link HttpClient}: every failure becomes the generated exception
 * of its status ({@code UnauthorizedException}, {@code BadRequestException}, ...), read with the
 * response's headers, and retryable ones are retried by the generated {@link RetryPolicy}, which
 * waits as long as a {@code Retry-After} header asks.
 */
public final class ApiClient {

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final URI baseUri;
  private final String apiKey;
  private final RetryPolicy retryPolicy;

  /** A client with {@code apiKey} (null sends none) that retries as {@code retryPolicy} says. */
  public ApiClient(URI baseUri, String apiKey, RetryPolicy retryPolicy) {
    this.baseUri = baseUri;
    this.apiKey = apiKey;
    this.retryPolicy = retryPolicy;
  }

  /** Generates text; the fields are model, prompt, temperature and max_tokens. */
  public String generateText(Map<String, String> fields) throws IOException {
    return post("/v1/text/generate", fields);
  }

  /** Generates an image; the fields are model, prompt, size, quality and n. */
  public String generateImage(Map<String, String> fields) throws IOException {
    return post("/v1/images/generate", fields);
  }

  /** Fetches a result again by its id. */
  public String generation(String id) throws IOException {
    return send(HttpRequest.newBuilder(baseUri.resolve("/v1/generations/" + id)).GET());
  }

  /** POSTs form fields to {@code path}, returning the success body. */
  public String post(String path, Map<String, String> fields) throws IOException {
    String form = fields.entrySet().stream()
        .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
        .collect(Collectors.joining("&"));
    return send(HttpRequest.newBuilder(baseUri.resolve(path))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form)));
  }

  private String send(HttpRequest.Builder request) throws IOException {
    if (apiKey != null) {
      request.header("Authorization", "Bearer " + apiKey);
    }
    HttpRequest built = request.timeout(Duration.ofSeconds(10)).build();
    return retryPolicy.call(() -> {
      HttpResponse<String> response = exchange(built);
      if (response.statusCode() / 100 != 2) {
        throw ApiException.fromResponse(response.statusCode(), response.body(), response.headers().map());
      }
      return response.body();
    });
  }

  /** One exchange; an interrupt becomes an {@link InterruptedIOException}, so operations throw one checked type. */
  private HttpResponse<String> exchange(HttpRequest request) throws IOException {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while waiting for " + request.uri());
    }
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
