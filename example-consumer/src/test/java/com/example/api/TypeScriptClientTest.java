package com.example.api;

import io.github.errorspec.core.testing.ExternalTools;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The example's TypeScript client ({@code src/main/typescript/client.ts}, on {@code fetch} and the
 * committed {@code errors.ts}) against the Java server: compiled by {@code tsconfig.json} into
 * {@code target/typescript/}, driven by {@code src/test/typescript/run-requests.ts} under Node.
 */
@DisplayName("The TypeScript client receives every error as the Java client does")
class TypeScriptClientTest extends AbstractClientProgramTest {

  private static final Path OUT = MODULE.resolve("target").resolve("typescript");

  @BeforeAll
  void compile() throws Exception {
    if (Files.exists(OUT)) {
      try (Stream<Path> paths = Files.walk(OUT)) {
        for (Path path : paths.sorted(Comparator.reverseOrder()).collect(Collectors.toList())) {
          Files.delete(path);
        }
      }
    }
    ExternalTools.runOk(MODULE, 300,
        List.of(ExternalTools.npmTool("tsc").toString(), "-p", "tsconfig.json", "--pretty", "false"));
  }

  @Test
  @DisplayName("the client and its runner type-check with TypeScript 5.9 too")
  void typeScript5() {
    ExternalTools.runOk(MODULE, 300, List.of("node", ExternalTools.npmFile("typescript5", "bin/tsc").toString(),
        "-p", "tsconfig.json", "--noEmit", "--pretty", "false"));
  }

  @Override
  String language() {
    return "TypeScript";
  }

  @Override
  ExternalTools.Result run(Path plan) {
    return ExternalTools.run(MODULE, 60, "node", OUT.resolve("test/typescript/run-requests.js").toString(),
        plan.toString());
  }
}
