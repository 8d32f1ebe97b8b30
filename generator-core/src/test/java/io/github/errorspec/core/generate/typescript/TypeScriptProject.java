package io.github.errorspec.core.generate.typescript;

import io.github.errorspec.core.testing.ExternalTools;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A scratch TypeScript project under {@code target/typescript/}: files written into it, compiled
 * with one of the pinned compilers, run with the machine's {@code node}. Failures carry the
 * tools' whole output.
 */
final class TypeScriptProject {

  /** The compiler options every check uses: the strict set. */
  static final String STRICT = String.join(",\n    ",
      "\"strict\": true",
      "\"exactOptionalPropertyTypes\": true",
      "\"noImplicitOverride\": true",
      "\"noUnusedLocals\": true",
      "\"noUnusedParameters\": true",
      "\"noImplicitReturns\": true",
      "\"noFallthroughCasesInSwitch\": true",
      "\"noUncheckedIndexedAccess\": true",
      "\"noPropertyAccessFromIndexSignature\": true",
      "\"forceConsistentCasingInFileNames\": true");

  /** The TypeScript test sources: {@code src/test/typescript/}. */
  static final Path SOURCES = Path.of("src", "test", "typescript");

  /** The two pinned compilers. */
  enum Compiler {
    TYPESCRIPT_7,
    TYPESCRIPT_5;

    List<String> command() {
      return this == TYPESCRIPT_7
          ? List.of(ExternalTools.npmTool("tsc").toString())
          : List.of("node", ExternalTools.npmFile("typescript5", "bin/tsc").toString());
    }
  }

  private final Path directory;

  private TypeScriptProject(Path directory) {
    this.directory = directory;
  }

  /** An empty project {@code target/typescript/NAME}, deleting what a previous run left there. */
  static TypeScriptProject create(String name) {
    Path directory = Path.of("target", "typescript", name).toAbsolutePath();
    try {
      if (Files.exists(directory)) {
        try (Stream<Path> paths = Files.walk(directory)) {
          for (Path path : paths.sorted(Comparator.reverseOrder()).collect(Collectors.toList())) {
            Files.delete(path);
          }
        }
      }
      Files.createDirectories(directory);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new TypeScriptProject(directory);
  }

  Path directory() {
    return directory;
  }

  /** Writes {@code text} to {@code path} in the project, in UTF-8. */
  TypeScriptProject write(String path, String text) {
    try {
      Path file = directory.resolve(path);
      Files.createDirectories(file.getParent());
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  /** Copies the test source {@code src/test/typescript/NAME} to {@code path} in the project. */
  TypeScriptProject copySource(String name, String path) {
    try {
      return write(path, Files.readString(SOURCES.resolve(name), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes {@code CONFIG} with the strict options, {@code options} (JSON members) and
   * {@code files}, then compiles it, failing with the compiler's output on any diagnostic.
   */
  String compile(Compiler compiler, String config, String options, List<String> files) {
    String list = files.stream().map(file -> '"' + file + '"').collect(Collectors.joining(", "));
    write(config, "{\n  \"compilerOptions\": {\n    " + STRICT + ",\n    " + options + "\n  },\n  \"files\": [" + list + "]\n}\n");
    List<String> command = new ArrayList<>(compiler.command());
    command.addAll(List.of("-p", config, "--pretty", "false"));
    return ExternalTools.runOk(directory, 300, command);
  }

  /** Runs {@code node --test} over the compiled tests, failing with the test runner's whole report. */
  String runNodeTests(List<String> files) {
    List<String> command = new ArrayList<>(List.of("node", "--test", "--test-reporter=spec"));
    command.addAll(files);
    return ExternalTools.runOk(directory, 300, command);
  }

  /** A JSON string literal of {@code text}, every character beyond printable ASCII escaped. */
  static String json(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20 || c > 0x7E) {
        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.append('"').toString();
  }
}
