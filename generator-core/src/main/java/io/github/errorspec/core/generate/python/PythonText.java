package io.github.errorspec.core.generate.python;

import io.github.errorspec.core.generate.CatalogText;
import io.github.errorspec.core.generate.Characters;
import java.util.Locale;

/**
 * Spec text made safe for generated Python: string literals, docstrings and comments.
 *
 * <p>Printable characters stay as typed, so that a message in French or Japanese reads as itself;
 * every character that could end a literal or a comment, hide itself or change how a reader sees
 * the source becomes an escape: the fixed list of {@link Characters#hidden} (control characters,
 * NUL included, right-to-left overrides, zero-width spaces, line and paragraph separators, lone
 * surrogates, which UTF-8 cannot hold).
 */
final class PythonText {

  private PythonText() {}

  /**
   * A Python string literal in double quotes that evaluates to exactly {@code text}, lone
   * surrogates included.
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
        default -> appendVisible(out, c);
      }
    }
    return out.append('"').toString();
  }

  /**
   * The inside of a {@code """} docstring showing {@code text}: line breaks (CRLF and CR read as
   * LF) become new lines indented by {@code indent}, trailing spaces and surrounding blank lines
   * are dropped, backslashes are doubled, and a double quote followed by another or ending the
   * text is escaped, so that no {@code """} can form.
   */
  static String docstring(String text, String indent) {
    String normalized = text.replace("\r\n", "\n").replace('\r', '\n').strip();
    StringBuilder out = new StringBuilder(normalized.length() + 16);
    for (int i = 0; i < normalized.length(); ) {
      int c = normalized.codePointAt(i);
      i += Character.charCount(c);
      if (c == '\n') {
        trimTrailingSpaces(out);
        out.append('\n');
        if (i < normalized.length() && normalized.charAt(i) != '\n') {
          out.append(indent);
        }
      } else if (c == '"') {
        boolean quoteFollows = i < normalized.length() && normalized.charAt(i) == '"';
        out.append(quoteFollows || i == normalized.length() ? "\\\"" : "\"");
      } else if (c == '\\') {
        out.append("\\\\");
      } else if (c == '\t') {
        out.append("\\t");
      } else {
        appendVisible(out, c);
      }
    }
    return out.toString();
  }

  /** {@link CatalogText#sentence} as {@link #docstring} text. */
  static String sentence(String text, String indent) {
    return docstring(CatalogText.sentence(text), indent);
  }

  /** Text for a one-line {@code #} comment: what {@link #literal} escapes, line breaks included. */
  static String comment(String text) {
    String literal = literal(text);
    return literal.substring(1, literal.length() - 1);
  }

  private static void trimTrailingSpaces(StringBuilder out) {
    int end = out.length();
    while (end > 0 && out.charAt(end - 1) == ' ') {
      end--;
    }
    out.setLength(end);
  }

  /** Appends a printable code point as it is, and any other as an escape. */
  private static void appendVisible(StringBuilder out, int c) {
    if (c >= 0x20 && c < 0x7F || c > 0x7F && !Characters.hidden(c)) {
      out.appendCodePoint(c);
    } else if (c <= 0xFF) {
      out.append(String.format(Locale.ROOT, "\\x%02x", c));
    } else if (c <= 0xFFFF) {
      out.append(String.format(Locale.ROOT, "\\u%04x", c));
    } else {
      out.append(String.format(Locale.ROOT, "\\U%08x", c));
    }
  }
}
