package io.github.errorspec.benchmarks;

import io.github.errorspec.core.testing.SyntheticCatalog;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * Two builds of errorspec in one JVM, each in a class loader of its own, loading, validating and
 * writing the Markdown page of the synthetic catalog at 10,000 and 50,000 codes, the builds taking
 * turns round by round. A change of a few percent is smaller than this host's drift between two JMH
 * runs minutes apart; side by side, the drift falls on both builds alike. From the repository root,
 * with the other build's benchmarks jar copied aside:
 * {@code java -Xms2g -Xmx2g -cp benchmarks/target/benchmarks.jar io.github.errorspec.benchmarks.BuildsSideBySide 20 before.jar benchmarks/target/benchmarks.jar}.
 */
public final class BuildsSideBySide {

  private static final int[] SIZES = {10_000, 50_000};
  /** Operations per round and size: about as long at each size. */
  private static final int[] OPERATIONS = {5, 1};

  private BuildsSideBySide() {}

  /** One build's pipeline, called through its own class loader. */
  private record Build(String name, Object loader, Method parse, Object docs, Method page) {

    static Build of(String jar) throws ReflectiveOperationException, java.net.MalformedURLException {
      ClassLoader classes = new URLClassLoader(new URL[] {Path.of(jar).toUri().toURL()},
          ClassLoader.getPlatformClassLoader());
      Class<?> loader = classes.loadClass("io.github.errorspec.core.load.SpecLoader");
      Class<?> docs = classes.loadClass("io.github.errorspec.core.generate.markdown.MarkdownDocs");
      Class<?> spec = classes.loadClass("io.github.errorspec.core.spec.ErrorSpec");
      return new Build(jar, loader.getConstructor().newInstance(), loader.getMethod("parse", String.class, byte[].class),
          docs.getConstructor().newInstance(), docs.getMethod("standalonePage", spec));
    }

    int loadValidateAndMarkdown(byte[] yaml) throws ReflectiveOperationException {
      return ((String) page.invoke(docs, parse.invoke(loader, "error-spec.yaml", yaml))).length();
    }
  }

  public static void main(String[] args) throws Exception {
    if (args.length != 3) {
      System.err.println("usage: BuildsSideBySide ROUNDS BEFORE.jar AFTER.jar");
      System.exit(2);
    }
    int rounds = Integer.parseInt(args[0]);
    Build[] builds = {Build.of(args[1]), Build.of(args[2])};
    byte[][] yaml = new byte[SIZES.length][];
    for (int size = 0; size < SIZES.length; size++) {
      yaml[size] = SyntheticCatalog.yaml(SIZES[size], 40).getBytes(StandardCharsets.UTF_8);
    }
    double[][][] millis = new double[builds.length][SIZES.length][rounds];
    long checksum = 0;
    // The first pass warms both builds up and is discarded.
    for (int pass = 0; pass < 2; pass++) {
      for (int round = 0; round < rounds; round++) {
        for (int turn = 0; turn < builds.length; turn++) {
          int build = (round + turn) % builds.length;
          for (int size = 0; size < SIZES.length; size++) {
            long start = System.nanoTime();
            for (int i = 0; i < OPERATIONS[size]; i++) {
              checksum += builds[build].loadValidateAndMarkdown(yaml[size]);
            }
            millis[build][size][round] = (System.nanoTime() - start) / 1e6 / OPERATIONS[size];
          }
        }
      }
    }
    for (int build = 0; build < builds.length; build++) {
      double small = median(millis[build][0]);
      double large = median(millis[build][1]);
      System.out.printf(Locale.ROOT, "%s: %,d codes %.1f ms, %,d codes %.1f ms (medians of %d rounds), growth %.2fx%n",
          builds[build].name(), SIZES[0], small, SIZES[1], large, rounds, large / small);
    }
    for (int size = 0; size < SIZES.length; size++) {
      System.out.printf(Locale.ROOT, "%,d codes: after / before %.3f%n", SIZES[size],
          median(millis[1][size]) / median(millis[0][size]));
    }
    System.out.println("(checksum " + checksum % 1000 + ")");
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}
