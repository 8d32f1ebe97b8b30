package io.github.errorspec.core.validate;

import io.github.errorspec.core.spec.Diagnostic;
import io.github.errorspec.core.spec.ErrorDef;
import io.github.errorspec.core.spec.ErrorSpec;
import io.github.errorspec.core.spec.RetiredCode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules that span entries of a spec: unique codes, statuses that are documented, retired codes
 * never used again. Rules about a single value are checked while loading, where its text is known.
 */
public final class SpecValidator {

  /** Every problem found, in document order. */
  public List<Diagnostic> validate(ErrorSpec spec) {
    Set<Diagnostic> problems = new LinkedHashSet<>();
    FirstByCode<ErrorDef> firstByCode = new FirstByCode<>(errorCount(spec));
    Map<String, RetiredCode> retiredByCode = new HashMap<>();
    Set<Integer> listedStatuses = new HashSet<>();
    spec.statuses().forEach(status -> listedStatuses.add(status.code()));
    for (RetiredCode retired : spec.retired()) {
      RetiredCode first = retiredByCode.putIfAbsent(retired.code(), retired);
      if (first != null) {
        problems.add(new Diagnostic(retired.location(), "code '" + retired.code()
            + "' is retired twice; first at line " + first.location().line()));
      }
    }
    spec.errors().forEach(error -> {
      ErrorDef first = firstByCode.putIfAbsent(error.code(), error);
      if (first != null) {
        problems.add(new Diagnostic(error.location(), "duplicate code '" + error.code()
            + "'; first defined at line " + first.location().line()));
      }
      RetiredCode retired = retiredByCode.get(error.code());
      if (retired != null) {
        problems.add(new Diagnostic(error.location(), retiredMessage(retired)));
      }
      if (isWellFormed(error.status()) && !listedStatuses.isEmpty() && !listedStatuses.contains(error.status())) {
        // Inherited statuses share the group's location: the set reports each place once.
        problems.add(new Diagnostic(error.statusLocation(), "status " + error.status()
            + " is not listed under 'statuses'"));
      }
    });
    problems.addAll(FallbackRules.check(spec));
    List<Diagnostic> sorted = new ArrayList<>(problems);
    sorted.sort(null);
    return sorted;
  }

  /** Counted by group: a pass over every error of a large, freshly loaded catalog costs cache misses. */
  private static int errorCount(ErrorSpec spec) {
    return spec.categories().stream().flatMap(category -> category.groups().stream())
        .mapToInt(group -> group.errors().size()).sum();
  }

  /**
   * A malformed status was reported when it was read; it is no undocumented one. Likewise, no
   * statuses at all means 'statuses' itself was reported missing or broken.
   */
  private static boolean isWellFormed(int status) {
    return status >= 100 && status <= 599;
  }

  private static String retiredMessage(RetiredCode retired) {
    StringBuilder message = new StringBuilder("code '").append(retired.code()).append("' was retired");
    retired.since().ifPresent(since -> message.append(" in ").append(since));
    message.append(" (line ").append(retired.location().line()).append(") and may not be used again");
    retired.reason().ifPresent(reason -> message.append(": ").append(reason));
    return message.toString();
  }
}
