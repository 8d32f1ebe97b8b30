package io.github.errorspec.core.generate.java;

import java.util.Locale;

/**
 * Spec text made safe for generated Java: string literals and Javadoc.
 *
 * <p>Both escape every character outside printable ASCII, so that generated sources compile the
 * same whatever encoding javac assumes, and no text can end a comment or a literal early.
 */
final class JavaText {

  private JavaText() {}

  /**
   * A Java string literal with quotes. Non-ASCII characters become {@code \}{@code uXXXX} escapes,
   * which javac turns back into the same characters; a backslash in the text is doubled first, so
   * a typed {@code \}{@code u0022} stays text and never becomes a quote.
   */
  static String literal(String text) {
    return '"' + escape(text) + '"';
  }

  /** The inside of {@link #literal}: the text escaped, without quotes. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 2);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\t' -> out.append("\\t");
        case '\r' -> out.append("\\r");
        default -> {
          if (c < 0x20 || c > 0x7E) {
            out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }

  /**
   * A character of data (not text) as an escape, whatever it is: a unicode escape, except for the
   * four characters javac would turn back into syntax before reading the literal.
   */
  static String unicodeEscape(char c) {
    if (c == '"' || c == '\\' || c == '\n' || c == '\r') {
      return escape(String.valueOf(c));
    }
    return String.format(Locale.ROOT, "\\u%04x", (int) c);
  }

  /**
   * Text for a Javadoc comment that renders as typed: HTML and Javadoc syntax ({@code <}, {@code &},
   * {@code @}, a slash ending <code>*&#47;</code>) and backslashes become character references, so that no
   * unicode escape, tag or comment end can form; line breaks stay line breaks, tabs become spaces
   * and control characters, unassigned code points and lone surrogates show as escapes.
   */
  static String javadoc(String text) {
    StringBuilder out = new StringBuilder(text.length());
    String normalized = text.replace("\r\n", "\n").replace('\r', '\n');
    for (int i = 0; i < normalized.length(); ) {
      int c = normalized.codePointAt(i);
      i += Character.charCount(c);
      boolean endsComment = c == '/' && out.length() > 0 && out.charAt(out.length() - 1) == '*';
      if (c == '\n' || (c >= 0x20 && c <= 0x7E && "<>&@\\".indexOf(c) < 0 && !endsComment)) {
        out.appendCodePoint(c);
      } else if (c == '\t') {
        out.append(' ');
      } else if (Character.isISOControl(c) || !Character.isDefined(c) || Character.getType(c) == Character.SURROGATE) {
        // Control characters, unassigned code points and lone surrogates have no valid entity (doclint
        // rejects them): show them as escapes.
        out.append(String.format(Locale.ROOT, c > 0xFFFF ? "&#92;U%08x" : "&#92;u%04x", c));
      } else {
        out.append("&#").append(c).append(';');
      }
    }
    return out.toString().strip();
  }

  /** Javadoc text ending with a period, so that it reads as a sentence (Javadoc's summary). */
  static String sentence(String text) {
    String escaped = javadoc(text);
    return escaped.endsWith(".") || escaped.isEmpty() ? escaped : escaped + ".";
  }
}
