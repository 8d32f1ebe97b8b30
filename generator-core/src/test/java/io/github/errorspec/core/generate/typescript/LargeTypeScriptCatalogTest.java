package io.github.errorspec.core.generate.typescript;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.errorspec.core.generate.typescript.TypeScriptProject.Compiler;
import io.github.errorspec.core.load.SpecLoader;
import io.github.errorspec.core.spec.ErrorSpec;
import io.github.errorspec.core.testing.SyntheticCatalog;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Large catalogs: how long they take is measured in benchmarks/typescript, not here. */
@DisplayName("a large catalog's TypeScript")
class LargeTypeScriptCatalogTest {

  @Test
  @DisplayName("a 10,000-code module type-checks under the strict flags, and so do createError and hasCode with its codes")
  void tenThousandCodes() throws Exception {
    byte[] yaml = SyntheticCatalog.yaml(10_000, 40).getBytes(StandardCharsets.UTF_8);
    ErrorSpec spec = new SpecLoader().parse("error-spec.yaml", yaml);
    String module = new TypeScriptGenerator().generate(spec);
    assertTrue(module.contains("  " + SyntheticCatalog.code(9_999) + ": { status: "));
    String code = SyntheticCatalog.code(9_999);
    // createError's and hasCode's types over the 10,000-code union: a literal code and an ErrorCode.
    String usage = "import { type ApiError, ErrorCode, createError, hasCode } from \"./errors.js\";\n"
        + "export function use(code: ErrorCode, error: unknown): ApiError[] {\n"
        + "  if (hasCode(error, ErrorCode." + code + ")) {\n"
        + "    void error.params;\n"
        + "  }\n"
        + "  return [createError(ErrorCode." + code + "), createError(code), createError(code, { issue: \"x\" })];\n"
        + "}\n";
    TypeScriptProject.create("large").write("errors.ts", module).write("usage.ts", usage)
        .compile(Compiler.TYPESCRIPT_7, "tsconfig.json",
            "\"target\": \"ES2020\", \"lib\": [\"ES2020\"], \"types\": [], \"noEmit\": true",
            List.of("errors.ts", "usage.ts"));
  }
}
