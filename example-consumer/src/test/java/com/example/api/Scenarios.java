package com.example.api;

import com.example.api.errors.ErrorCode;
import com.example.api.server.ApiKeys;
import com.example.api.server.ApiKeys.Standing;
import com.example.api.server.ApiServer;
import com.example.api.server.ModelBackend;
import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The failures a client's input makes the example server produce, each with the code, field and
 * issue it must arrive as, and the server they are produced by: one table for the Java, TypeScript
 * and Python clients' tests.
 */
final class Scenarios {

  static final String TEXT = "/v1/text/generate";
  static final String IMAGES = "/v1/images/generate";

  /** What {@link #valid()} gives the echoing backend to say. */
  static final String VALID_RESULT = "text-small says: Say \"hi\" <b>";

  private Scenarios() {}

  /** One request and the error it must give: {@code field} and {@code issue} are null when the envelope has none. */
  record Scenario(String name, String key, String path, ErrorCode code, String field, String issue,
      Map<String, String> form) {

    Scenario {
      form = Collections.unmodifiableMap(new LinkedHashMap<>(form));
    }

    @Override
    public String toString() {
      return name + " gives " + code;
    }
  }

  /** Every failure the server produces from what a client sends, one scenario per way to produce it. */
  static List<Scenario> all() {
    return List.of(
        text("no key", null, ErrorCode.MISSING_API_KEY, null, "send 'Authorization: Bearer <key>'", valid()),
        text("unknown key", "sk-unknown", ErrorCode.INVALID_API_KEY, null, null, valid()),
        text("malformed key", "password", ErrorCode.INVALID_API_KEY, null, null, valid()),
        text("expired key", "sk-expired", ErrorCode.EXPIRED_API_KEY, null, null, valid()),
        text("revoked key", "sk-revoked", ErrorCode.REVOKED_API_KEY, null, null, valid()),
        text("suspended account", "sk-suspended", ErrorCode.ACCOUNT_SUSPENDED, null, null, valid()),
        image("text-only key on images", "sk-text-only", ErrorCode.INSUFFICIENT_PERMISSIONS, null,
            "this key may generate text only", validImage()),
        text("quota used up", "sk-no-quota", ErrorCode.QUOTA_EXCEEDED, null, null, valid()),
        text("no model", "sk-active", ErrorCode.MISSING_REQUIRED_FIELD, "model", "'model' is required",
            without(valid(), "model")),
        text("no prompt", "sk-active", ErrorCode.MISSING_REQUIRED_FIELD, "prompt", "'prompt' is required",
            without(valid(), "prompt")),
        text("image model for text", "sk-active", ErrorCode.UNSUPPORTED_MODEL, "model",
            "image-1 does not serve this endpoint", with(valid(), "model", "image-1")),
        text("unknown model", "sk-active", ErrorCode.MODEL_NOT_FOUND, "model", "no model gpt-9",
            with(valid(), "model", "gpt-9")),
        text("model in maintenance", "sk-active", ErrorCode.MODEL_UNAVAILABLE, null,
            "text-legacy is down for maintenance", with(valid(), "model", "text-legacy")),
        text("long prompt", "sk-active", ErrorCode.PROMPT_TOO_LONG, "prompt", "4001 characters, at most 4000",
            with(valid(), "prompt", "x".repeat(4001))),
        text("hot temperature", "sk-active", ErrorCode.INVALID_TEMPERATURE, "temperature", "was 3",
            with(valid(), "temperature", "3")),
        text("temperature not a number", "sk-active", ErrorCode.INVALID_TEMPERATURE, "temperature",
            "not a number: hot", with(valid(), "temperature", "hot")),
        text("zero max_tokens", "sk-active", ErrorCode.INVALID_MAX_TOKENS, "max_tokens", "was 0",
            with(valid(), "max_tokens", "0")),
        text("model fails", "sk-active", ErrorCode.PROCESSING_ERROR, null, "the model gave up",
            with(valid(), "prompt", "please fail")),
        text("server bug", "sk-active", ErrorCode.INTERNAL_ERROR, null, null, with(valid(), "prompt", "please crash")),
        image("odd size", "sk-active", ErrorCode.INVALID_IMAGE_SIZE, "size", "supported: 256x256, 512x512, 1024x1024",
            with(validImage(), "size", "100x100")),
        image("odd quality", "sk-active", ErrorCode.INVALID_IMAGE_QUALITY, "quality", "supported: hd, standard",
            with(validImage(), "quality", "ultra")),
        image("banned word", "sk-active", ErrorCode.PROMPT_VIOLATION, "prompt", "the prompt contains 'forbidden'",
            with(validImage(), "prompt", "a forbidden castle")),
        image("too many images", "sk-active", ErrorCode.INVALID_FIELD_VALUE, "n", "n must be from 1 to 4, was 9",
            with(validImage(), "n", "9")));
  }

  /**
   * The server the scenarios run against, on a free loopback port: the scenarios' keys, no rate
   * limit to speak of, a stopped clock, and a backend that fails on request.
   */
  static ApiServer startServer() throws IOException {
    ApiKeys keys = new ApiKeys()
        .add("sk-active", Standing.ACTIVE, 1_000_000)
        .add("sk-text-only", Standing.TEXT_ONLY, 1000)
        .add("sk-expired", Standing.EXPIRED, 1000)
        .add("sk-revoked", Standing.REVOKED, 1000)
        .add("sk-suspended", Standing.SUSPENDED, 1000)
        .add("sk-no-quota", Standing.ACTIVE, 0);
    return ApiServer.start(0, keys, 1_000_000, new FlakyBackend(), () -> 0L);
  }

  /** A text request that succeeds, answered with {@link #VALID_RESULT}. */
  static Map<String, String> valid() {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("model", "text-small");
    form.put("prompt", "Say \"hi\" <b>");
    form.put("temperature", "0.7");
    form.put("max_tokens", "100");
    return form;
  }

  /** An image request that succeeds. */
  static Map<String, String> validImage() {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("model", "image-1");
    form.put("prompt", "a castle");
    form.put("size", "512x512");
    form.put("quality", "hd");
    return form;
  }

  static Map<String, String> with(Map<String, String> form, String name, String value) {
    form.put(name, value);
    return form;
  }

  private static Map<String, String> without(Map<String, String> form, String name) {
    form.remove(name);
    return form;
  }

  private static Scenario text(String name, String key, ErrorCode code, String field, String issue,
      Map<String, String> form) {
    return new Scenario(name, key, TEXT, code, field, issue, form);
  }

  private static Scenario image(String name, String key, ErrorCode code, String field, String issue,
      Map<String, String> form) {
    return new Scenario(name, key, IMAGES, code, field, issue, form);
  }

  /** Echoes, but fails on request: "please fail" is a model failure, "please crash" a server bug. */
  private static final class FlakyBackend implements ModelBackend {
    private final ModelBackend echo = ModelBackend.echo();

    @Override
    public String generateText(String model, String prompt, double temperature, int maxTokens) throws ModelException {
      if (prompt.equals("please fail")) {
        throw new ModelException("the model gave up");
      }
      if (prompt.equals("please crash")) {
        throw new IllegalStateException("bug");
      }
      return echo.generateText(model, prompt, temperature, maxTokens);
    }

    @Override
    public String generateImage(String model, String prompt, String size, String quality) throws ModelException {
      return echo.generateImage(model, prompt, size, quality);
    }
  }
}
