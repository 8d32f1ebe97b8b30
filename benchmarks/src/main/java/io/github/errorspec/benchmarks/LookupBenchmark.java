package io.github.errorspec.benchmarks;

import io.github.errorspec.benchmarks.generated.ErrorCode;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
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
 * Finding the constant for a code received, over the seed's 29 codes in turn (fresh strings, as
 * a parser produces them): {@code ErrorCode.fromCode} against a plain {@code HashMap.get} and
 * {@code Enum.valueOf}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 6, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class LookupBenchmark {

  private String[] received;
  private final Map<String, ErrorCode> map = new HashMap<>();
  private int next;

  @Setup
  public void codes() {
    ErrorCode[] values = ErrorCode.values();
    received = new String[values.length];
    for (int i = 0; i < values.length; i++) {
      received[i] = new String(values[i].code().toCharArray());
      map.put(values[i].code(), values[i]);
    }
  }

  private String nextCode() {
    next = next + 1 == received.length ? 0 : next + 1;
    return received[next];
  }

  @Benchmark
  public Optional<ErrorCode> fromCode() {
    return ErrorCode.fromCode(nextCode());
  }

  @Benchmark
  public ErrorCode hashMapGet() {
    return map.get(nextCode());
  }

  @Benchmark
  public ErrorCode enumValueOf() {
    return ErrorCode.valueOf(nextCode());
  }
}
