package com.example.api;

import com.example.api.AbstractClientProgramTest.ErrorLine;
import com.example.api.AbstractClientProgramTest.Expected;
import com.example.api.AbstractClientProgramTest.Violated;
import com.example.api.params.errors.ErrorCode;
import com.example.api.server.ParamsServer;
import io.github.errorspec.core.generate.StatusNames;
import io.github.errorspec.core.load.SpecLoader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The scenario of the second catalog ({@code params-spec.yaml}): what {@link ParamsServer} answers
 * to each request, as every client (Java, TypeScript, Python) must describe it, down to the JSON
 * type of each param. One table for the three clients' tests.
 */
final class ParamsScenarios {

  static final String PATH = "/v1/text/generate";

  /** The credits of the account the scenarios run on. */
  static final double CREDITS = 12;

  private ParamsScenarios() {}

  /** One request and the error every client must read from its answer. */
  record Scenario(String name, Map<String, String> form, Expected expected) {

    Scenario {
      form = Collections.unmodifiableMap(new LinkedHashMap<>(form));
    }

    @Override
    public String toString() {
      return name;
    }
  }

  static List<Scenario> all() {
    Map<String, String> overCredits = new LinkedHashMap<>();
    overCredits.put("model", "text-large");
    overCredits.put("prompt", "Write a long story");
    overCredits.put("max_tokens", "4096");
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("model", "text-large");
    params.put("max_tokens", 4096L);
    params.put("cost", 40.96);
    // Declared a number, but 12.0 is sent as JavaScript writes it, 12, which every client reads as
    // an integer: clients read the JSON types sent, never the catalog's.
    params.put("remaining", 12L);
    params.put("can_top_up", true);

    Map<String, String> invalid = new LinkedHashMap<>();
    invalid.put("prompt", "hi");
    invalid.put("max_tokens", "1.5");
    invalid.put("temperature", "3");
    invalid.put("top_p", "0.9");

    return List.of(
        new Scenario("over the credits", overCredits, Expected.error(new ErrorLine(402,
            ErrorCode.CREDIT_LIMIT_EXCEEDED.code(), "The request may cost 40.96 credits with text-large; 12 remain",
            "max_tokens", null, false, null, params, List.of()))),
        new Scenario("several invalid fields", invalid, Expected.error(new ErrorLine(400,
            ErrorCode.INVALID_FIELDS.code(), ErrorCode.INVALID_FIELDS.message(), "model", "'model' is required", false,
            null, Map.of(), List.of(
                new Violated("model", "'model' is required"),
                new Violated("max_tokens", "must be a whole number from 1, was 1.5"),
                new Violated("temperature", "must be from 0 to 2, was 3"),
                new Violated(null, "set temperature or top_p, not both"))))));
  }

  /** The server the scenarios run against, on a free loopback port. */
  static ParamsServer startServer() throws IOException {
    return ParamsServer.start(0, CREDITS, true);
  }

  /** The classes the generators name for the second catalog's statuses. */
  static StatusNames names() throws Exception {
    return StatusNames.of(new SpecLoader().load(Path.of(System.getProperty("params.spec", "params-spec.yaml"))));
  }
}
