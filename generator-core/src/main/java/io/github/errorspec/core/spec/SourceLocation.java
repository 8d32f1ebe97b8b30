package io.github.errorspec.core.spec;

import java.util.Comparator;
import java.util.Objects;

/**
 * A position in a source file, 1-based, as editors and compilers print it.
 *
 * <p>A line of 0 means the whole file (for problems such as a file that cannot be read).
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

  @Override
  public int compareTo(SourceLocation other) {
    return ORDER.compare(this, other);
  }

  /** {@code file:line:column}, or {@code file} alone for the whole file. */
  @Override
  public String toString() {
    return line == 0 ? file : file + ":" + line + ":" + column;
  }
}
