package io.github.errorspec.benchmarks;

import io.github.errorspec.core.generate.python.PythonGenerator;
import io.github.errorspec.core.load.SpecLoader;
import io.github.errorspec.core.spec.ErrorSpec;
import io.github.errorspec.core.testing.SyntheticCatalog;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the Python modules that {@code benchmarks/python/bench.py} measures: {@code errors_seed.py}
 * from a catalog file, and {@code errors_100.py}, {@code errors_1000.py} and {@code errors_10000.py}
 * from synthetic catalogs of that many codes.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar io.github.errorspec.benchmarks.PythonModules error-spec.yaml OUT_DIR</pre>
 */
public final class PythonModules {

  private PythonModules() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 2) {
      System.err.println("usage: PythonModules SPEC_FILE OUTPUT_DIRECTORY");
      System.exit(2);
    }
    Path output = Files.createDirectories(Path.of(args[1]));
    PythonGenerator generator = new PythonGenerator();
    write(output.resolve("errors_seed.py"), generator.generate(new SpecLoader().load(Path.of(args[0]))));
    for (int codes : new int[] {100, 1000, 10000}) {
      byte[] yaml = SyntheticCatalog.yaml(codes, 40).getBytes(StandardCharsets.UTF_8);
      ErrorSpec spec = new SpecLoader().parse("synthetic-" + codes + ".yaml", yaml);
      write(output.resolve("errors_" + codes + ".py"), generator.generate(spec));
    }
  }

  private static void write(Path file, String module) throws Exception {
    Files.writeString(file, module, StandardCharsets.UTF_8);
    System.out.println(file + ": " + module.length() + " characters");
  }
}
