package io.github.errorspec.core.generate.typescript.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.errorspec.core.testing.ExternalTools;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * TypeScript's erasable syntax removed without a compiler, measured against the compiler: a
 * sample module of every erasable construct ({@code src/test/typescript/erasable/}) compiled by
 * {@code tsc --erasableSyntaxOnly --isolatedDeclarations} prints what errorspec's JavaScript of
 * it prints, as an ES module and as CommonJS, and errorspec's declarations of it type-check a
 * consumer, its expected errors included.
 */
@DisplayName("erasable TypeScript without a compiler")
class ErasableModuleTest {

  private static final Path SAMPLE = Path.of("src", "test", "typescript", "erasable");
  private static final Path DIRECTORY = Path.of("target", "typescript", "erasable").toAbsolutePath();

  @Test
  @DisplayName("the sample's JavaScript and CommonJS print what tsc's JavaScript prints; its declarations type-check usage.ts")
  void sameAsCompiler() throws IOException {
    clean();
    copy("sample.ts", "tsc/sample.ts");
    copy("main.mjs", "main.mjs");
    Files.writeString(DIRECTORY.resolve("package.json"), "{ \"private\": true, \"type\": \"module\" }\n");
    Files.writeString(DIRECTORY.resolve("tsconfig.json"), """
        { "compilerOptions": { "strict": true, "target": "ES2022", "lib": ["ES2022"], "types": [],
            "module": "NodeNext", "erasableSyntaxOnly": true, "isolatedDeclarations": true, "declaration": true,
            "verbatimModuleSyntax": true, "useDefineForClassFields": true },
          "files": ["tsc/sample.ts"] }
        """);
    ExternalTools.runOk(DIRECTORY, 300, List.of("node",
        ExternalTools.npmFile("typescript5", "bin/tsc").toString(), "-p", "tsconfig.json", "--pretty", "false"));
    ErasableModule module = ErasableModule.of(Files.readString(SAMPLE.resolve("sample.ts"), StandardCharsets.UTF_8));
    Files.createDirectories(DIRECTORY.resolve("ours"));
    Files.writeString(DIRECTORY.resolve("ours/sample.js"), module.javaScript());
    Files.writeString(DIRECTORY.resolve("ours/sample.cjs"), module.commonJs());
    Files.writeString(DIRECTORY.resolve("ours/sample.d.ts"), module.declarations());

    String compiled = ExternalTools.runOk(DIRECTORY, 60, List.of("node", "main.mjs", "./tsc/sample.js"));
    assertTrue(compiled.contains("box of 2 first 10"), compiled);
    assertEquals(compiled, ExternalTools.runOk(DIRECTORY, 60, List.of("node", "main.mjs", "./ours/sample.js")));
    assertEquals(compiled, ExternalTools.runOk(DIRECTORY, 60, List.of("node", "main.mjs", "./ours/sample.cjs")));

    copy("usage.ts", "ours/usage.ts");
    Files.writeString(DIRECTORY.resolve("tsconfig.usage.json"), """
        { "compilerOptions": { "strict": true, "exactOptionalPropertyTypes": true, "noImplicitOverride": true,
            "target": "ES2022", "lib": ["ES2022"], "types": [], "module": "NodeNext", "noEmit": true },
          "files": ["ours/usage.ts"] }
        """);
    ExternalTools.runOk(DIRECTORY, 300, List.of(ExternalTools.npmTool("tsc").toString(), "-p", "tsconfig.usage.json",
        "--pretty", "false"));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"enum Color { Red }", "const enum Color { Red }", "namespace N { export const x = 1; }",
      "class A { constructor(private x: number) {} }"})
  @DisplayName("syntax that is not erasable is refused, never passed through")
  void refusesNonErasable(String source) {
    assertThrows(SyntaxException.class, () -> ErasableModule.of(source).javaScript());
  }

  @Test
  @DisplayName("text that only looks like types (in strings, templates, comments, regular expressions) stays")
  void textStays() {
    String source = "const a = \"x: string\"; // y: number\nconst b = `${a}: T as U`; /* z!: never */\n"
        + "const c = /x: string<T>/.test(a) ? 1 : 2;\n";
    assertEquals(source, ErasableModule.of(source).javaScript());
  }

  @Test
  @DisplayName("an export without an explicit type cannot be declared: refused rather than guessed")
  void untypedExport() {
    assertThrows(SyntaxException.class, () -> ErasableModule.of("export const x = Math.random();\n").declarations());
  }

  private static void copy(String source, String target) throws IOException {
    Path file = DIRECTORY.resolve(target);
    Files.createDirectories(file.getParent());
    Files.copy(SAMPLE.resolve(source), file);
  }

  private static void clean() throws IOException {
    if (Files.exists(DIRECTORY)) {
      try (Stream<Path> paths = Files.walk(DIRECTORY)) {
        for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(path);
        }
      }
    }
    Files.createDirectories(DIRECTORY);
  }
}
