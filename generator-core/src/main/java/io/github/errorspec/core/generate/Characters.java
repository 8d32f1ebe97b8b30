package io.github.errorspec.core.generate;

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
}
