package io.github.errorspec.core.generate.openapi;

import io.github.errorspec.core.generate.Characters;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Writes a {@link Yaml} tree as block-style YAML: two-space indentation, {@code \n} line endings,
 * and every text scalar in a form that any YAML 1.1 or 1.2 parser reads back as exactly that
 * string.
 *
 * <p>Each text takes the most readable form that is safe:
 *
 * <ul>
 *   <li><b>plain</b> ({@code message: Rate limit exceeded}) for one line that starts with an ASCII
 *       letter, {@code _} or {@code $}, holds only letters, digits, spaces and harmless
 *       punctuation, does not end with a space and is no word a parser reads as a boolean or null
 *       ({@code NO}, {@code on}, {@code Null}, {@code y}...);
 *   <li><b>literal block</b> ({@code |-}) for several lines without leading or trailing spaces,
 *       tabs or characters that need escaping;
 *   <li><b>double-quoted</b> for everything else, with escapes for {@code "}, {@code \}, control
 *       characters, line and paragraph separators, invisible formatting characters (zero-width
 *       spaces, bidirectional overrides, Hangul fillers, the byte order mark) and lone surrogates:
 *       the fixed list of {@link Characters#hidden}, the one every output escapes.
 * </ul>
 *
 * <p>The rules depend on fixed character ranges only, never on the JDK's Unicode tables, so the
 * bytes are the same on every JDK.
 */
final class YamlWriter {

  private static final int INDENT = 2;

  /** Punctuation allowed after the first character of a plain scalar: none starts a comment, a key or an escape. */
  private static final String PLAIN_PUNCTUATION = " _-.,;!?'()/$%=+@^~&*<>|";

  /** Words that some YAML version resolves to a boolean or null instead of text, compared ignoring case. */
  private static final Set<String> RESOLVED_WORDS = Set.of(
      "y", "n", "yes", "no", "on", "off", "true", "false", "null");

  private final StringBuilder out = new StringBuilder();

  private YamlWriter() {}

  /**
   * The document: {@code comment} as a first line ({@code # comment}) when not empty, then
   * {@code root}.
   */
  static String write(String comment, Yaml.Mapping root) {
    YamlWriter writer = new YamlWriter();
    if (!comment.isEmpty()) {
      writer.out.append("# ").append(commentText(comment)).append('\n');
    }
    if (root.entries().isEmpty()) {
      writer.out.append("{}\n");
    } else {
      writer.mapping(root, 0, false);
    }
    return writer.out.toString();
  }

  private void mapping(Yaml.Mapping mapping, int indent, boolean continuesLine) {
    boolean first = true;
    for (Map.Entry<String, Yaml> entry : mapping.entries().entrySet()) {
      if (!(first && continuesLine)) {
        out.append(" ".repeat(indent));
      }
      first = false;
      out.append(key(entry.getKey())).append(':');
      value(entry.getValue(), indent);
    }
  }

  /** Writes the value of an entry whose key is at {@code indent}, starting right after the colon. */
  private void value(Yaml value, int indent) {
    if (value instanceof Yaml.Mapping mapping && !mapping.entries().isEmpty()) {
      out.append('\n');
      mapping(mapping, indent + INDENT, false);
    } else if (value instanceof Yaml.Sequence sequence && !sequence.items().isEmpty()) {
      out.append('\n');
      sequence(sequence, indent + INDENT);
    } else {
      out.append(' ').append(inline(value, indent + INDENT)).append('\n');
    }
  }

  private void sequence(Yaml.Sequence sequence, int indent) {
    for (Yaml item : sequence.items()) {
      out.append(" ".repeat(indent)).append('-');
      if (item instanceof Yaml.Mapping mapping && !mapping.entries().isEmpty()) {
        out.append(' ');
        mapping(mapping, indent + INDENT, true);
      } else if (item instanceof Yaml.Sequence nested && !nested.items().isEmpty()) {
        out.append('\n');
        sequence(nested, indent + INDENT);
      } else {
        out.append(' ').append(inline(item, indent + INDENT)).append('\n');
      }
    }
  }

  /** A scalar or an empty collection; a literal block's lines are indented by {@code blockIndent}. */
  private static String inline(Yaml value, int blockIndent) {
    if (value instanceof Yaml.Text text) {
      return scalar(text.value(), blockIndent);
    } else if (value instanceof Yaml.Bool bool) {
      return Boolean.toString(bool.value());
    } else if (value instanceof Yaml.Int number) {
      return Long.toString(number.value());
    } else if (value instanceof Yaml.Decimal number) {
      return Double.toString(number.value());
    } else if (value instanceof Yaml.Mapping) {
      return "{}";
    } else {
      return "[]";
    }
  }

  /** A mapping key: plain when safe, double-quoted otherwise. */
  static String key(String text) {
    return isPlainSafe(text) ? text : doubleQuoted(text);
  }

  /** A text value: plain, a literal block whose lines are indented by {@code blockIndent}, or double-quoted. */
  static String scalar(String text, int blockIndent) {
    if (isPlainSafe(text)) {
      return text;
    }
    if (isLiteralSafe(text)) {
      StringBuilder block = new StringBuilder("|-");
      for (String line : text.split("\n", -1)) {
        block.append('\n');
        if (!line.isEmpty()) {
          block.append(" ".repeat(blockIndent)).append(line);
        }
      }
      return block.toString();
    }
    return doubleQuoted(text);
  }

  static boolean isPlainSafe(String text) {
    if (text.isEmpty() || text.endsWith(" ") || RESOLVED_WORDS.contains(text.toLowerCase(Locale.ROOT))) {
      return false;
    }
    char first = text.charAt(0);
    if (!(isAsciiLetter(first) || first == '_' || first == '$')) {
      return false;
    }
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      boolean allowed = c < 0x80
          ? isAsciiLetter(c) || (c >= '0' && c <= '9') || PLAIN_PUNCTUATION.indexOf(c) >= 0
          : !needsEscape(c);
      if (!allowed) {
        return false;
      }
      i += Character.charCount(c);
    }
    return true;
  }

  /**
   * Whether {@code text} can be a literal block ({@code |-}): several lines, none with trailing
   * spaces, the first without leading ones (its indentation would be misread), no tab, carriage
   * return or character that needs escaping, and no line break at the end ({@code -} drops it).
   */
  static boolean isLiteralSafe(String text) {
    if (!text.contains("\n") || text.startsWith(" ") || text.startsWith("\n") || text.endsWith("\n")) {
      return false;
    }
    for (String line : text.split("\n", -1)) {
      if (line.endsWith(" ")) {
        return false;
      }
    }
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      if (c != '\n' && needsEscape(c)) {
        return false;
      }
      i += Character.charCount(c);
    }
    return true;
  }

  /** A double-quoted scalar: one line, every character that is not plainly printable escaped. */
  static String doubleQuoted(String text) {
    StringBuilder quoted = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      switch (c) {
        case '"' -> quoted.append("\\\"");
        case '\\' -> quoted.append("\\\\");
        case '\n' -> quoted.append("\\n");
        case '\t' -> quoted.append("\\t");
        case '\r' -> quoted.append("\\r");
        default -> {
          if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
            quoted.append(String.format(Locale.ROOT, "\\x%02X", c));
          } else if (needsEscape(c)) {
            // A lone surrogate has no UTF-8 form; its escape reads back as the same UTF-16 unit.
            quoted.append(c <= 0xFFFF ? String.format(Locale.ROOT, "\\u%04X", c) : String.format(Locale.ROOT, "\\U%08X", c));
          } else {
            quoted.appendCodePoint(c);
          }
        }
      }
    }
    return quoted.append('"').toString();
  }

  /**
   * Whether a code point must be escaped: the {@link Characters#hidden} ones, which every output
   * escapes (control characters, NEL, LS and PS, which YAML 1.1 reads as line breaks, invisible and
   * reordering characters, non-characters, lone surrogates).
   */
  static boolean needsEscape(int c) {
    return Characters.hidden(c);
  }

  /** A comment stays one line of visible text: hidden characters as {@link Characters#showHidden} writes them. */
  private static String commentText(String comment) {
    return Characters.showHidden(comment);
  }

  private static boolean isAsciiLetter(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }
}
