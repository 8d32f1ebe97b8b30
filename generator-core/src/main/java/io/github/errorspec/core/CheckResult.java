package io.github.errorspec.core;

import io.github.errorspec.core.spec.Diagnostic;
import java.nio.file.Path;
import java.util.List;

/**
 * What {@link Errorspec#check} found, once the spec proved valid.
 *
 * @param upToDate the outputs that are up to date
 * @param stale where each stale or missing output first differs, with the command that fixes it
 * @param notes what the user may want to know, such as how to create an optional page that is absent
 */
public record CheckResult(List<Path> upToDate, List<Diagnostic> stale, List<String> notes) {

  public CheckResult {
    upToDate = List.copyOf(upToDate);
    stale = List.copyOf(stale);
    notes = List.copyOf(notes);
  }

  /** Whether every output is up to date. */
  public boolean passed() {
    return stale.isEmpty();
  }
}
