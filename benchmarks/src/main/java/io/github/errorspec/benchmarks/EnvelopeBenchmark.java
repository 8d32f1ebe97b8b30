package io.github.errorspec.benchmarks;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.errorspec.benchmarks.generated.ApiException;
import io.github.errorspec.benchmarks.generated.ErrorCode;
import io.github.errorspec.benchmarks.generated.ErrorResponse;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The error envelope written and read by the generated code, against Jackson databind doing the
 * same work on the same envelope (plain classes with public fields, nulls left out).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 6, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class EnvelopeBenchmark {

  /** The envelope as Jackson binds it. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public static class Envelope {
    public boolean success;
    public Error error;
    public Meta meta;
  }

  /** The {@code error} member. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public static class Error {
    public String code;
    public String message;
    public Details details;
  }

  /** The {@code error.details} member. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public static class Details {
    public String field;
    public String issue;
  }

  /** The {@code meta} member; Jackson needs the JSON names and their order. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @com.fasterxml.jackson.annotation.JsonPropertyOrder({"request_id", "timestamp"})
  public static class Meta {
    @com.fasterxml.jackson.annotation.JsonProperty("request_id")
    public String requestId;
    public String timestamp;
  }

  private final ObjectMapper mapper = new ObjectMapper()
      .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
  private ErrorResponse response;
  private Envelope envelope;
  private String json;

  @Setup
  public void envelope() throws Exception {
    response = new ErrorResponse("INVALID_TEMPERATURE", "Temperature must be between 0 and 2", "temperature",
        "was 3.5", "req_1234567890", "2024-01-01T00:00:00Z");
    json = response.toJson();
    envelope = mapper.readValue(json, Envelope.class);
    if (!mapper.writeValueAsString(envelope).equals(json)) {
      throw new IllegalStateException("Jackson writes another JSON: " + mapper.writeValueAsString(envelope));
    }
  }

  @Benchmark
  public String toJson() {
    return response.toJson();
  }

  @Benchmark
  public String jacksonWrite() throws Exception {
    return mapper.writeValueAsString(envelope);
  }

  @Benchmark
  public ErrorResponse fromJson() {
    return ErrorResponse.fromJson(json);
  }

  @Benchmark
  public Envelope jacksonRead() throws Exception {
    return mapper.readValue(json, Envelope.class);
  }

  @Benchmark
  public ApiException fromResponse() {
    return ApiException.fromResponse(400, json);
  }

  /** What a client does with Jackson: bind the envelope, find the code, make its exception. */
  @Benchmark
  public ApiException jacksonReadAndException() throws Exception {
    Envelope read = mapper.readValue(json, Envelope.class);
    return ErrorCode.fromCode(read.error.code).orElseThrow(IllegalStateException::new)
        .exception(read.error.details == null ? null : read.error.details.issue);
  }
}
