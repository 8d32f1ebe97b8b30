package io.github.errorspec.core.generate.java;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.Callable;

/**
 * An operation that meets a retry scenario's outcomes in order: an error response decoded by the
 * generated {@code ApiException.fromResponse} and thrown, a transport failure, or a success.
 */
final class FakeOperation implements Callable<String> {

  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

  private final CompiledApi api;
  private final String id;
  private final JsonNode outcomes;
  private int attempts;
  private IOException lastTransport;

  FakeOperation(CompiledApi api, String id, JsonNode outcomes) {
    this.api = api;
    this.id = id;
    this.outcomes = outcomes;
  }

  int attempts() {
    return attempts;
  }

  /** The transport failure thrown last, to check it is the one the policy let through. */
  IOException lastTransport() {
    return lastTransport;
  }

  @Override
  public String call() throws IOException {
    if (attempts >= outcomes.size()) {
      throw new AssertionError(id + " [java] attempts: attempt " + (attempts + 1) + " made, beyond the "
          + outcomes.size() + " outcomes");
    }
    JsonNode outcome = outcomes.get(attempts++);
    if (outcome.path("ok").asBoolean()) {
      return "ok";
    }
    if (outcome.has("transport")) {
      lastTransport = ConformanceTest.transport(outcome.get("transport").asText());
      throw lastTransport;
    }
    String body = new String(Corpus.body(outcome), StandardCharsets.UTF_8);
    Object error = api.callStatic("ApiException", "fromResponse", outcome.get("status").asInt(),
        body, Corpus.HeaderShape.GROUPED.of(outcome.path("headers")), CLOCK);
    throw (RuntimeException) error;
  }
}
