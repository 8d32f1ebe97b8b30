package io.github.errorspec.core.generate.python;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** How spec text is written into Python; PythonModuleTest has Python read every case back. */
@DisplayName("Python text escaping")
class PythonTextTest {

  @Test
  @DisplayName("a literal escapes quotes, backslashes and line breaks, and keeps printable text as typed")
  void literal() {
    assertEquals("\"Say \\\"hi\\\" \\\\ back\\n\\r\\t caf\u00e9 \u65e5\u672c \uD83D\uDE00 e\u0301\"",
        PythonText.literal("Say \"hi\" \\ back\n\r\t caf\u00e9 \u65e5\u672c \uD83D\uDE00 e\u0301"));
  }

  @Test
  @DisplayName("invisible and unencodable characters become escapes, by code point")
  void invisibleCharacters() {
    // Private-use and unassigned code points stay as typed: only a fixed list is escaped, so that the
    // output does not depend on the Unicode version of the JDK that generates it.
    assertEquals("\"\\x00\\x1f\\x7f\\x85\\xa0 \\u2028\\u2029\\u202e\\u200b\\ufeff\\u3000 \\udfff\\ud800 \ue000"
            + "\uDB80\uDC00 \u0378\\uffff\"",
        PythonText.literal("\u0000\u001f\u007f\u0085\u00a0 \u2028\u2029\u202e\u200b\ufeff\u3000 \uDFFF\uD800 \uE000"
            + "\uDB80\uDC00 \u0378\uFFFF"));
  }

  @Test
  @DisplayName("a docstring never holds three quotes in a row nor ends with one")
  void docstringQuotes() {
    assertEquals("\\\"\\\"\\\"", PythonText.docstring("\"\"\"", ""));
    assertEquals("say \\\"\"hi\\\"", PythonText.docstring("say \"\"hi\"", ""));
    assertEquals("a \"quote\" inside", PythonText.docstring("a \"quote\" inside", ""));
  }

  @Test
  @DisplayName("a docstring keeps line breaks as indented lines and drops trailing spaces")
  void docstringLines() {
    assertEquals("one\n    two \\\\ \\t\n\n    three", PythonText.docstring("  one  \r\ntwo \\ \t\r\n\rthree\n", "    "));
  }

  @Test
  @DisplayName("a sentence ends with one period")
  void sentence() {
    assertEquals("Done.", PythonText.sentence("Done", ""));
    assertEquals("Done.", PythonText.sentence("Done.", ""));
    assertEquals("", PythonText.sentence("  ", ""));
  }

  @Test
  @DisplayName("a comment stays on its line")
  void comment() {
    assertEquals("my\\nspec\\u2028.yaml", PythonText.comment("my\nspec\u2028.yaml"));
  }
}
