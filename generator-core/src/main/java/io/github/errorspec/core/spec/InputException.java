package io.github.errorspec.core.spec;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Input that errorspec cannot use (a spec, a docs page, a path that cannot be read or written),
 * with every problem found in it: the user's mistake to fix, never a bug.
 *
 * <p>The message lists the diagnostics one per line, sorted by position, so that a front end can
 * print it as it is.
 */
public final class InputException extends Exception {

  private static final long serialVersionUID = 1L;

  private final transient List<Diagnostic> diagnostics;

  public InputException(List<Diagnostic> diagnostics) {
    super(render(diagnostics));
    this.diagnostics = diagnostics.stream().sorted().collect(Collectors.toUnmodifiableList());
  }

  /** The problems, sorted by file, line and column. */
  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  private static String render(List<Diagnostic> diagnostics) {
    if (diagnostics.isEmpty()) {
      throw new IllegalArgumentException("an InputException needs at least one diagnostic");
    }
    return diagnostics.stream().sorted().map(Diagnostic::toString).collect(Collectors.joining("\n"));
  }
}
