package io.github.errorspec.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.errorspec.benchmarks.generated.ApiException;
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
 * Error bodies a hostile or broken server could send, decoded by the generated code and by Jackson
 * databind binding the same envelope classes: a 1 MiB body that is a run of digits in a member the
 * envelope ignores, and 50 MB of ignored members, which the generated code refuses from its length
 * (over the contract's 1 MiB cap: code {@code ""}). Run with {@code -prof gc} for the allocation per
 * body; {@code benchmarks/hostile/run.sh} sets the same rows side by side with TypeScript and Python.
 *
 * <p>Jackson refuses numbers of more than 1,000 digits by default ({@code StreamReadConstraints});
 * the mapper here lifts that limit, so that both read the envelope.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xms2g", "-Xmx2g"})
public class HostileBodyBenchmark {

  private final ObjectMapper mapper = new ObjectMapper(JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder().maxNumberLength(Integer.MAX_VALUE).build())
      .build())
      .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
  private String digits;
  private String ignoredMembers;

  @Setup
  public void bodies() throws Exception {
    digits = HostileRows.digitsAtCap();
    ignoredMembers = ignoredMembers(50_000_000);
    for (String body : new String[] {digits, ignoredMembers}) {
      String code = ApiException.fromResponse(503, body).code();
      String jackson = mapper.readValue(body, EnvelopeBenchmark.Envelope.class).error.code;
      if (!code.equals(body == digits ? "OVERLOADED" : "") || !jackson.equals("OVERLOADED")) {
        throw new IllegalStateException("not as the contract says: " + code + ", " + jackson);
      }
    }
  }

  /** About {@code length} chars of members the envelope ignores, then the error. */
  static String ignoredMembers(int length) {
    String tail = "\"error\":{\"code\":\"OVERLOADED\"}}";
    StringBuilder body = new StringBuilder(length + 200).append('{');
    for (int i = 0; body.length() < length - tail.length() - 200; i++) {
      body.append("\"member").append(i).append("\":{\"values\":[12345.678e-9,true,false,null,\"some text\"],")
          .append("\"nested\":{\"a\":[],\"b\":{}}},");
    }
    return body.append(tail).toString();
  }

  @Benchmark
  public ApiException digits1MiB() {
    return ApiException.fromResponse(503, digits);
  }

  @Benchmark
  public EnvelopeBenchmark.Envelope jacksonDigits1MiB() throws Exception {
    return mapper.readValue(digits, EnvelopeBenchmark.Envelope.class);
  }

  @Benchmark
  public ApiException ignoredMembers50MB() {
    return ApiException.fromResponse(503, ignoredMembers);
  }

  @Benchmark
  public EnvelopeBenchmark.Envelope jacksonIgnoredMembers50MB() throws Exception {
    return mapper.readValue(ignoredMembers, EnvelopeBenchmark.Envelope.class);
  }
}
