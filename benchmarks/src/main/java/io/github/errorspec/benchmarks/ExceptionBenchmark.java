package io.github.errorspec.benchmarks;

import io.github.errorspec.benchmarks.generated.ApiException;
import io.github.errorspec.benchmarks.generated.ErrorCode;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Creating and throwing a generated exception, against a plain RuntimeException. */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 6, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ExceptionBenchmark {

  @Benchmark
  public ApiException create() {
    return ErrorCode.RATE_LIMIT_EXCEEDED.exception("10 requests per second");
  }

  @Benchmark
  public RuntimeException createRuntimeException() {
    return new RuntimeException("Rate limit exceeded");
  }

  @Benchmark
  public String createThrowAndCatch() {
    try {
      throw ErrorCode.RATE_LIMIT_EXCEEDED.exception("10 requests per second");
    } catch (ApiException e) {
      return e.code();
    }
  }

  @Benchmark
  public String createThrowAndCatchRuntimeException() {
    try {
      throw new RuntimeException("RATE_LIMIT_EXCEEDED");
    } catch (RuntimeException e) {
      return e.getMessage();
    }
  }
}
