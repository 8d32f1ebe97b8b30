package io.github.errorspec.core.generate.typescript;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.errorspec.core.generate.ClientPackage;
import io.github.errorspec.core.generate.GeneratedFile;
import io.github.errorspec.core.generate.GoldenCatalog;
import io.github.errorspec.core.generate.typescript.TypeScriptProject.Compiler;
import io.github.errorspec.core.spec.InputException;
import io.github.errorspec.core.testing.ExternalTools;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The npm package of the TypeScript client, made without a compiler from {@code errors.ts}: its
 * JavaScript behaves as the compiled module does (the whole node suite and the conformance corpus,
 * run against {@code index.js} and against {@code index.cjs}), its declarations type-check every
 * use of the module, and npm packs and installs it for plain JavaScript and TypeScript projects.
 */
@DisplayName("the TypeScript client as an npm package")
class TypeScriptPackageTest {

  private static final String VERSION = "1.2.3-SNAPSHOT";

  @ParameterizedTest(name = "{0} catalog, {1}")
  @EnumSource(value = GoldenCatalog.class, names = {"SEED", "PARAMS"})
  @DisplayName("index.js and index.cjs pass the node suite that the compiled module passes")
  void behavesAsCompiled(GoldenCatalog catalog) {
    List<String> tests = new ArrayList<>(List.of("catalog.test.ts"));
    if (catalog == GoldenCatalog.SEED) {
      tests.addAll(List.of("decode.test.ts", "headers.test.ts", "retry.test.ts", "envelope.test.ts",
          "conformance.test.ts"));
    } else {
      tests.add("params.test.ts");
    }
    TypeScriptProject project = TypeScriptProject.create("package-node-" + catalog.caseName())
        .write("package.json", "{ \"private\": true, \"type\": \"module\" }\n")
        .write("src/errors.ts", new TypeScriptGenerator().generate(catalog.spec()))
        .write("out/catalog.json", TypeScriptBehaviourTest.expectations(catalog.spec()));
    tests.forEach(test -> project.copySource(test, "src/" + test));
    if (catalog == GoldenCatalog.SEED) {
      TypeScriptBehaviourTest.copyCorpus(project);
    }
    List<String> sources = new ArrayList<>(List.of("src/errors.ts"));
    tests.forEach(test -> sources.add("src/" + test));
    project.compile(Compiler.TYPESCRIPT_7, "tsconfig.json",
        "\"target\": \"ES2022\", \"lib\": [\"ES2022\"], \"types\": [\"node\"], \"module\": \"NodeNext\", "
            + "\"rootDir\": \"src\", \"outDir\": \"out\"",
        sources);
    List<String> compiled = tests.stream().map(test -> "out/" + test.replace(".ts", ".js")).collect(Collectors.toList());
    // The tests import ./errors.js: first the package's ES module, then its CommonJS through an ES module of one line.
    project.write("out/errors.js", file(catalog, "index.js"));
    assertPassed(project.runNodeTests(compiled));
    project.write("out/index.cjs", file(catalog, "index.cjs")).write("out/errors.js", "export * from \"./index.cjs\";\n");
    assertPassed(project.runNodeTests(compiled));
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Compiler.class)
  @DisplayName("index.d.ts of every catalog type-checks the type tests written against errors.ts")
  void declarationsTypeCheck(Compiler compiler) {
    TypeScriptProject project = TypeScriptProject.create("package-types-" + compiler.name().toLowerCase(Locale.ROOT));
    List<String> files = new ArrayList<>();
    for (GoldenCatalog catalog : GoldenCatalog.values()) {
      project.write(catalog.caseName() + "/errors.d.ts", file(catalog, "index.d.ts"))
          .write(catalog.caseName() + "/errors.js", file(catalog, "index.js"));
      files.add(catalog.caseName() + "/errors.d.ts");
    }
    // The params type tests include lines that must not compile (ts-expect-error): the declarations keep them failing.
    project.copySource("types/usage.ts", "seed/usage.ts").copySource("types/params.ts", "params/usage.ts");
    files.addAll(List.of("seed/usage.ts", "params/usage.ts"));
    project.compile(compiler, "tsconfig.json", "\"target\": \"ES2020\", \"lib\": [\"ES2020\", \"DOM\"], \"types\": [], "
        + "\"module\": \"ES2020\", \"noEmit\": true", files);
  }

  @Test
  @DisplayName("npm packs it; a fresh project installs the tarball offline, imports and requires it, and tsc --strict checks it")
  void installs() throws IOException {
    TypeScriptProject project = TypeScriptProject.create("package-npm")
        .write("package.json", "{ \"private\": true, \"type\": \"module\" }\n");
    Path directory = project.directory().resolve("pkg");
    for (GeneratedFile file : files(GoldenCatalog.SEED)) {
      project.write("pkg/" + file.path(), file.content());
    }
    String tarball = ExternalTools.runOk(directory, 120, List.of("npm", "pack", "--silent")).strip();
    assertEquals("example-ai-api-errors-" + VERSION + ".tgz", tarball);
    ExternalTools.runOk(project.directory(), 300,
        List.of("npm", "install", "./pkg/" + tarball, "--offline", "--no-audit", "--no-fund"));
    for (String source : List.of("esm.mjs", "cjs.cjs", "consumer.ts", "consumer.cts")) {
      project.write("use/" + source, Files.readString(TypeScriptProject.SOURCES.resolve("package").resolve(source),
          StandardCharsets.UTF_8).replace("PACKAGE", "example-ai-api-errors"));
    }
    assertTrue(ExternalTools.runOk(project.directory(), 60, List.of("node", "use/esm.mjs")).contains("esm: ok"));
    assertTrue(ExternalTools.runOk(project.directory(), 60, List.of("node", "use/cjs.cjs")).contains("cjs: ok"));
    for (Compiler compiler : Compiler.values()) {
      String name = compiler.name().toLowerCase(Locale.ROOT);
      project.compile(compiler, "tsconfig." + name + ".nodenext.json", "\"target\": \"ES2020\", \"lib\": [\"ES2020\"], "
          + "\"types\": [], \"module\": \"NodeNext\", \"moduleResolution\": \"NodeNext\", \"noEmit\": true",
          List.of("use/consumer.ts", "use/consumer.cts"));
      project.compile(compiler, "tsconfig." + name + ".bundler.json", "\"target\": \"ES2020\", \"lib\": [\"ES2020\"], "
          + "\"types\": [], \"module\": \"ESNext\", \"moduleResolution\": \"Bundler\", \"noEmit\": true",
          List.of("use/consumer.ts"));
    }
  }

  /** The spec reporter's summary: some tests passed, none failed. */
  private static void assertPassed(String report) {
    assertTrue(report.contains("\u2139 fail 0") && !report.contains("\u2139 pass 0"), report);
  }

  private static String file(GoldenCatalog catalog, String name) {
    return files(catalog).stream().filter(file -> file.path().equals(name)).findFirst().orElseThrow().content();
  }

  static List<GeneratedFile> files(GoldenCatalog catalog) {
    try {
      return new TypeScriptPackageGenerator().generate(catalog.spec(),
          ClientPackage.of(catalog.spec(), Optional.empty(), Optional.of(VERSION)));
    } catch (InputException e) {
      throw new AssertionError(e);
    }
  }
}
