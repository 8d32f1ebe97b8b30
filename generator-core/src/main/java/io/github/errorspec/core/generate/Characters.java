package io.github.errorspec.core.generate;

import java.util.Locale;

/**
 * Characters that generated source must never hold as themselves, for every language: shown raw
 * they would be invisible, reorder the text around them, or break the file. A fixed list, not the
 * JDK's Unicode tables, so that the same spec gives the same bytes whichever JDK generates it.
 */
public final class Characters {

  private Characters() {}

  /**
   * Whether {@code c} must not appear as itself: control characters, lone surrogates, line and
   * paragraph separators, spaces other than U+0020 (which read as one), and invisible or
   * reordering characters (soft hyphen, Arabic letter mark,
   * Mongolian vowel separator, zero-width spaces and joiners, bidirectional marks, embeddings,
   * overrides and isolates, invisible operators, Hangul fillers, byte-order mark, interlinear
   * annotations and noncharacters of the Specials block, tag characters).
   */
  public static boolean hidden(int c) {
    return c < 0x20 || (c >= 0x7F && c <= 0xA0) || c == 0xAD || c == 0x034F || c == 0x061C || c == 0x1680
        || (c >= 0x2000 && c <= 0x200A) || c == 0x202F || c == 0x205F || c == 0x3000
        || c == 0x115F || c == 0x1160 || c == 0x17B4 || c == 0x17B5 || c == 0x180E
        || (c >= 0x200B && c <= 0x200F) || (c >= 0x2028 && c <= 0x202E) || (c >= 0x2060 && c <= 0x206F)
        || c == 0x3164 || (c >= 0xD800 && c <= 0xDFFF) || c == 0xFEFF || c == 0xFFA0
        || (c >= 0xFFF0 && c <= 0xFFFF && c != 0xFFFD) || (c >= 0xE0000 && c <= 0xE007F);
  }

  /**
   * {@code text} with each {@link #hidden} character written as its code point in the notation
   * {@code \}{@code u200b} ({@code \}<code>u{e0041}</code> beyond the Basic Multilingual Plane), so
   * that it shows on one line and every character of it can be seen: the form comments take, where
   * no language has an escape of its own.
   */
  public static String showHidden(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().forEach(c -> out.append(hidden(c) ? notation(c) : Character.toString(c)));
    return out.toString();
  }

  private static String notation(int c) {
    return c > 0xFFFF ? String.format(Locale.ROOT, "\\u{%x}", c) : String.format(Locale.ROOT, "\\u%04x", c);
  }

  /**
   * The HTML numeric character reference of {@code c}, {@code &#12644;}: how Javadoc, Markdown and
   * CommonMark show a hidden character, as itself once rendered but visible in the source.
   */
  public static String reference(int c) {
    return "&#" + c + ";";
  }
}
