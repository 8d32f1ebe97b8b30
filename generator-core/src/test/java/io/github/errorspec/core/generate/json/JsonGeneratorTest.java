package io.github.errorspec.core.generate.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.errorspec.core.generate.GeneratedFile;
import io.github.errorspec.core.generate.GoldenCatalog;
import io.github.errorspec.core.generate.GoldenFiles;
import io.github.errorspec.core.spec.ErrorDef;
import io.github.errorspec.core.spec.ErrorSpec;
import io.github.errorspec.core.spec.WireFormat;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("The catalog as JSON")
class JsonGeneratorTest {

  @ParameterizedTest(name = "{0} catalog")
  @ValueSource(strings = {"seed", "edge", "params", "problem"})
  @DisplayName("matches the golden file")
  void matchesGolden(String caseName) {
    String json = new JsonGenerator().generate(GoldenCatalog.of(caseName).spec());
    GoldenFiles.assertMatches(caseName, "json", List.of(new GeneratedFile("errors.json", json)));
  }

  @ParameterizedTest(name = "{0} catalog")
  @ValueSource(strings = {"seed", "edge", "params", "problem"})
  @DisplayName("is JSON with the spec's keys in spec order and every error's status and retryable resolved")
  void resolved(String caseName) throws Exception {
    ErrorSpec spec = GoldenCatalog.of(caseName).spec();
    JsonNode root = new ObjectMapper().readTree(new JsonGenerator().generate(spec));
    List<String> keys = new ArrayList<>(List.of("errorspec", "api", "package"));
    if (spec.docsUrl().isPresent()) {
      keys.add("docs_url");
    }
    if (spec.format() == WireFormat.PROBLEM) {
      keys.addAll(List.of("format", "problem"));
      assertEquals("problem", root.get("format").asText());
      assertEquals(spec.problemTypeBase().orElseThrow(), root.get("problem").get("type_base").asText());
    }
    keys.addAll(List.of("statuses", "categories"));
    if (!spec.retired().isEmpty()) {
      keys.add("retired");
    }
    assertEquals(keys, names(root));
    List<JsonNode> errors = new ArrayList<>();
    root.get("categories").forEach(category -> category.get("groups")
        .forEach(group -> group.get("errors").forEach(errors::add)));
    List<ErrorDef> expected = spec.errors().collect(Collectors.toList());
    assertEquals(expected.size(), errors.size());
    for (int i = 0; i < errors.size(); i++) {
      ErrorDef error = expected.get(i);
      JsonNode json = errors.get(i);
      assertEquals(error.code(), json.get("code").asText());
      assertEquals(error.message(), json.get("message").asText());
      assertEquals(error.status(), json.get("status").intValue(), error.code());
      assertEquals(error.retryable(), json.get("retryable").booleanValue(), error.code());
      List<String> order = List.of("code", "message", "description", "status", "field", "retryable", "deprecated",
          "since", "params");
      List<String> names = names(json);
      assertEquals(order.stream().filter(names::contains).collect(Collectors.toList()), names, error.code());
    }
  }

  @Test
  @DisplayName("escapes what JSON must and shows hidden characters as \\u escapes, astral ones as pairs")
  void escapes() {
    assertEquals("\"a\\\"b\\\\c\\n\\t\\r\\u0000\\u200b\\udb40\\udc41 \uD83D\uDE00 </script>\"\n",
        JsonWriter.write("a\"b\\c\n\t\r\u0000\u200B\uDB40\uDC41 \uD83D\uDE00 </script>"));
  }

  private static List<String> names(JsonNode node) {
    List<String> names = new ArrayList<>();
    for (Iterator<String> i = node.fieldNames(); i.hasNext(); ) {
      names.add(i.next());
    }
    return names;
  }
}
