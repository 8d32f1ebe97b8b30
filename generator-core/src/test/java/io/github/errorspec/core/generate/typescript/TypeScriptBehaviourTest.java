package io.github.errorspec.core.generate.typescript;

import io.github.errorspec.core.generate.CatalogText;
import io.github.errorspec.core.generate.GoldenCatalog;
import io.github.errorspec.core.generate.JavaEnvelopes;
import io.github.errorspec.core.generate.StatusNames;
import io.github.errorspec.core.generate.typescript.TypeScriptProject.Compiler;
import io.github.errorspec.core.spec.ErrorDef;
import io.github.errorspec.core.spec.ErrorSpec;
import io.github.errorspec.core.spec.Status;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Runs the {@code node --test} suite of {@code src/test/typescript/} against a generated module:
 * {@code catalog.test.ts} for every catalog, the behaviour tests for the seed, {@code params.test.ts}
 * for the params catalog. The tests and the
 * module are compiled with TypeScript 7; a second copy of the module, for the instanceof tests,
 * with TypeScript 5.9 on its own. The seed run also runs the shared conformance corpus, copied
 * beside the compiled tests.
 */
@DisplayName("generated TypeScript behaves")
class TypeScriptBehaviourTest {

  private static final List<String> SEED_TESTS =
      List.of("decode.test.ts", "headers.test.ts", "retry.test.ts", "envelope.test.ts", "copies.test.ts",
          "conformance.test.ts");

  /** The issue of the Java documents: every character the two JSON writers must escape alike. */
  private static final String ISSUE =
      "\"quoted\" back\\slash </script> & <b> \n\t\u0000\u001f\u007f \u2028\u2029 caf\u00e9 \uD83D\uDE00 \u202E \uD800";

  /** The shared client contract: {@code conformance/} at the repository's root. */
  private static final Path CONFORMANCE = Path.of("..", "conformance");

  @ParameterizedTest(name = "{0} catalog")
  @EnumSource(GoldenCatalog.class)
  @DisplayName("node --test passes over the module")
  void nodeTests(GoldenCatalog catalog) {
    List<String> tests = new ArrayList<>(List.of("catalog.test.ts"));
    if (catalog == GoldenCatalog.SEED) {
      tests.addAll(SEED_TESTS);
    }
    if (catalog == GoldenCatalog.PARAMS) {
      tests.add("params.test.ts");
    }
    if (catalog == GoldenCatalog.PROBLEM) {
      tests.add("problem.test.ts");
    }
    String module = module(catalog);
    TypeScriptProject project = TypeScriptProject.create("node-" + catalog.caseName())
        .write("package.json", "{ \"private\": true, \"type\": \"module\" }\n")
        .write("src/errors.ts", module)
        .write("copy/errors.ts", module)
        .write("out/catalog.json", expectations(catalog.spec()));
    tests.forEach(test -> project.copySource(test, "src/" + test));
    if (catalog == GoldenCatalog.SEED) {
      copyCorpus(project);
    }
    if (catalog == GoldenCatalog.PROBLEM) {
      project.write("out/java.json", javaDocuments(catalog.spec()));
    }
    List<String> sources = new ArrayList<>(List.of("src/errors.ts"));
    tests.forEach(test -> sources.add("src/" + test));
    project.compile(Compiler.TYPESCRIPT_7, "tsconfig.json",
        "\"target\": \"ES2022\", \"lib\": [\"ES2022\"], \"types\": [\"node\"], \"module\": \"NodeNext\", "
            + "\"rootDir\": \"src\", \"outDir\": \"out\"",
        sources);
    project.compile(Compiler.TYPESCRIPT_5, "tsconfig.copy.json",
        "\"target\": \"ES2020\", \"lib\": [\"ES2020\"], \"types\": [], \"module\": \"ES2020\", "
            + "\"rootDir\": \"copy\", \"outDir\": \"out/copy\"",
        List.of("copy/errors.ts"));
    project.runNodeTests(tests.stream().map(test -> "out/" + test.replace(".ts", ".js")).collect(Collectors.toList()));
  }

  /** Copies every {@code *.json} of {@code conformance/decode} and {@code conformance/retry} to {@code out/conformance}. */
  static void copyCorpus(TypeScriptProject project) {
    for (String folder : List.of("decode", "retry")) {
      try (Stream<Path> files = Files.list(CONFORMANCE.resolve(folder))) {
        for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().collect(Collectors.toList())) {
          project.write("out/conformance/" + folder + "/" + file.getFileName(), Files.readString(file, StandardCharsets.UTF_8));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** What the generated Java writes for each code with {@link #ISSUE}, for problem.test.ts to compare toJson with. */
  private static String javaDocuments(ErrorSpec spec) {
    try {
      Map<String, String> documents = JavaEnvelopes.of(spec, ISSUE, "req-1", Instant.parse("2024-01-01T00:00:00Z"));
      return documents.entrySet().stream()
          .map(entry -> TypeScriptProject.json(entry.getKey()) + ": " + TypeScriptProject.json(entry.getValue()))
          .collect(Collectors.joining(",\n    ", "{\n  \"issue\": " + TypeScriptProject.json(ISSUE)
              + ",\n  \"documents\": {\n    ", "\n  }\n}\n"));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** The catalog as the Java loader read it, for catalog.test.ts to compare the module with. */
  static String expectations(ErrorSpec spec) {
    StatusNames names = StatusNames.of(spec);
    String codes = spec.errors().map(TypeScriptBehaviourTest::code).collect(Collectors.joining(",\n    "));
    String statuses = spec.statuses().stream()
        .map(status -> status(status, names))
        .collect(Collectors.joining(",\n    "));
    return "{\n  \"format\": \"" + spec.format().key() + "\",\n  \"codes\": [\n    " + codes + "\n  ],\n  \"statuses\": [\n    " + statuses + "\n  ],\n"
        + "  \"problemTypeBase\": " + orNull(CatalogText.problemTypeBase(spec)) + "\n}\n";
  }

  private static String code(ErrorDef error) {
    return "{\"code\": " + TypeScriptProject.json(error.code())
        + ", \"status\": " + error.status()
        + ", \"message\": " + TypeScriptProject.json(error.message())
        + ", \"description\": " + TypeScriptProject.json(error.description().orElse(""))
        + ", \"field\": " + orNull(error.field())
        + ", \"retryable\": " + error.retryable()
        + ", \"deprecated\": " + orNull(error.deprecated()) + "}";
  }

  private static String status(Status status, StatusNames names) {
    String className = names.statuses().contains(status.code())
        ? TypeScriptProject.json(names.errorName(status.code())) : "null";
    return "{\"status\": " + status.code() + ", \"reason\": " + TypeScriptProject.json(status.reason())
        + ", \"className\": " + className + "}";
  }

  private static String orNull(Optional<String> text) {
    return text.map(TypeScriptProject::json).orElse("null");
  }

  private static String module(GoldenCatalog catalog) {
    return new TypeScriptGenerator().generate(catalog.spec());
  }
}
