package io.github.errorspec.core.spec;

import java.util.Comparator;
import java.util.Objects;

/**
 * A position in a source file, 1-based, as editors and compilers print it.
 *
 * <p>A line of 0 means the whole file (for problems such as a file that cannot be read); a column
 * of 0 means the whole line.
 */
public record SourceLocation(String file, int line, int column) implements Comparable<SourceLocation> {

  private static final Comparator<SourceLocation> ORDER =
      Comparator.comparing(SourceLocation::file)
          .thenComparingInt(SourceLocation::line)
          .thenComparingInt(SourceLocation::column);

  public SourceLocation {
    Objects.requireNonNull(file, "file");
    if (line < 0 || column < 0) {
      throw new IllegalArgumentException("line and column must not be negative: " + line + ":" + column);
    }
  }

  /** The location of a file as a whole. */
  public static SourceLocation ofFile(String file) {
    return new SourceLocation(file, 0, 0);
  }

  /** The file's name without its directories, for text that must not depend on where a build ran. */
  public String fileName() {
    return file.substring(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
  }

  @Override
  public int compareTo(SourceLocation other) {
    return ORDER.compare(this, other);
  }

  /** The location of a whole line. */
  public static SourceLocation ofLine(String file, int line) {
    return new SourceLocation(file, line, 0);
  }

  /** {@code file:line:column}, {@code file:line} for a whole line, {@code file} for the whole file. */
  @Override
  public String toString() {
    if (line == 0) {
      return file;
    }
    return column == 0 ? file + ":" + line : file + ":" + line + ":" + column;
  }
}
