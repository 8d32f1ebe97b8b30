package io.github.errorspec.core.generate.typescript;

import io.github.errorspec.core.generate.GoldenCatalog;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.errorspec.core.generate.typescript.TypeScriptProject.Compiler;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayName("generated TypeScript type-checks")
class TypeScriptCompileTest {

  /** The generator's template: itself a module, for a sample catalog. */
  private static final Path TEMPLATE =
      Path.of("src", "main", "resources", "io", "github", "errorspec", "core", "generate", "typescript", "errors.ts");

  @ParameterizedTest(name = "{0}, lib {1}")
  @CsvSource(delimiter = ';', value = {"TYPESCRIPT_7; ES2020", "TYPESCRIPT_7; ES2020,DOM", "TYPESCRIPT_5; ES2020", "TYPESCRIPT_5; ES2020,DOM"})
  @DisplayName("the seed, edge and params modules, the params type tests and the template, under --strict and the stricter flags, with ES2020 alone or with DOM")
  void strict(Compiler compiler, String lib) throws Exception {
    boolean dom = lib.contains("DOM");
    TypeScriptProject project = TypeScriptProject.create("compile-" + compiler.name().toLowerCase(Locale.ROOT) + (dom ? "-dom" : ""))
        .write("seed/errors.ts", module(GoldenCatalog.SEED))
        .write("edge/errors.ts", module(GoldenCatalog.EDGE))
        .write("params/errors.ts", module(GoldenCatalog.PARAMS))
        .write("template/errors.ts", Files.readString(TEMPLATE, StandardCharsets.UTF_8))
        .copySource("types/params.ts", "params/usage.ts");
    // Type tests of params: a missing key, a misspelt key or a wrong type is a compile error.
    List<String> files = new ArrayList<>(List.of("seed/errors.ts", "edge/errors.ts", "params/errors.ts",
        "params/usage.ts", "template/errors.ts"));
    if (dom) {
      // Type tests of the API as a browser or Node client sees it: fetch's Response and Headers.
      project.copySource("types/usage.ts", "seed/usage.ts");
      files.add("seed/usage.ts");
    }
    String libs = String.join(", ", List.of(lib.split(",")).stream().map(name -> '"' + name + '"').toList());
    project.compile(compiler, "tsconfig.json",
        "\"target\": \"ES2020\", \"lib\": [" + libs + "], \"types\": [], \"module\": \"ES2020\", \"noEmit\": true",
        files);
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Compiler.class)
  @DisplayName("with isolated modules and declarations, verbatim module syntax, erasable syntax only, define semantics for fields, declarations emitted")
  void modernSettings(Compiler compiler) {
    TypeScriptProject project = TypeScriptProject.create("modern-" + compiler.name().toLowerCase(Locale.ROOT))
        .write("package.json", "{ \"private\": true, \"type\": \"module\" }\n")
        .write("seed/errors.ts", module(GoldenCatalog.SEED))
        .write("edge/errors.ts", module(GoldenCatalog.EDGE))
        .write("params/errors.ts", module(GoldenCatalog.PARAMS));
    project.compile(compiler, "tsconfig.json", String.join(", ",
            "\"target\": \"ESNext\"", "\"lib\": [\"ESNext\"]", "\"types\": []", "\"module\": \"NodeNext\"",
            "\"useDefineForClassFields\": true", "\"isolatedModules\": true", "\"verbatimModuleSyntax\": true",
            "\"isolatedDeclarations\": true", "\"erasableSyntaxOnly\": true", "\"declaration\": true",
            "\"outDir\": \"out\""),
        List.of("seed/errors.ts", "edge/errors.ts", "params/errors.ts"));
    assertTrue(Files.exists(project.directory().resolve("out/seed/errors.d.ts")));
  }

  private static String module(GoldenCatalog catalog) {
    return new TypeScriptGenerator().generate(catalog.spec());
  }
}
