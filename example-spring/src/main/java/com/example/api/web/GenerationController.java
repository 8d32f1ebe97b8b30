package com.example.api.web;

import com.example.api.errors.ApiErrors;
import com.example.api.errors.ErrorCode;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The API's endpoints, JSON in and out. Bean validation rejects what any request of the kind would
 * get wrong (a blank model or prompt, an image count out of range), sending every violation; the
 * rules of this API throw the catalog's own codes, an unknown model with its params
 * ({@code ApiErrors.modelNotFound}).
 *
 * <pre>
 * POST /v1/text/generate    {"model", "prompt", "temperature" (0..2), "max_tokens" (&gt; 0)}
 * POST /v1/images/generate  {"model", "prompt", "size", "quality", "n" (1..4)}
 * GET  /v1/generations/ID   a result again
 * GET  /v1/generations?limit=N   the first N results (1..100)
 * </pre>
 */
@RestController
@RequestMapping(produces = MediaType.APPLICATION_JSON_VALUE)
public class GenerationController {

  static final int MAX_PROMPT_LENGTH = 4000;
  private static final Set<String> TEXT_MODELS = Set.of("text-small", "text-large", "text-legacy");
  private static final Set<String> IMAGE_MODELS = Set.of("image-1");
  private static final Set<String> UNAVAILABLE_MODELS = Set.of("text-legacy");
  private static final Set<String> IMAGE_SIZES = Set.of("256x256", "512x512", "1024x1024");
  private static final Set<String> IMAGE_QUALITIES = Set.of("standard", "hd");
  private static final Set<String> BANNED_WORDS = Set.of("forbidden");

  /** A text generation request. */
  public record TextRequest(@NotBlank String model, @NotBlank String prompt, Double temperature,
      @JsonProperty("max_tokens") Integer maxTokens) {}

  /** An image generation request. */
  public record ImageRequest(@NotBlank String model, @NotBlank String prompt, String size, String quality,
      @Min(1) @Max(4) Integer n) {}

  /** A result. */
  public record Generation(String id, String result) {}

  private final ModelBackend backend;
  private final AtomicInteger counter = new AtomicInteger();
  private final Map<Integer, Generation> results = new ConcurrentSkipListMap<>();

  public GenerationController(ModelBackend backend) {
    this.backend = backend;
  }

  @PostMapping(path = "/v1/text/generate", consumes = MediaType.APPLICATION_JSON_VALUE)
  public Generation generateText(@Valid @RequestBody TextRequest request) {
    String model = model(request.model(), TEXT_MODELS, IMAGE_MODELS);
    String prompt = prompt(request.prompt());
    double temperature = request.temperature() == null ? 1 : request.temperature();
    if (!(temperature >= 0 && temperature <= 2)) {
      throw ErrorCode.INVALID_TEMPERATURE.exception("was " + temperature);
    }
    int maxTokens = request.maxTokens() == null ? 256 : request.maxTokens();
    if (maxTokens < 1) {
      throw ErrorCode.INVALID_MAX_TOKENS.exception("was " + maxTokens);
    }
    try {
      return store(backend.generateText(model, prompt, temperature, maxTokens));
    } catch (ModelBackend.ModelException e) {
      throw ErrorCode.PROCESSING_ERROR.exception(e.getMessage());
    }
  }

  @PostMapping(path = "/v1/images/generate", consumes = MediaType.APPLICATION_JSON_VALUE)
  public Generation generateImage(@Valid @RequestBody ImageRequest request) {
    String model = model(request.model(), IMAGE_MODELS, TEXT_MODELS);
    String prompt = prompt(request.prompt());
    for (String word : prompt.toLowerCase(Locale.ROOT).split("\\W+")) {
      if (BANNED_WORDS.contains(word)) {
        throw ErrorCode.PROMPT_VIOLATION.exception("the prompt contains '" + word + "'");
      }
    }
    String size = request.size() == null ? "1024x1024" : request.size();
    if (!IMAGE_SIZES.contains(size)) {
      throw ErrorCode.INVALID_IMAGE_SIZE.exception("supported: 256x256, 512x512, 1024x1024");
    }
    String quality = request.quality() == null ? "standard" : request.quality();
    if (!IMAGE_QUALITIES.contains(quality)) {
      throw ErrorCode.INVALID_IMAGE_QUALITY.exception("supported: hd, standard");
    }
    try {
      return store(backend.generateImage(model, prompt, size, quality));
    } catch (ModelBackend.ModelException e) {
      throw ErrorCode.PROCESSING_ERROR.exception(e.getMessage());
    }
  }

  @GetMapping("/v1/generations/{id}")
  public Generation generation(@PathVariable("id") String id) {
    Generation generation = id.startsWith("gen_") ? find(id.substring(4)) : null;
    if (generation == null) {
      throw ErrorCode.RESOURCE_NOT_FOUND.exception("no generation " + id);
    }
    return generation;
  }

  @GetMapping("/v1/generations")
  public List<Generation> generations(@RequestParam("limit") @Min(1) @Max(100) int limit) {
    List<Generation> all = new ArrayList<>(results.values());
    return all.subList(0, Math.min(limit, all.size()));
  }

  private Generation find(String number) {
    try {
      return results.get(Integer.valueOf(number));
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private Generation store(String result) {
    int number = counter.incrementAndGet();
    Generation generation = new Generation("gen_" + number, result);
    results.put(number, generation);
    return generation;
  }

  private static String model(String model, Set<String> supported, Set<String> otherKind) {
    if (otherKind.contains(model)) {
      throw ErrorCode.UNSUPPORTED_MODEL.exception("model", model + " does not serve this endpoint");
    }
    if (!supported.contains(model)) {
      throw ApiErrors.modelNotFound(model, supported.size());
    }
    if (UNAVAILABLE_MODELS.contains(model)) {
      throw ErrorCode.MODEL_UNAVAILABLE.exception(model + " is down for maintenance");
    }
    return model;
  }

  private static String prompt(String prompt) {
    if (prompt.length() > MAX_PROMPT_LENGTH) {
      throw ErrorCode.PROMPT_TOO_LONG.exception(prompt.length() + " characters, at most " + MAX_PROMPT_LENGTH);
    }
    return prompt;
  }
}
