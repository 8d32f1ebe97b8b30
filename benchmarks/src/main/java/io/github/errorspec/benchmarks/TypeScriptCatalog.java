package io.github.errorspec.benchmarks;

import io.github.errorspec.core.generate.typescript.TypeScriptGenerator;
import io.github.errorspec.core.load.SpecLoader;
import io.github.errorspec.core.spec.ErrorSpec;
import io.github.errorspec.core.testing.SyntheticCatalog;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the TypeScript module of a synthetic catalog, for {@code benchmarks/typescript/bench.mjs}:
 * {@code java -cp benchmarks/target/benchmarks.jar io.github.errorspec.benchmarks.TypeScriptCatalog CODES FILE}.
 */
public final class TypeScriptCatalog {

  private TypeScriptCatalog() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 2) {
      System.err.println("usage: TypeScriptCatalog CODES FILE");
      System.exit(2);
    }
    int codes = Integer.parseInt(args[0]);
    byte[] yaml = SyntheticCatalog.yaml(codes, 40).getBytes(StandardCharsets.UTF_8);
    ErrorSpec spec = new SpecLoader().parse("error-spec.yaml", yaml);
    Path file = Path.of(args[1]);
    Files.createDirectories(file.toAbsolutePath().getParent());
    Files.writeString(file, new TypeScriptGenerator().generate(spec), StandardCharsets.UTF_8);
  }
}
