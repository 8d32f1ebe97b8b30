package io.github.errorspec.benchmarks;

import io.github.errorspec.core.generate.markdown.MarkdownDocs;
import io.github.errorspec.core.load.SpecLoader;
import io.github.errorspec.core.testing.SyntheticCatalog;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The warm growth from 10,000 to 50,000 codes with the host's drift cancelled out. Each operation
 * runs the smaller catalog five times and the larger once, taking turns which goes first, and counts
 * the time of each part: a pair is measured within half a second, where the forks of
 * {@link GenerationBenchmark}, one size each, are tens of seconds apart on a machine whose speed
 * drifts by 10% within a minute. An iteration's growth is the larger part's time over a fifth of the
 * smaller part's; JMH's score (the time of a pair) is not the figure. {@code
 * benchmarks/scale/growth-pairs.sh} runs it and prints the growth.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 8, time = 2)
@Measurement(iterations = 15, time = 2)
@Fork(value = 2, jvmArgs = {"-Xms2g", "-Xmx2g"})
public class GrowthPairsBenchmark {

  private static final int SMALL = 10_000;
  private static final int LARGE = 50_000;
  private static final int TIMES = LARGE / SMALL;

  private byte[] small;
  private byte[] large;

  @Setup
  public void createCatalogs() {
    small = SyntheticCatalog.yaml(SMALL, 40).getBytes(StandardCharsets.UTF_8);
    large = SyntheticCatalog.yaml(LARGE, 40).getBytes(StandardCharsets.UTF_8);
  }

  /** The time spent on each size in an iteration; JMH reports these beside the score. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.EVENTS)
  public static class PartTimes {
    public long smallNanos;
    public long largeNanos;
    private boolean largeFirst;

    @Setup(Level.Iteration)
    public void reset() {
      smallNanos = 0;
      largeNanos = 0;
    }
  }

  /** One step of the pipeline over a catalog's bytes, returning something of its result. */
  @FunctionalInterface
  private interface Step {
    int run(byte[] yaml) throws Exception;
  }

  @Benchmark
  public int load(PartTimes times) throws Exception {
    return pair(times, yaml -> new SpecLoader().read("error-spec.yaml", yaml).problems().size());
  }

  @Benchmark
  public int loadValidateAndMarkdown(PartTimes times) throws Exception {
    return pair(times,
        yaml -> new MarkdownDocs().standalonePage(new SpecLoader().parse("error-spec.yaml", yaml)).length());
  }

  private int pair(PartTimes times, Step step) throws Exception {
    int result = 0;
    times.largeFirst = !times.largeFirst;
    for (int part = 0; part < 2; part++) {
      boolean largePart = (part == 0) == times.largeFirst;
      long start = System.nanoTime();
      for (int i = 0; i < (largePart ? 1 : TIMES); i++) {
        result += step.run(largePart ? large : small);
      }
      long elapsed = System.nanoTime() - start;
      if (largePart) {
        times.largeNanos += elapsed;
      } else {
        times.smallNanos += elapsed;
      }
    }
    return result;
  }
}
