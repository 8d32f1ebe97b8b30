package io.github.errorspec.core.validate;

import io.github.errorspec.core.spec.Diagnostic;
import io.github.errorspec.core.spec.ErrorDef;
import io.github.errorspec.core.spec.ErrorSpec;
import io.github.errorspec.core.spec.Fallback;
import io.github.errorspec.core.spec.Fallbacks;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules of {@code fallbacks:}: each status is listed under {@code statuses}, each code is one
 * of the catalog's and has the status it answers, and the {@code validation} code is a 400 code.
 * Which statuses need a fallback depends on the generated server code, which checks that itself.
 */
final class FallbackRules {

  private FallbackRules() {}

  static List<Diagnostic> check(ErrorSpec spec) {
    List<Diagnostic> problems = new ArrayList<>();
    Map<String, ErrorDef> byCode = fallbackErrors(spec);
    for (Fallback fallback : spec.fallbacks().statuses()) {
      boolean listed = spec.statuses().isEmpty() || spec.status(fallback.status()).isPresent();
      if (!listed) {
        problems.add(new Diagnostic(fallback.keyLocation(), "status " + fallback.status()
            + " is not listed under 'statuses'"));
      }
      ErrorDef error = byCode.get(fallback.code());
      if (error == null) {
        problems.add(unknown(fallback));
      } else if (listed && error.status() != fallback.status()) {
        // An unlisted status is one mistake already: its code's status is not judged again.
        problems.add(new Diagnostic(fallback.location(), "the fallback of status " + fallback.status() + " is "
            + quote(fallback.code()) + ", a code of status " + error.status()
            + "; a fallback's code must have the status it answers"));
      }
    }
    spec.fallbacks().validation().ifPresent(validation -> {
      ErrorDef error = byCode.get(validation.code());
      if (error == null) {
        problems.add(unknown(validation));
      } else if (error.status() != Fallbacks.VALIDATION_STATUS) {
        problems.add(new Diagnostic(validation.location(), "the validation fallback " + quote(validation.code())
            + " is a code of status " + error.status() + "; a failed validation answers "
            + Fallbacks.VALIDATION_STATUS + ", so its code must have status " + Fallbacks.VALIDATION_STATUS));
      }
    });
    return problems;
  }

  /** The first error of each fallback code, without a table of every code of the catalog. */
  private static Map<String, ErrorDef> fallbackErrors(ErrorSpec spec) {
    Set<String> codes = new HashSet<>();
    spec.fallbacks().statuses().forEach(fallback -> codes.add(fallback.code()));
    spec.fallbacks().validation().ifPresent(validation -> codes.add(validation.code()));
    Map<String, ErrorDef> byCode = new HashMap<>();
    if (!codes.isEmpty()) {
      spec.errors().filter(error -> codes.contains(error.code())).forEach(error -> byCode.putIfAbsent(error.code(), error));
    }
    return byCode;
  }

  private static Diagnostic unknown(Fallback fallback) {
    return new Diagnostic(fallback.location(), "fallback code " + quote(fallback.code()) + " is not a code of the catalog");
  }

  /** A code as typed, on one line and shortened, since it may be any text. */
  private static String quote(String code) {
    String oneLine = code.replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t");
    return "'" + (oneLine.length() > 60 ? oneLine.substring(0, 60) + "..." : oneLine) + "'";
  }
}
