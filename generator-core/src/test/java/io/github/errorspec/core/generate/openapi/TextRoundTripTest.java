package io.github.errorspec.core.generate.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Random text through each escape of the OpenAPI generator, and back. */
@Label("Text in the OpenAPI document")
class TextRoundTripTest {

  @Property(tries = 2000)
  @Label("reads back from YAML exactly, as a value and as a key")
  void yaml(@ForAll("yamlTexts") String text) {
    Yaml.Mapping root = new Yaml.Mapping()
        .put("value", text)
        .put("list", Yaml.texts(List.of(text, text)))
        .put("nested", new Yaml.Mapping().put(text, "key"));
    Map<String, Object> read = YamlWriterTest.load(YamlWriter.write("", root));
    assertEquals(text, read.get("value"));
    assertEquals(List.of(text, text), read.get("list"));
    assertEquals(Map.of(text, "key"), read.get("nested"));
  }

  @Property(tries = 2000)
  @Label("renders from Markdown as typed, as one paragraph or list item, at a line's start or after other text")
  void markdown(@ForAll("markdownTexts") String text) {
    String typed = RenderedMarkdown.typed(text);
    if (typed.isEmpty()) {
      return;
    }
    assertEquals(typed, RenderedMarkdown.paragraph(CommonMarkText.inline(text)));
    assertEquals("x " + typed, RenderedMarkdown.paragraph("x " + CommonMarkText.continuing(text)));
    assertEquals(List.of("Intro:", "- CODE: " + typed, "- last"), RenderedMarkdown.blocks(
        "Intro:\n\n- `CODE`: " + CommonMarkText.continuing(text).replace("\n", "\n  ") + "\n- last"));
  }

  @Property(tries = 1000)
  @Label("renders from a Markdown code span as typed on one line")
  void code(@ForAll("markdownTexts") String text) {
    String oneLine = text.replace("\r\n", " ").replace('\r', ' ').replace('\n', ' ');
    if (oneLine.isBlank()) {
      return;
    }
    assertEquals("field " + oneLine, RenderedMarkdown.paragraph("field " + CommonMarkText.code(text)));
  }

  /** Text rich in what YAML treats specially, plus any UTF-16 unit: controls, separators, surrogates. */
  @Provide
  Arbitrary<String> yamlTexts() {
    Arbitrary<String> hazards = Arbitraries.strings()
        .withChars(" \n\t\r#:-?&*!|>'\"%@`{}[],~\\.+0123456789aeflnorsuxyNOY")
        .withChars('\u0085', '\u00A0', '\u2028', '\u2029', '\u200B', '\u202E', '\uFEFF', '\uD800', '\uDC00', 'é')
        .ofMaxLength(12);
    Arbitrary<String> words = Arbitraries.of("yes", "No", "ON", "off", "null", "True", "~", "y", "n", "<<", "=",
        "2024-01-01", "0x1F", "1e3", ".inf", ".NaN", "012", "1_000", "12:30", "- ", "? ", "---", "...");
    Arbitrary<String> any = Arbitraries.strings().all().ofMaxLength(8);
    return Arbitraries.oneOf(hazards, words, any);
  }

  /** Text rich in Markdown syntax: every ASCII punctuation character, digits, spaces, tabs and line breaks. */
  @Provide
  Arbitrary<String> markdownTexts() {
    Arbitrary<String> hazards = Arbitraries.strings()
        .withChars("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")
        .withChars(" \t\n\r0123456789abAB")
        .ofMaxLength(16);
    Arbitrary<String> lines = Arbitraries.of("# h", "> q", "- i", "+ i", "* i", "1. i", "2) i", "---", "===", "***",
        "___", "|a|b|", "|-|-|", ":-:", "```", "~~~", "    code", "<div>", "<!-- c -->", "[a]: /u", "[a](b)",
        "![i](s)", "<http://x>", "&amp;", "&#64;", "a  ", "\\", "_a_", "*a*", "a_b_c", "~~s~~", "`c`")
        .list().ofMaxSize(4).map(parts -> String.join("\n", parts));
    return Arbitraries.oneOf(hazards, lines);
  }
}
