package io.github.errorspec.core.generate.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.constructor.SafeConstructor;

@DisplayName("The YAML writer")
class YamlWriterTest {

  @Test
  @DisplayName("writes block mappings and sequences, two spaces deep, with a header comment")
  void layout() {
    Yaml.Mapping root = new Yaml.Mapping()
        .put("openapi", "3.1.0")
        .put("list", new Yaml.Sequence(List.of(
            new Yaml.Mapping().put("$ref", "#/a").put("type", "string"),
            new Yaml.Text("plain"),
            new Yaml.Sequence(List.of(new Yaml.Int(1))))))
        .put("nested", new Yaml.Mapping().put("const", false).put("minLength", 1))
        .put("empty", new Yaml.Mapping())
        .put("none", new Yaml.Sequence(List.of()))
        .put("block", new Yaml.Mapping().put("text", "two\n\nlines"));

    assertEquals("""
        # Generated. Do not edit.
        openapi: "3.1.0"
        list:
          - $ref: "#/a"
            type: string
          - plain
          -
            - 1
        nested:
          const: false
          minLength: 1
        empty: {}
        none: []
        block:
          text: |-
            two

            lines
        """, YamlWriter.write("Generated. Do not edit.", root));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Rate limit exceeded", "doesn't exist", "max_tokens", "$ref", "Café fermé",
      "application/json", "a-b (c), d; e! f? 100% = +1 @x ^y ~z &w *v <u> |t"})
  @DisplayName("leaves ordinary text plain")
  void plain(String text) {
    assertEquals(text, YamlWriter.scalar(text, 2));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "NO", "no", "On", "oFf", "y", "N", "Yes", "TRUE", "false", "Null", "~", "012", "1e3",
      "0x1F", ".inf", "2024-01-01", "12:30:00", "- item", "? key", ": value", "key: value", "a #comment",
      "#comment", "&anchor", "*alias", "!tag", "%directive", "@reserved", "`reserved", "'single'", "\"double\"",
      "{flow}", "[flow]", "|block", ">folded", "trailing ", " leading", "tab\there", "back\\slash", "<<"})
  @DisplayName("quotes text a parser would misread, and reads it back exactly")
  void quoted(String text) {
    assertEquals('"', YamlWriter.scalar(text, 2).charAt(0));
    assertEquals(text, readBack(text));
  }

  @Test
  @DisplayName("escapes control, separator, invisible and unpaired characters; keeps other Unicode as is")
  void escapes() {
    assertEquals("\"a\\nb\\tc\\rd\\x00\\x1B\\x7F\\x85\\u2028\\u2029\\u200B\\u202E\\uFEFF\\uD800\\U000E0041\"",
        YamlWriter.doubleQuoted("a\nb\tc\rd\u0000\u001B\u007F\u0085\u2028\u2029\u200B\u202E\uFEFF\uD800\uDB40\uDC41"));
    assertEquals("\"\\\"é😀\\\\\"", YamlWriter.doubleQuoted("\"é\uD83D\uDE00\\"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"one\ntwo", "# not a comment\n- not an item\n  indented: not a key", "a\n\nb"})
  @DisplayName("writes several clean lines as a literal block")
  void literal(String text) {
    assertEquals("|-\n  " + text.replace("\n", "\n  ").replace("\n  \n", "\n\n"), YamlWriter.scalar(text, 2));
    assertEquals(text, readBack(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"one\n", "\none", " one\ntwo", "one \ntwo", "one\n \ntwo", "tab\t\nx", "cr\r\nx",
      "sep\u2028\nx", "zero\u200B\nx"})
  @DisplayName("double-quotes lines a literal block would change")
  void notLiteral(String text) {
    assertEquals('"', YamlWriter.scalar(text, 2).charAt(0));
    assertEquals(text, readBack(text));
  }

  private static String readBack(String text) {
    return (String) load(YamlWriter.write("", new Yaml.Mapping().put("k", text))).get("k");
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> load(String yaml) {
    return (Map<String, Object>) new org.yaml.snakeyaml.Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
  }
}
