package io.github.errorspec.core.generate.typescript;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.errorspec.core.generate.CatalogText;
import io.github.errorspec.core.load.SpecLoader;
import io.github.errorspec.core.spec.ErrorSpec;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("TypeScript params types")
class TypeScriptParamsTest {

  private static final String SPEC = """
      errorspec: 1
      api: Names
      statuses:
        400: Bad Request
      categories:
        - title: All
          groups:
            - status: 400
              errors:
                - code: ERROR
                  message: "At {at}"
                  params: {at: string}
                - code: A_1B
                  message: "One"
                  params: {n: integer}
                - code: A1B
                  message: "Two"
                  params: {n: integer}
                - code: NO_PARAMS
                  message: "Plain {x}"
      """;

  @Test
  @DisplayName("each code with params has an interface named by CatalogText: PascalCase, or the code with _Params when taken")
  void interfaceNames() throws Exception {
    ErrorSpec spec = new SpecLoader().parse("error-spec.yaml", SPEC.getBytes(StandardCharsets.UTF_8));
    assertEquals(Map.of("ERROR", "ERROR_Params", "A_1B", "A1bParams", "A1B", "A1B_Params"),
        CatalogText.paramsTypeNames(spec, Set.of("ErrorParams", "NoParams", "CodeWithParams")));
    String module = new TypeScriptGenerator().generate(spec);
    assertTrue(module.contains("  readonly ERROR: ERROR_Params;\n  readonly A_1B: A1bParams;\n"
        + "  readonly A1B: A1B_Params;\n  readonly NO_PARAMS: NoParams;\n"), module);
    assertTrue(module.contains("export type CodeWithParams = \"ERROR\" | \"A_1B\" | \"A1B\";\n"), module);
    assertTrue(module.contains("  ERROR: { params: [[\"at\", \"string\"]], parts: [\"At \", \"at\", \"\"] },\n"), module);
  }
}
