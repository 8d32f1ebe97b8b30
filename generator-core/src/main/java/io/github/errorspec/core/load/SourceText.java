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
   * Where each line found so far starts in {@link #text}: offsets rather than one string per line,
   * which in a 50,000-code catalog were 250,000 objects for every young collection of the load to
   * copy. Lines are found as they are asked for, just behind the parser, so that the text is read
   * while it is still in the processor's cache rather than in a pass of its own before parsing.
   */
  private int[] lineStarts = new int[64];
  /** The length of each found line's break (2 for CRLF); the last line has none. */
  private byte[] breakLengths = new byte[64];
  private int foundLines = 1;
  private boolean allFound;

  SourceText(String fileName, String text) {
    this.fileName = fileName;
    this.text = text;
  }

  /**
   * Finds the lines up to the start of line {@code line + 1}, or all of them, splitting at YAML's
   * line breaks as SnakeYAML counts lines: CRLF, CR, LF, NEL, LS and PS. A loop rather than a
   * regular expression: in a fresh JVM, the expression took half of the time to load a 10,000-code
   * catalog.
   */
  private void findLinesThrough(int line) {
    int i = lineStarts[foundLines - 1];
    while (!allFound && foundLines <= line + 1) {
      while (i < text.length() && !isBreak(text.charAt(i))) {
        i++;
      }
      if (i == text.length()) {
        allFound = true;
        break;
      }
      int length = text.charAt(i) == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n' ? 2 : 1;
      if (foundLines == lineStarts.length) {
        lineStarts = Arrays.copyOf(lineStarts, foundLines * 2);
        breakLengths = Arrays.copyOf(breakLengths, foundLines * 2);
      }
      breakLengths[foundLines - 1] = (byte) length;
      i += length;
      lineStarts[foundLines++] = i;
    }
  }

  /** Whether {@code c} is one of YAML's line breaks (a CR before an LF is one break with it). */
  static boolean isBreak(char c) {
    return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
  }

  /** Whether the text has line {@code line} (0-based). */
  private boolean hasLine(int line) {
    findLinesThrough(line);
    return line < foundLines;
  }

  /** Where line {@code line}, which the text has, ends, before its break. */
  private int lineEnd(int line) {
    return line + 1 < foundLines ? lineStarts[line + 1] - breakLengths[line] : text.length();
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
    if (!hasLine(line)) {
      return false;
    }
    int end = lineEnd(line);
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
    return hasLine(line) ? text.substring(lineStarts[line], lineEnd(line)) : "";
  }

  private static int offset(String line, int column) {
    return line.offsetByCodePoints(0, Math.min(column, line.codePointCount(0, line.length())));
  }
}
