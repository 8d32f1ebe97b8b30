package io.github.errorspec.core.generate.markdown;

import io.github.errorspec.core.spec.ErrorDef;
import io.github.errorspec.core.spec.ErrorSpec;
import io.github.errorspec.core.spec.RetiredCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The {@code changes} region: what was added, deprecated and retired since a baseline catalog, in
 * the seed's table style, or one line saying nothing changed.
 */
final class ChangesTable {

  private ChangesTable() {}

  static List<String> lines(ErrorSpec current, ErrorSpec baseline, String baselineLabel) {
    Map<String, ErrorDef> before = baseline.errors()
        .collect(Collectors.toMap(ErrorDef::code, Function.identity(), (first, second) -> first));
    Set<String> retiredBefore = baseline.retired().stream().map(RetiredCode::code).collect(Collectors.toSet());
    List<List<String>> rows = new ArrayList<>();
    current.errors().forEach(error -> {
      ErrorDef old = before.get(error.code());
      if (old == null && !retiredBefore.contains(error.code())) {
        rows.add(List.of("Added", MarkdownText.code(error.code()), MarkdownText.inline(error.message())));
      } else if (old != null && !old.isDeprecated() && error.isDeprecated()) {
        rows.add(List.of("Deprecated", MarkdownText.code(error.code()), MarkdownText.inline(error.deprecated().get())));
      }
    });
    for (RetiredCode retired : current.retired()) {
      if (!retiredBefore.contains(retired.code())) {
        String details = retired.reason().map(MarkdownText::inline).orElse("")
            + retired.since().map(since -> " (since " + MarkdownText.inline(since) + ")").orElse("");
        rows.add(List.of("Retired", MarkdownText.code(retired.code()), details.strip()));
      }
    }
    if (rows.isEmpty()) {
      return List.of("No codes added, deprecated or retired since " + MarkdownText.inline(baselineLabel) + ".");
    }
    List<String> lines = new ArrayList<>(MarkdownTables.header(List.of("Change", "Code", "Details")));
    rows.forEach(row -> lines.add(MarkdownTables.row(row)));
    return lines;
  }
}
