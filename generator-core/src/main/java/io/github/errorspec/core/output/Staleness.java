package io.github.errorspec.core.output;

import io.github.errorspec.core.spec.Diagnostic;
import io.github.errorspec.core.spec.SourceLocation;
import java.util.List;
import java.util.Optional;

/**
 * Compares a committed generated file with what it should hold. Line endings do not count: a
 * checkout that turned {@code \n} into {@code \r\n} is not stale.
 */
public final class Staleness {

  private Staleness() {}

  /** Whether two texts are the same but for their line endings. */
  public static boolean sameText(String committed, String generated) {
    return committed.equals(generated) || lf(committed).equals(lf(generated));
  }

  /**
   * The first line where {@code committed} differs from {@code generated}, as
   * {@code file:line: expected `...`, found `...`}; empty when they are the same text.
   */
  public static Optional<Diagnostic> firstDifference(String file, String generated, String committed) {
    if (sameText(committed, generated)) {
      return Optional.empty();
    }
    List<String> want = lf(generated).lines().toList();
    List<String> got = lf(committed).lines().toList();
    for (int i = 0; i < Math.max(want.size(), got.size()); i++) {
      String expected = i < want.size() ? quote(want.get(i)) : "the end of the file";
      String found = i < got.size() ? quote(got.get(i)) : "the end of the file";
      if (!expected.equals(found)) {
        return Optional.of(new Diagnostic(SourceLocation.ofLine(file, i + 1), "expected " + expected + ", found " + found));
      }
    }
    return Optional.of(new Diagnostic(SourceLocation.ofLine(file, Math.max(1, got.size())),
        "expected a newline at the end of the file"));
  }

  /** The line in backticks; an empty line in words, as two backticks read as nothing at all. */
  private static String quote(String line) {
    return line.isEmpty() ? "an empty line" : "`" + line + "`";
  }

  private static String lf(String text) {
    return text.replace("\r\n", "\n");
  }
}
