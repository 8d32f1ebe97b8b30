package io.github.errorspec.core.generate.markdown;

/**
 * Spec text made safe for Markdown (CommonMark with GFM tables), so that it renders as typed and
 * never changes the structure around it.
 */
final class MarkdownText {

  /** ASCII punctuation that can start Markdown or HTML syntax inline; each is backslash-escaped. */
  private static final String SYNTAX = "\\`*_[]<>|~&#";

  private MarkdownText() {}

  /**
   * Text for a table cell or a heading: Markdown syntax characters are backslash-escaped (GFM
   * honours {@code \|} inside tables), and line breaks become {@code <br>}, the one way a table cell
   * holds several lines.
   */
  static String inline(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    String normalized = text.replace("\r\n", "\n").replace('\r', '\n').strip();
    for (int i = 0; i < normalized.length(); i++) {
      char c = normalized.charAt(i);
      if (c == '\n') {
        out.append("<br>");
      } else if (c == '\t') {
        out.append(' ');
      } else {
        if (SYNTAX.indexOf(c) >= 0) {
          out.append('\\');
        }
        out.append(c);
      }
    }
    return out.toString();
  }

  /** Text for a heading, which cannot hold a line break. */
  static String heading(String text) {
    return inline(text.replace("\r\n", " ").replace('\r', ' ').replace('\n', ' '));
  }

  /**
   * A code span around {@code text}: a backtick fence longer than any run inside, padded with a
   * space when the text starts or ends with a backtick. Pipes are escaped, as GFM tables require
   * even inside code spans; line breaks become spaces.
   */
  static String code(String text) {
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
