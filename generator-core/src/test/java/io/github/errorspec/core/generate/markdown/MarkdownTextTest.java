package io.github.errorspec.core.generate.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The escaping of single cells, the common case (plain ASCII, nothing to escape) included. */
@DisplayName("Markdown text of a cell")
class MarkdownTextTest {

  @Test
  @DisplayName("plain ASCII text without syntax characters is the text itself")
  void plainText() {
    String plain = "Synthetic error 12345 went wrong (see: the docs, 50% of the time) + more!";
    assertEquals(plain, MarkdownText.inline(plain));
    assertEquals("`SYNTHETIC_ERROR_12345`", MarkdownText.code("SYNTHETIC_ERROR_12345"));
    assertEquals("``", MarkdownText.code(""));
  }

  @ParameterizedTest(name = "[{0}] -> [{1}]")
  @DisplayName("syntax characters, line breaks, tabs, outer spaces and hidden characters in running text")
  @CsvSource(delimiter = '\t', quoteCharacter = '"', value = {
      "a|b\ta\\|b",
      "*bold* and _it_\t\\*bold\\* and \\_it\\_",
      "<b> & #1 ~x~ [l] `c` \\\\\t\\<b\\> \\& \\#1 \\~x\\~ \\[l\\] \\`c\\` \\\\\\\\",
      "\" padded \"\tpadded",
      "\"tab\tinside\"\ttab inside",
      "del\u007Fete\tdel&#127;ete",
      "caf\u00e9\tcaf\u00e9",
  })
  void escaped(String text, String expected) {
    assertEquals(expected, MarkdownText.inline(text));
  }

  @Test
  @DisplayName("a line break in running text is <br>")
  void lineBreak() {
    assertEquals("one<br>two<br>three", MarkdownText.inline("one\r\ntwo\nthree"));
  }

  @Test
  @DisplayName("code spans: pipes escaped, fences longer than any backtick run, hidden characters as <code>")
  void codeSpans() {
    assertEquals("`a\\|b`", MarkdownText.code("a|b"));
    assertEquals("``a`b``", MarkdownText.code("a`b"));
    assertEquals("`` `x ``", MarkdownText.code("`x"));
    assertEquals("`a b`", MarkdownText.code("a\nb"));
    assertEquals("<code>a&#127;b</code>", MarkdownText.code("a\u007Fb"));
  }
}
