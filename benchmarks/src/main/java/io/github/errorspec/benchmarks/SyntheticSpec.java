package io.github.errorspec.benchmarks;

import io.github.errorspec.core.testing.SyntheticCatalog;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the synthetic catalog of the JMH benchmarks as a spec file, for the whole-process runs of
 * {@code benchmarks/scale/cold-runs.sh}:
 * {@code java -cp benchmarks/target/benchmarks.jar io.github.errorspec.benchmarks.SyntheticSpec CODES FILE}.
 */
public final class SyntheticSpec {

  private SyntheticSpec() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 2) {
      System.err.println("usage: SyntheticSpec CODES FILE");
      System.exit(2);
    }
    Path file = Path.of(args[1]);
    Files.createDirectories(file.toAbsolutePath().getParent());
    Files.writeString(file, SyntheticCatalog.yaml(Integer.parseInt(args[0]), 40), StandardCharsets.UTF_8);
  }
}
