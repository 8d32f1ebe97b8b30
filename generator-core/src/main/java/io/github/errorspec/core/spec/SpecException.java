package io.github.errorspec.core.spec;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A spec that cannot be used, with every problem found in it.
 *
 * <p>The message lists the diagnostics one per line, sorted by position, so that a front end can
 * print it as it is.
 */
public final class SpecException extends Exception {

  private static final long serialVersionUID = 1L;

  private final transient List<Diagnostic> diagnostics;

  public SpecException(List<Diagnostic> diagnostics) {
    super(render(diagnostics));
    this.diagnostics = diagnostics.stream().sorted().collect(Collectors.toUnmodifiableList());
  }

  /** The problems, sorted by file, line and column. */
  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  private static String render(List<Diagnostic> diagnostics) {
    if (diagnostics.isEmpty()) {
      throw new IllegalArgumentException("a SpecException needs at least one diagnostic");
    }
    return diagnostics.stream().sorted().map(Diagnostic::toString).collect(Collectors.joining("\n"));
  }
}
