package io.github.errorspec.core.compat;

import io.github.errorspec.core.compat.Finding.Severity;
import io.github.errorspec.core.generate.CatalogText;
import io.github.errorspec.core.generate.StatusNames;
import io.github.errorspec.core.spec.ErrorDef;
import io.github.errorspec.core.spec.ErrorSpec;
import io.github.errorspec.core.spec.RetiredCode;
import io.github.errorspec.core.spec.Status;
import io.github.errorspec.core.spec.WireFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Compares a catalog with a baseline (the catalog of a released version) and says what changed for
 * clients built against the baseline. Codes are a contract: removing one, changing its status
 * (clients catch by status), field or retry advice, or reusing a retired code breaks them. So are
 * the class names of statuses ({@link StatusNames}), which clients write in their {@code catch}, a
 * code's params ({@link ParamChanges}), and the wire format with its problem types.
 */
public final class CompatChecker {

  /**
   * Every difference, sorted by position; findings about removed codes point into the baseline.
   *
   * @param baselineLabel names the baseline in each message, such as its version
   */
  public List<Finding> compare(ErrorSpec baseline, ErrorSpec current, String baselineLabel) {
    List<Finding> findings = new ArrayList<>();
    String suffix = " (baseline " + baselineLabel + ")";
    Map<String, ErrorDef> before = byCode(baseline);
    Map<String, ErrorDef> after = byCode(current);
    Map<String, RetiredCode> retiredBefore = retired(baseline);
    Map<String, RetiredCode> retiredNow = retired(current);

    if (!baseline.packageName().equals(current.packageName())) {
      findings.add(new Finding(Severity.BREAKING, current.location(), "the Java package changed from "
          + baseline.packageName().orElse("(none)") + " to " + current.packageName().orElse("(none)") + suffix));
    }
    if (!baseline.docsUrl().equals(current.docsUrl())) {
      findings.add(new Finding(Severity.WARNING, current.location(), "docs_url changed from "
          + baseline.docsUrl().orElse("(none)") + " to " + current.docsUrl().orElse("(none)")
          + ": every error's doc_url changes" + suffix));
    }
    compareFormat(baseline, current, suffix, findings);
    compareClasses(baseline, current, suffix, findings);
    for (ErrorDef old : before.values()) {
      ErrorDef now = after.get(old.code());
      if (now == null) {
        RetiredCode retired = retiredNow.get(old.code());
        if (retired != null) {
          findings.add(new Finding(Severity.INFO, retired.location(), old.code() + " retired"
              + retired.since().map(since -> " in " + since).orElse("") + suffix));
        } else {
          findings.add(new Finding(Severity.BREAKING, old.location(), old.code()
              + " removed without being listed under 'retired'" + suffix));
        }
        continue;
      }
      compareCode(old, now, suffix, findings);
    }
    for (ErrorDef now : after.values()) {
      if (before.containsKey(now.code())) {
        continue;
      }
      RetiredCode retired = retiredBefore.get(now.code());
      if (retired != null) {
        findings.add(new Finding(Severity.BREAKING, now.location(), now.code() + " was retired"
            + retired.since().map(since -> " in " + since).orElse("") + " and is used again" + suffix));
      } else {
        findings.add(new Finding(Severity.INFO, now.location(), now.code() + " added" + suffix));
      }
    }
    for (RetiredCode retired : retiredBefore.values()) {
      if (!retiredNow.containsKey(retired.code()) && !after.containsKey(retired.code())) {
        findings.add(new Finding(Severity.WARNING, current.location(), "retired code " + retired.code()
            + " is no longer listed under 'retired', so nothing stops its reuse" + suffix));
      }
    }
    findings.sort(null);
    return findings;
  }

  /**
   * The wire format is a contract: a client built for one format does not read the other, and one
   * that reads a code back from a problem's {@code type} needs the same base. Writing the default
   * {@code format: envelope} out is no change: the model is the same.
   */
  private static void compareFormat(ErrorSpec baseline, ErrorSpec current, String suffix, List<Finding> findings) {
    if (baseline.format() != current.format()) {
      findings.add(new Finding(Severity.BREAKING, current.location(), "format changed from "
          + baseline.format().key() + " to " + current.format().key()
          + ": clients built for the baseline expect the other error document" + suffix));
    } else if (current.format() == WireFormat.PROBLEM
        && !CatalogText.problemTypeBase(baseline).equals(CatalogText.problemTypeBase(current))) {
      findings.add(new Finding(Severity.BREAKING, current.location(), "the problem type base (type_base, else docs_url"
          + " + '#') changed from " + CatalogText.problemTypeBase(baseline).orElse("(none)") + " to "
          + CatalogText.problemTypeBase(current).orElse("(none)")
          + ": every problem's type changes, and clients that read the code from it break" + suffix));
    }
  }

  /**
   * Compares the class of every status that had one: a class is renamed when its reason phrase
   * changes, or when another status's name now collides with it, and is gone with its status. Each
   * status is reported once, used by codes or not: clients catch a gateway's 502 too. A code whose
   * status changed is reported as such, not as a class change.
   */
  private static void compareClasses(ErrorSpec baseline, ErrorSpec current, String suffix, List<Finding> findings) {
    StatusNames before = StatusNames.of(baseline);
    StatusNames after = StatusNames.of(current);
    for (int code : before.statuses()) {
      String javaBefore = before.javaName(code);
      String errorBefore = before.errorName(code);
      if (!after.statuses().contains(code)) {
        // Every listed 4xx and 5xx status has a class, and no other status can: the status is gone.
        Status removed = baseline.status(code).orElseThrow();
        findings.add(new Finding(Severity.BREAKING, removed.location(), "status " + code + " removed with its class "
            + javaBefore + " (" + errorBefore + " in TypeScript and Python): clients that catch it break" + suffix));
        continue;
      }
      String javaAfter = after.javaName(code);
      String errorAfter = after.errorName(code);
      if (!javaBefore.equals(javaAfter) || !errorBefore.equals(errorAfter)) {
        String errorChange = errorBefore.equals(errorAfter)
            ? ""
            : " (" + errorBefore + " to " + errorAfter + " in TypeScript and Python)";
        findings.add(new Finding(Severity.BREAKING, current.status(code).orElseThrow().location(), "status " + code
            + "'s class renamed from " + javaBefore + " to " + javaAfter + errorChange
            + ": clients that catch it break" + suffix));
      }
    }
  }

  private static void compareCode(ErrorDef old, ErrorDef now, String suffix, List<Finding> findings) {
    String code = now.code();
    if (old.status() != now.status()) {
      findings.add(new Finding(Severity.BREAKING, now.statusLocation(), code + " status changed from "
          + old.status() + " to " + now.status() + ": clients catch it by another status" + suffix));
    }
    if (!old.field().equals(now.field())) {
      if (now.field().isEmpty()) {
        findings.add(new Finding(Severity.BREAKING, now.location(), code + " field '" + old.field().get()
            + "' removed" + suffix));
      } else if (old.field().isPresent()) {
        findings.add(new Finding(Severity.BREAKING, now.location(), code + " field changed from '"
            + old.field().get() + "' to '" + now.field().get() + "'" + suffix));
      } else {
        findings.add(new Finding(Severity.INFO, now.location(), code + " field '" + now.field().get()
            + "' added" + suffix));
      }
    }
    if (old.retryable() && !now.retryable()) {
      findings.add(new Finding(Severity.BREAKING, now.location(), code + " is no longer retryable" + suffix));
    }
    ParamChanges.compare(old, now, suffix, findings);
    if (!old.message().equals(now.message())) {
      findings.add(new Finding(Severity.WARNING, now.location(), code + " message changed from '"
          + old.message() + "' to '" + now.message() + "'" + suffix));
    }
    if (old.isDeprecated() && !now.isDeprecated()) {
      findings.add(new Finding(Severity.WARNING, now.location(), code + " is no longer deprecated" + suffix));
    } else if (!old.isDeprecated() && now.isDeprecated()) {
      findings.add(new Finding(Severity.INFO, now.location(), code + " deprecated: " + now.deprecated().get() + suffix));
    }
  }

  private static Map<String, ErrorDef> byCode(ErrorSpec spec) {
    Map<String, ErrorDef> codes = new LinkedHashMap<>();
    spec.errors().forEach(error -> codes.putIfAbsent(error.code(), error));
    return codes;
  }

  private static Map<String, RetiredCode> retired(ErrorSpec spec) {
    Map<String, RetiredCode> codes = new LinkedHashMap<>();
    spec.retired().forEach(retired -> codes.putIfAbsent(retired.code(), retired));
    return codes;
  }
}
