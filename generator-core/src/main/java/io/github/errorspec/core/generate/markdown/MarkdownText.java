package io.github.errorspec.core.generate.markdown;

import io.github.errorspec.core.generate.Characters;

/**
 * Spec text made safe for Markdown (CommonMark with GFM tables), so that it renders as typed and
 * never changes the structure around it.
 */
final class MarkdownText {

  /** ASCII punctuation that can start Markdown or HTML syntax inline; each is backslash-escaped. */
  private static final String SYNTAX = "\\`*_[]<>|~&#";
  private static final boolean[] SYNTAX_CHARACTERS = asciiSet(SYNTAX);
  /** What a code span changes: its fence and GFM's cell separator. */
  private static final boolean[] CODE_SPAN_CHARACTERS = asciiSet("`|");

  private MarkdownText() {}

  /**
   * Text for a table cell or a heading: Markdown syntax characters are backslash-escaped (GFM
   * honours {@code \|} inside tables), line breaks become {@code <br>}, the one way a table cell
   * holds several lines, and {@link Characters#hidden} characters become numeric character
   * references, which render as the character while the page's source shows it.
   */
  static String inline(String text) {
    if (isPrintableAsciiWithout(text, SYNTAX_CHARACTERS) && !text.startsWith(" ") && !text.endsWith(" ")) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 8);
    String normalized = text.replace("\r\n", "\n").replace('\r', '\n').strip();
    for (int i = 0; i < normalized.length(); ) {
      int c = normalized.codePointAt(i);
      i += Character.charCount(c);
      if (c == '\n') {
        out.append("<br>");
      } else if (c == '\t') {
        out.append(' ');
      } else if (Characters.hidden(c)) {
        out.append(Characters.reference(c));
      } else {
        if (SYNTAX.indexOf(c) >= 0) {
          out.append('\\');
        }
        out.appendCodePoint(c);
      }
    }
    return out.toString();
  }

  private static boolean[] asciiSet(String characters) {
    boolean[] set = new boolean[128];
    characters.chars().forEach(c -> set[c] = true);
    return set;
  }

  /**
   * Whether {@code text} is printable ASCII only and holds none of {@code special}: the common case,
   * which needs no escaping at all (a large catalog's page is mostly such text).
   */
  private static boolean isPrintableAsciiWithout(String text, boolean[] special) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 || c > 0x7E || special[c]) {
        return false;
      }
    }
    return true;
  }

  /** Text for a heading, which cannot hold a line break. */
  static String heading(String text) {
    return inline(text.replace("\r\n", " ").replace('\r', ' ').replace('\n', ' '));
  }

  /**
   * A code span around {@code text}: a backtick fence longer than any run inside, padded with a
   * space when the text starts or ends with a backtick. Pipes are escaped, as GFM tables require
   * even inside code spans; line breaks become spaces. A code span shows every character as it is,
   * so text with a {@link Characters#hidden} character is an HTML {@code <code>} element instead.
   */
  static String code(String text) {
    if (isPrintableAsciiWithout(text, CODE_SPAN_CHARACTERS)) {
      return "`" + text + "`";
    }
    if (text.codePoints().anyMatch(c -> Characters.hidden(c) && c != '\n' && c != '\r' && c != '\t')) {
      return "<code>" + heading(text) + "</code>";
    }
    String oneLine = text.replace("\r\n", " ").replace('\r', ' ').replace('\n', ' ').replace("|", "\\|");
    int longestRun = 0;
    int run = 0;
    for (int i = 0; i < oneLine.length(); i++) {
      run = oneLine.charAt(i) == '`' ? run + 1 : 0;
      longestRun = Math.max(longestRun, run);
    }
    String fence = "`".repeat(longestRun + 1);
    boolean pad = oneLine.startsWith("`") || oneLine.endsWith("`");
    return pad ? fence + " " + oneLine + " " + fence : fence + oneLine + fence;
  }
}
