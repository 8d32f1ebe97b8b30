package io.github.errorspec.benchmarks;

import io.github.errorspec.core.generate.markdown.MarkdownDocs;
import io.github.errorspec.core.load.SpecLoader;
import io.github.errorspec.core.spec.ErrorSpec;
import io.github.errorspec.core.testing.SyntheticCatalog;
import io.github.errorspec.core.validate.SpecValidator;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.Callable;

/**
 * The warm cost of loading, validation and Markdown for each catalog size given, as the CPU time of
 * the whole process (garbage collection included) rather than wall time: on a machine that other
 * processes keep busy, JMH's wall-clock scores carry error bars larger than themselves, while CPU
 * time stays close. The median of 3 runs of 5 operations, after 4 seconds of warm-up:
 * {@code java -Xms2g -Xmx2g -cp benchmarks/target/benchmarks.jar io.github.errorspec.benchmarks.GrowthCpu 10000 50000}.
 */
public final class GrowthCpu {

  private static final com.sun.management.OperatingSystemMXBean OS =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  private GrowthCpu() {}

  public static void main(String[] args) throws Exception {
    for (String codes : args) {
      byte[] yaml = SyntheticCatalog.yaml(Integer.parseInt(codes), 40).getBytes(StandardCharsets.UTF_8);
      ErrorSpec spec = new SpecLoader().parse("error-spec.yaml", yaml);
      double load = cpuMillis(() -> new SpecLoader().read("error-spec.yaml", yaml));
      double validate = cpuMillis(() -> new SpecValidator().validate(spec));
      double markdown = cpuMillis(() -> new MarkdownDocs().standalonePage(spec));
      double all = cpuMillis(() -> new MarkdownDocs().standalonePage(new SpecLoader().parse("error-spec.yaml", yaml)));
      System.out.printf("%s codes: load %.0f ms, validate %.0f ms, Markdown %.0f ms, all three %.0f ms of CPU%n",
          codes, load, validate, markdown, all);
    }
  }

  private static double cpuMillis(Callable<?> operation) throws Exception {
    // Warm-up until the compilers are done with the hot code: 12 operations and 4 seconds at least.
    long warmUntil = System.nanoTime() + 4_000_000_000L;
    for (int i = 0; i < 12 || System.nanoTime() < warmUntil; i++) {
      operation.call();
    }
    double[] runs = new double[3];
    for (int run = 0; run < runs.length; run++) {
      long start = OS.getProcessCpuTime();
      for (int i = 0; i < 5; i++) {
        operation.call();
      }
      runs[run] = (OS.getProcessCpuTime() - start) / 1e6 / 5;
    }
    Arrays.sort(runs);
    return runs[1];
  }
}
