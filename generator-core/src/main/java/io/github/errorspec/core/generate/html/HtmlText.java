package io.github.errorspec.core.generate.html;

import io.github.errorspec.core.generate.Characters;

/**
 * Spec text made safe for the HTML page, in element content and in quoted attribute values alike:
 * it shows as typed and never closes, opens or ends anything around it ({@code </script>} is text).
 */
final class HtmlText {

  private HtmlText() {}

  /**
   * {@code text} without surrounding white space, line breaks as {@code \n}: {@code &}, {@code <},
   * {@code >} and both quotes become references, and so does every {@link Characters#hidden}
   * character, line breaks included, which the browser then shows as the character while the
   * page's source shows its number (the page sets {@code white-space: pre-line}, so a line break
   * shows as one).
   */
  static String text(String text) {
    return verbatim(text.replace("\r\n", "\n").replace('\r', '\n').strip());
  }

  /** {@code text} escaped as {@link #text} does, but kept whole: for preformatted lines, indentation included. */
  static String verbatim(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    text.codePoints().forEach(c -> {
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> {
          if (Characters.hidden(c)) {
            out.append(Characters.reference(c));
          } else {
            out.appendCodePoint(c);
          }
        }
      }
    });
    return out.toString();
  }

  /**
   * {@code text} inside an HTML comment ({@code <!-- text -->}), which ends at the first
   * {@code --}: each {@code --} loses its second hyphen to a reference (not decoded in a comment,
   * but the line stays one comment and still reads).
   */
  static String comment(String text) {
    return Characters.showHidden(text).replace("--", "-&#45;");
  }
}
