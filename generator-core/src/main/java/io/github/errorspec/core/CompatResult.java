package io.github.errorspec.core;

import io.github.errorspec.core.compat.Finding;
import io.github.errorspec.core.compat.Finding.Severity;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The differences between a catalog and its baseline.
 *
 * @param baselineLabel how the baseline is named
 * @param findings every difference, sorted by position
 * @param failOn the least severe finding that fails, or empty when none fails
 */
public record CompatResult(String baselineLabel, List<Finding> findings, Optional<Severity> failOn) {

  public CompatResult {
    findings = List.copyOf(findings);
  }

  /** The findings that fail the check. */
  public List<Finding> failing() {
    return failOn.map(threshold -> findings.stream().filter(finding -> finding.severity().atLeast(threshold))
        .collect(Collectors.toList())).orElse(List.of());
  }

  /** Whether no finding fails the check. */
  public boolean passed() {
    return failing().isEmpty();
  }

  /**
   * One line for the log: "compatible with baseline 1.2.0 (no changes)", "compatible with baseline
   * 1.2.0 (1 warning, 2 info)", or "1 incompatible change against baseline 1.2.0".
   */
  public String summary() {
    if (!passed()) {
      int failed = failing().size();
      return failed + " " + (failed == 1 ? "incompatible change" : "incompatible changes") + " against baseline "
          + baselineLabel;
    }
    return "compatible with baseline " + baselineLabel + " (" + counts() + ")";
  }

  private String counts() {
    if (findings.isEmpty()) {
      return "no changes";
    }
    Map<Severity, Long> bySeverity = new TreeMap<>(findings.stream()
        .collect(Collectors.groupingBy(Finding::severity, Collectors.counting())));
    return bySeverity.entrySet().stream().map(entry -> count(entry.getValue(), entry.getKey()))
        .collect(Collectors.joining(", "));
  }

  private static String count(long count, Severity severity) {
    String name = severity.name().toLowerCase(Locale.ROOT);
    return count + " " + (count == 1 || severity != Severity.WARNING ? name : name + "s");
  }
}
