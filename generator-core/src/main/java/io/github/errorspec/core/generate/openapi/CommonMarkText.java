package io.github.errorspec.core.generate.openapi;

import io.github.errorspec.core.generate.Characters;

/**
 * Spec text made safe for the {@code description} fields of OpenAPI, which tools render as
 * CommonMark: the text renders as typed (lines stripped, tabs as spaces) and can form no heading,
 * list, quote, table, link, emphasis or HTML of its own, so it never changes the text around it.
 *
 * <p>Escapes are as few as that allows, so ordinary text stays readable: {@code doesn't} and
 * {@code max_tokens} are left alone, {@code <b>} becomes {@code \<b>}, and a line starting with
 * {@code #}, {@code -} or {@code 1.} has that marker escaped. {@link Characters#hidden} characters
 * become numeric character references ({@code &#12644;}), which render as the character.
 */
final class CommonMarkText {

  /** Characters that can start inline syntax anywhere in a line: escapes, code, emphasis, strikethrough, links, HTML. */
  private static final String ALWAYS = "\\`*~[<";

  /** Characters that start block syntax at the beginning of a line: headings, quotes, lists, setext and table rows. */
  private static final String LINE_START = "#>-+=|:";

  private CommonMarkText() {}

  /**
   * Text for a description, on several lines when the spec's text has several: each line break
   * becomes a hard line break, blank lines are dropped, so the text stays one paragraph (and one
   * list item, when a caller indents the lines that follow the first).
   */
  static String inline(String text) {
    return inline(text, true);
  }

  /**
   * As {@link #inline(String)}, for text that continues a line after other content ({@code Since
   * 1.0}): its first line needs no escapes for block syntax, which only the start of a line forms.
   */
  static String continuing(String text) {
    return inline(text, false);
  }

  private static String inline(String text, boolean startsLine) {
    String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').replace('\t', ' ').split("\n");
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (String line : lines) {
      String stripped = line.strip();
      if (stripped.isEmpty()) {
        continue;
      }
      boolean lineStart = startsLine || out.length() > 0;
      if (out.length() > 0) {
        out.append("\\\n");
      }
      escapeLine(stripped, lineStart, out);
    }
    return out.toString();
  }

  /**
   * A code span around {@code text}, such as a request field: a backtick fence longer than any run
   * of backticks inside, padded with a space where CommonMark would otherwise strip one or read a
   * backtick as part of the fence; line breaks become spaces.
   */
  static String code(String text) {
    if (text.codePoints().anyMatch(c -> Characters.hidden(c) && c != '\n' && c != '\r' && c != '\t')) {
      // A code span shows every character as it is: an HTML element can hold references instead.
      return "<code>" + continuing(text.replace("\r\n", " ").replace('\r', ' ').replace('\n', ' ')) + "</code>";
    }
    String oneLine = text.replace("\r\n", " ").replace('\r', ' ').replace('\n', ' ');
    int longestRun = 0;
    int run = 0;
    for (int i = 0; i < oneLine.length(); i++) {
      run = oneLine.charAt(i) == '`' ? run + 1 : 0;
      longestRun = Math.max(longestRun, run);
    }
    String fence = "`".repeat(longestRun + 1);
    boolean pad = oneLine.startsWith("`") || oneLine.endsWith("`")
        || (oneLine.startsWith(" ") && oneLine.endsWith(" ") && !oneLine.isBlank());
    return pad ? fence + " " + oneLine + " " + fence : fence + oneLine + fence;
  }

  private static void escapeLine(String line, boolean lineStart, StringBuilder out) {
    int orderedMarker = lineStart ? orderedListMarker(line) : -1;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      int codePoint = line.codePointAt(i);
      if (Characters.hidden(codePoint) || codePoint > 0xFFFF) {
        out.append(Characters.hidden(codePoint) ? Characters.reference(codePoint) : Character.toString(codePoint));
        i += Character.charCount(codePoint) - 1;
        continue;
      }
      boolean escape = ALWAYS.indexOf(c) >= 0
          || (i == 0 && lineStart && LINE_START.indexOf(c) >= 0)
          || i == orderedMarker
          || (c == '_' && !(i > 0 && isAsciiAlphanumeric(line.charAt(i - 1))
              && i + 1 < line.length() && isAsciiAlphanumeric(line.charAt(i + 1))))
          || (c == '&' && i + 1 < line.length() && (line.charAt(i + 1) == '#' || isAsciiAlphanumeric(line.charAt(i + 1))));
      if (escape) {
        out.append('\\');
      }
      out.append(c);
    }
  }

  /** The index of the {@code .} or {@code )} of a line starting like an ordered list item ({@code 1.}), or -1. */
  private static int orderedListMarker(String line) {
    int digits = 0;
    while (digits < line.length() && line.charAt(digits) >= '0' && line.charAt(digits) <= '9') {
      digits++;
    }
    boolean marker = digits > 0 && digits <= 9 && digits < line.length()
        && (line.charAt(digits) == '.' || line.charAt(digits) == ')');
    return marker ? digits : -1;
  }

  private static boolean isAsciiAlphanumeric(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }
}
