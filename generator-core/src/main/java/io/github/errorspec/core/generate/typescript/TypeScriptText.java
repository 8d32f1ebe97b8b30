package io.github.errorspec.core.generate.typescript;

import io.github.errorspec.core.generate.CatalogText;
import io.github.errorspec.core.generate.Characters;

import java.util.List;
import java.util.Locale;

/**
 * Spec text made safe for generated TypeScript: string literals, JSDoc and line comments.
 *
 * <p>Printable text stays as typed (the module is UTF-8, as TypeScript reads it), so that
 * {@code "Café fermé"} reads as such. Escaped everywhere: control characters, lone surrogates, and
 * characters that are invisible or reorder the text around them (bidirectional controls, zero-width
 * characters, tag characters), which would let spec text look like other code; they are listed
 * once below, so that output does not depend on the Unicode version of the JDK that runs the
 * generator.
 */
final class TypeScriptText {

  /** Widest line a short JSDoc comment is written on. */
  private static final int LINE_WIDTH = 100;

  private TypeScriptText() {}

  /**
   * A double-quoted string literal that evaluates to {@code text} exactly. Besides quotes,
   * backslashes and the characters above, {@code <} and {@code >} are escaped (no {@code </script>}
   * or {@code <!--} when the compiled module is inlined in HTML), and so is the <code>{</code> of
   * <code>${</code> (inert in a double-quoted string, but never a template substitution if the text is
   * ever pasted into one).
   */
  static String literal(String text) {
    StringBuilder out = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '<', '>' -> out.append(unicodeEscape(c));
        case '{' -> out.append(i >= 2 && text.charAt(i - 2) == '$' ? "\\{" : "{");
        default -> out.append(Characters.hidden(c) ? unicodeEscape(c) : Character.toString(c));
      }
    }
    return out.append('"').toString();
  }

  /**
   * Text for a JSDoc comment that shows as typed in an editor's hover and can neither end the
   * comment nor start a tag: {@code @} and the {@code /} of <code>*&#47;</code> become character
   * references, as do {@code <}, {@code >} and {@code &} (editors render JSDoc as Markdown, which
   * allows HTML); hidden characters show as {@code \}{@code uXXXX}. Line breaks stay line breaks
   * ({@code \r\n} and {@code \r} become {@code \n}), tabs become spaces, and white space around the
   * text and at line ends is dropped.
   */
  static String doc(String text) {
    String normalized = text.replace("\r\n", "\n").replace('\r', '\n');
    StringBuilder out = new StringBuilder(normalized.length());
    for (int i = 0; i < normalized.length(); ) {
      int c = normalized.codePointAt(i);
      i += Character.charCount(c);
      switch (c) {
        case '\n' -> out.append('\n');
        case '\t' -> out.append(' ');
        case '@' -> out.append("&#64;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '/' -> out.append(out.length() > 0 && out.charAt(out.length() - 1) == '*' ? "&#47;" : "/");
        default -> out.append(Characters.hidden(c) ? unicodeEscape(c) : Character.toString(c));
      }
    }
    return out.toString().replaceAll("[ ]+\n", "\n").strip();
  }

  /** {@link CatalogText#sentence} as {@link #doc} text. */
  static String sentence(String text) {
    return doc(CatalogText.sentence(text));
  }

  /** Text for a {@code //} comment: on one line, hidden characters and line breaks as escapes. */
  static String lineComment(String text) {
    return Characters.showHidden(text);
  }

  /** {@code text} broken at spaces into lines of at most {@code width} characters, for {@link #docComment}. */
  static String wrap(String text, int width) {
    StringBuilder out = new StringBuilder(text.length());
    int lineStart = 0;
    for (String word : text.split(" ")) {
      if (out.length() > lineStart && out.length() - lineStart + 1 + word.length() > width) {
        out.append('\n');
        lineStart = out.length();
      } else if (out.length() > lineStart) {
        out.append(' ');
      }
      out.append(word);
    }
    return out.toString();
  }

  /**
   * A JSDoc comment of paragraphs of {@link #doc} text, at {@code indent}: on one line when it is
   * one short line, otherwise as a block with a blank line between paragraphs.
   */
  static String docComment(String indent, List<String> paragraphs) {
    if (paragraphs.size() == 1) {
      String line = indent + "/** " + paragraphs.get(0) + " */";
      if (!paragraphs.get(0).contains("\n") && line.length() <= LINE_WIDTH) {
        return line + "\n";
      }
    }
    StringBuilder out = new StringBuilder(indent).append("/**\n");
    for (int p = 0; p < paragraphs.size(); p++) {
      if (p > 0) {
        out.append(indent).append(" *\n");
      }
      for (String line : paragraphs.get(p).split("\n", -1)) {
        out.append(indent).append(line.isEmpty() ? " *" : " * " + line).append('\n');
      }
    }
    return out.append(indent).append(" */\n").toString();
  }

  /** {@code \}{@code u0041}, or {@code \}<code>u{e0041}</code> beyond the Basic Multilingual Plane. */
  private static String unicodeEscape(int c) {
    return c > 0xFFFF
        ? String.format(Locale.ROOT, "\\u{%x}", c)
        : String.format(Locale.ROOT, "\\u%04x", c);
  }
}
