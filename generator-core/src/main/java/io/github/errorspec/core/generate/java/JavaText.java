package io.github.errorspec.core.generate.java;

import io.github.errorspec.core.generate.CatalogText;
import io.github.errorspec.core.generate.Characters;
import java.util.Locale;

/**
 * Spec text made safe for generated Java: string literals, Javadoc and line comments.
 *
 * <p>Literals and Javadoc escape every character outside printable ASCII, so that generated
 * sources compile the same whatever encoding javac assumes, and no text can end a comment or a
 * literal early. Line comments, used by the Spring integration too, only hold the header line.
 */
public final class JavaText {

  private JavaText() {}

  /**
   * A Java string literal with quotes. Non-ASCII characters become {@code \}{@code uXXXX} escapes,
   * which javac turns back into the same characters; a backslash in the text is doubled first, so
   * a typed {@code \}{@code u0022} stays text and never becomes a quote.
   */
  public static String literal(String text) {
    return new Literal().text(text).toString();
  }

  /**
   * A Java string literal built from text and from characters of data, escaped so that javac reads
   * back exactly these characters.
   *
   * <p>javac 16 and later misread a backslash that follows an unpaired high surrogate written as a
   * unicode escape: {@code "\}{@code ud800\\u0022"} compiles to U+D800 and a quote. So after such
   * a surrogate, a following escape starts a new literal, joined with {@code +} (still one
   * compile-time constant).
   */
  static final class Literal {

    private final StringBuilder source = new StringBuilder("\"");
    private boolean afterHighSurrogate;

    /** Appends text, each character escaped as {@link #literal} does. */
    Literal text(String text) {
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c >= 0x20 && c <= 0x7E && c != '"' && c != '\\' && !afterHighSurrogate) {
          // The common case, printable ASCII as it is, without a string per character.
          source.append(c);
        } else {
          append(c, escape(c));
        }
      }
      return this;
    }

    /**
     * Appends a character of data (a number, not text) as a unicode escape, whatever it is, except
     * for the characters javac would turn back into syntax before reading the literal.
     */
    Literal data(char c) {
      boolean syntax = c == '"' || c == '\\' || c == '\n' || c == '\r';
      return append(c, syntax ? escape(c) : unicodeEscape(c));
    }

    private Literal append(char c, String escaped) {
      if (afterHighSurrogate && !Character.isLowSurrogate(c) && escaped.charAt(0) == '\\') {
        source.append("\" + \"");
      }
      source.append(escaped);
      afterHighSurrogate = Character.isHighSurrogate(c);
      return this;
    }

    /** The literal, quotes included. */
    @Override
    public String toString() {
      return source + "\"";
    }
  }

  private static String escape(char c) {
    switch (c) {
      case '"':
        return "\\\"";
      case '\\':
        return "\\\\";
      case '\n':
        return "\\n";
      case '\t':
        return "\\t";
      case '\r':
        return "\\r";
      default:
        return c < 0x20 || c > 0x7E ? unicodeEscape(c) : String.valueOf(c);
    }
  }

  private static final char[] HEX = "0123456789abcdef".toCharArray();

  /** {@code \}{@code u} and four lower-case hex digits; by hand, as a large catalog has a hundred thousand. */
  private static String unicodeEscape(char c) {
    return new String(new char[] {'\\', 'u', HEX[c >>> 12], HEX[(c >>> 8) & 0xF], HEX[(c >>> 4) & 0xF], HEX[c & 0xF]});
  }

  /**
   * Text for a Javadoc comment that renders as typed: HTML and Javadoc syntax ({@code <}, {@code &},
   * {@code @}, a slash ending <code>*&#47;</code>) and backslashes become character references, so that no
   * unicode escape, tag or comment end can form; line breaks stay line breaks, tabs become spaces.
   * Every other character outside printable ASCII, {@link Characters#hidden} ones included, is a
   * numeric character reference, except where doclint rejects the reference (control characters,
   * lone surrogates, code points the JDK calls unassigned): those show as escapes.
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
        // doclint checks references against the JDK's own tables, so this one test cannot use a fixed list.
        out.append(String.format(Locale.ROOT, c > 0xFFFF ? "&#92;U%08x" : "&#92;u%04x", c));
      } else {
        out.append(Characters.reference(c));
      }
    }
    return out.toString().strip();
  }

  /** {@link CatalogText#sentence} as Javadoc text, so that it reads as a sentence (Javadoc's summary). */
  static String sentence(String text) {
    return javadoc(CatalogText.sentence(text));
  }

  /**
   * Text for a {@code //} comment: hidden characters shown as {@link Characters#showHidden} does,
   * and every backslash written as the unicode escape {@code \}{@code u005c}, which javac reads
   * as a backslash that starts no further escape; otherwise as typed ({@code café.yaml}). So no
   * text can end the comment, whatever javac makes of {@code \}{@code u000a}.
   */
  public static String lineComment(String text) {
    return Characters.showHidden(text).replace("\\", "\\u005c");
  }
}
