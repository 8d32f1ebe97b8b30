package io.github.errorspec.core.load;

import io.github.errorspec.core.spec.SourceLocation;
import java.util.Arrays;
import org.yaml.snakeyaml.error.Mark;

/**
 * A spec's text as lines, so that messages can look at what the user typed around a position that
 * SnakeYAML reports (a {@link Mark}: 0-based line and column, columns counted in code points).
 */
final class SourceText {

  private final String fileName;
  private final String text;
  /**
   * Where each line starts in {@link #text}: offsets rather than one string per line, which in a
   * 50,000-code catalog were 250,000 objects for every young collection of the load to copy.
   */
  private final int[] lineStarts;
  /** The length of each line's break (2 for CRLF); the last line has none. */
  private final byte[] breakLengths;

  /**
   * The lines of {@code text}, split at YAML's line breaks as SnakeYAML counts lines: CRLF, CR, LF,
   * NEL, LS and PS. A loop rather than a regular expression: in a fresh JVM, the expression took
   * half of the time to load a 10,000-code catalog.
   */
  SourceText(String fileName, String text) {
    this.fileName = fileName;
    this.text = text;
    int[] starts = new int[16];
    byte[] breaks = new byte[16];
    int lines = 1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
        int length = c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n' ? 2 : 1;
        if (lines == starts.length) {
          starts = Arrays.copyOf(starts, lines * 2);
          breaks = Arrays.copyOf(breaks, lines * 2);
        }
        breaks[lines - 1] = (byte) length;
        i += length - 1;
        starts[lines++] = i + 1;
      }
    }
    this.lineStarts = Arrays.copyOf(starts, lines);
    this.breakLengths = Arrays.copyOf(breaks, lines);
  }

  String fileName() {
    return fileName;
  }

  /** The 1-based location of {@code mark}; the file's first character when there is none. */
  SourceLocation location(Mark mark) {
    return mark == null
        ? new SourceLocation(fileName, 1, 1)
        : new SourceLocation(fileName, mark.getLine() + 1, mark.getColumn() + 1);
  }

  /** The location {@code columns} code points to the right of {@code mark}, on its line. */
  SourceLocation location(Mark mark, int columns) {
    return new SourceLocation(fileName, mark.getLine() + 1, mark.getColumn() + columns + 1);
  }

  /** The text of the mark's line before the mark. */
  String before(Mark mark) {
    String line = line(mark);
    return line.substring(0, offset(line, mark.getColumn()));
  }

  /** The text of the mark's line from the mark on. */
  String from(Mark mark) {
    String line = line(mark);
    return line.substring(offset(line, mark.getColumn()));
  }

  /**
   * Whether the mark's line holds {@code c} anywhere: a cheap test before a closer look, since most
   * lines have no comment.
   */
  boolean lineHas(Mark mark, char c) {
    int line = mark.getLine();
    if (line >= lineStarts.length) {
      return false;
    }
    int end = line + 1 < lineStarts.length ? lineStarts[line + 1] : text.length();
    for (int i = lineStarts[line]; i < end; i++) {
      if (text.charAt(i) == c) {
        return true;
      }
    }
    return false;
  }

  /** The code point at the mark, or -1 at the end of its line. */
  int codePointAt(Mark mark) {
    String rest = from(mark);
    return rest.isEmpty() ? -1 : rest.codePointAt(0);
  }

  /** The mark's line, without its line break; empty past the last line. */
  private String line(Mark mark) {
    int line = mark.getLine();
    if (line >= lineStarts.length) {
      return "";
    }
    int end = line + 1 < lineStarts.length ? lineStarts[line + 1] - breakLengths[line] : text.length();
    return text.substring(lineStarts[line], end);
  }

  private static int offset(String line, int column) {
    return line.offsetByCodePoints(0, Math.min(column, line.codePointCount(0, line.length())));
  }
}
