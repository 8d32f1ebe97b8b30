package io.github.errorspec.core.generate.typescript.syntax;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Ranges of a source to remove, and the source without them. */
final class Removals {

  /** How many ranges there were at one point, to forget the ones recorded since. */
  record Mark(int size) {}

  private final String source;
  private final List<int[]> ranges = new ArrayList<>();

  Removals(String source) {
    this.source = source;
  }

  Mark mark() {
    return new Mark(ranges.size());
  }

  void reset(Mark mark) {
    ranges.subList(mark.size(), ranges.size()).clear();
  }

  void range(int start, int end) {
    if (end > start) {
      ranges.add(new int[] {start, end});
    }
  }

  void token(Token token) {
    range(token.start(), token.end());
  }

  /** From the start of {@code first} to the end of {@code last}. */
  void span(Token first, Token last) {
    range(first.start(), last.end());
  }

  /** After {@code before} up to the end of {@code last}: the space before a type annotation goes with it. */
  void between(Token before, Token last) {
    range(before.end(), last.end());
  }

  /** {@code token} and the space after it, up to {@code next}. */
  void upToNext(Token token, Token next) {
    range(token.start(), next.start());
  }

  /**
   * A whole declaration from {@code first} to {@code last} with its doc comment, its lines when
   * nothing else is on them, and one of the blank lines around it.
   */
  void whole(Token first, Token last) {
    int start = first.leadStart();
    int lineStart = source.lastIndexOf('\n', start - 1) + 1;
    if (source.substring(lineStart, start).isBlank()) {
      start = lineStart;
    }
    int end = last.end();
    int lineEnd = source.indexOf('\n', end);
    if (lineEnd >= 0 && source.substring(end, lineEnd).isBlank()) {
      end = lineEnd + 1;
      if (start >= 2 && source.charAt(start - 1) == '\n' && source.charAt(start - 2) == '\n'
          && end < source.length() && source.charAt(end) == '\n') {
        end++;
      }
    }
    range(start, end);
  }

  /** The source without the ranges; a range inside another goes with it. */
  String apply() {
    List<int[]> sorted = new ArrayList<>(ranges);
    sorted.sort(Comparator.<int[]>comparingInt(range -> range[0]).thenComparingInt(range -> -range[1]));
    StringBuilder out = new StringBuilder(source.length());
    int position = 0;
    for (int[] range : sorted) {
      if (range[1] <= position) {
        continue;
      }
      if (range[0] < position) {
        throw new SyntaxException("overlapping removals", range[0]);
      }
      out.append(source, position, range[0]);
      position = range[1];
    }
    return out.append(source, position, source.length()).toString();
  }
}
