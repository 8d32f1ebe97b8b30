package io.github.errorspec.core.generate.typescript;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("spec text in TypeScript")
class TypeScriptTextTest {

  @Test
  @DisplayName("a string literal escapes quotes, backslashes, line breaks and controls, and keeps printable text")
  void literal() {
    assertEquals("\"Say \\\"hi\\\" \\\\ it's\\n\\r\\t\\u0000\\u007f Café 😀\"",
        TypeScriptText.literal("Say \"hi\" \\ it's\n\r\t\u0000\u007f Café 😀"));
  }

  @Test
  @DisplayName("a string literal never closes a script element nor starts a template substitution")
  void literalInHtmlAndTemplates() {
    assertEquals("\"\\u003c/script\\u003e \\u003c!-- --\\u003e $\\{x} $\\{ $ {}\"",
        TypeScriptText.literal("</script> <!-- --> ${x} ${ $ {}"));
  }

  @Test
  @DisplayName("a string literal escapes line separators, invisible and reordering characters, and lone surrogates")
  void literalHiddenCharacters() {
    assertEquals("\"\\u2028\\u2029\\u200b\\u202e\\u2066\\ufeff\\u00ad\\udfff\\ud800\\u{e0041}\ufffd\"",
        TypeScriptText.literal("\u2028\u2029\u200B\u202E\u2066\uFEFF\u00AD\uDFFF\uD800\uDB40\uDC41\uFFFD"));
  }

  @Test
  @DisplayName("JSDoc text cannot end the comment, start a tag or hold HTML; it keeps backslashes and printable text")
  void doc() {
    assertEquals("a *&#47; b /* c **&#47; &#64;deprecated {&#64;link X} &lt;b&gt; &amp;amp; \\u0041 Café",
        TypeScriptText.doc("a */ b /* c **/ @deprecated {@link X} <b> &amp; \\u0041 Café"));
  }

  @Test
  @DisplayName("JSDoc text keeps line breaks as \\n, turns tabs into spaces, drops spaces at line ends and around the text")
  void docLines() {
    assertEquals("one\ntwo  three\nfour\n\nfive", TypeScriptText.doc("  one  \r\ntwo\t three\rfour\n\nfive \n"));
  }

  @Test
  @DisplayName("JSDoc text shows hidden characters as escapes")
  void docHidden() {
    assertEquals("\\u2028 \\u202e \\u0007 \\udc00", TypeScriptText.doc("\u2028 \u202E \u0007 \uDC00"));
  }

  @Test
  @DisplayName("a sentence ends with a period unless it ends with one, a question or an exclamation mark")
  void sentence() {
    assertEquals(List.of("Done.", "Done.", "Why?", "Stop!", ""),
        List.of(TypeScriptText.sentence("Done"), TypeScriptText.sentence("Done."), TypeScriptText.sentence("Why?"),
            TypeScriptText.sentence("Stop!"), TypeScriptText.sentence(" ")));
  }

  @Test
  @DisplayName("a line comment stays on its line")
  void lineComment() {
    assertEquals("spec\\u000a.yaml\\u2028 */ ok", TypeScriptText.lineComment("spec\n.yaml\u2028 */ ok"));
  }

  @Test
  @DisplayName("a JSDoc comment is one line when short, a block of paragraphs otherwise")
  void docComment() {
    assertEquals("  /** Short. */\n", TypeScriptText.docComment("  ", List.of("Short.")));
    assertEquals("  /**\n   * One\n   * two.\n   *\n   * Three.\n   */\n",
        TypeScriptText.docComment("  ", List.of("One\ntwo.", "Three.")));
    String longLine = "x".repeat(100);
    assertEquals("/**\n * " + longLine + "\n */\n", TypeScriptText.docComment("", List.of(longLine)));
  }
}
