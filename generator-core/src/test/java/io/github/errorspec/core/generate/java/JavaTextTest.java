package io.github.errorspec.core.generate.java;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Spec text in Java source")
class JavaTextTest {

  @ParameterizedTest(name = "literal of [{0}]")
  @CsvSource(delimiter = ';', quoteCharacter = '^', value = {
      "plain;^\"plain\"^",
      "say \"hi\";^\"say \\\"hi\\\"\"^",
      "back\\slash;^\"back\\\\slash\"^",
      "\\u0022 typed;^\"\\\\u0022 typed\"^",
      "caf\u00e9;^\"caf\\u00e9\"^",
      "\uD83D\uDE00;^\"\\ud83d\\ude00\"^",
      "$L %s {0};^\"$L %s {0}\"^",
  })
  void literal(String text, String expected) {
    assertEquals(expected, JavaText.literal(text));
  }

  @ParameterizedTest(name = "javadoc of [{0}]")
  @CsvSource(delimiter = '|', quoteCharacter = '^', value = {
      "plain text|plain text",
      "ends */ here|ends *&#47; here",
      "opens /* there|opens /* there",
      "<b>bold</b> & co|&#60;b&#62;bold&#60;/b&#62; &#38; co",
      "@param x {@link Y}|&#64;param x {&#64;link Y}",
      "\\u002a/ escape|&#92;u002a/ escape",
      "caf\u00e9 \uD83D\uDE00|caf&#233; &#128512;",
      "^  padded  ^|padded",
  })
  void javadoc(String text, String expected) {
    assertEquals(expected, JavaText.javadoc(text));
  }

  @Test
  @DisplayName("javadoc shows unassigned code points and lone surrogates as escapes, which doclint accepts")
  void javadocUndefinedCharacters() {
    assertEquals("&#92;ufadb &#92;ud800 &#92;U000e0000 &#128512;",
        JavaText.javadoc("\ufadb \ud800 " + new String(Character.toChars(0xE0000)) + " \uD83D\uDE00"));
  }

  @Test
  @DisplayName("javadoc keeps line breaks, makes tabs spaces and shows control characters as escapes")
  void javadocWhitespace() {
    assertEquals("one\ntwo three &#92;u0001", JavaText.javadoc("one\r\ntwo\tthree \u0001"));
  }
}
