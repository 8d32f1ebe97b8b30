package io.github.errorspec.core.compat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.errorspec.core.compat.Finding.Severity;
import io.github.errorspec.core.load.SpecLoader;
import io.github.errorspec.core.spec.ErrorSpec;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Compatibility with a baseline catalog")
class CompatCheckerTest {

  private static final String BASELINE = """
      errorspec: 1
      package: com.example.errors
      statuses:
        400: Bad Request
        403: Forbidden
        429: Rate Limit Exceeded
        503: Service Unavailable
      categories:
        - title: Errors
          groups:
            - status: 403
              errors:
                - code: QUOTA_EXCEEDED
                  message: Monthly quota exceeded
            - status: 400
              errors:
                - code: PROMPT_TOO_LONG
                  message: Prompt exceeds maximum length
                  field: prompt
                - code: OLD_FIELD
                  message: Old
                  deprecated: use PROMPT_TOO_LONG
            - status: 503
              errors:
                - code: OVERLOADED
                  message: Service is overloaded
      retired:
        - code: GONE
          since: 1.0.0
      """;

  @Test
  @DisplayName("an unchanged catalog has no findings")
  void unchanged() {
    assertEquals(List.of(), findings(BASELINE));
  }

  @Test
  @DisplayName("breaking: a code removed without being retired, pointing into the baseline")
  void removedCode() {
    assertEquals(List.of("baseline.yaml:25:19: breaking: OVERLOADED removed without being listed under 'retired' "
            + "(baseline 1.2.0)"),
        findings(BASELINE.replace("""
                  - status: 503
                    errors:
                      - code: OVERLOADED
                        message: Service is overloaded
            """, "")));
  }

  @Test
  @DisplayName("information: a code retired properly")
  void retiredProperly() {
    assertEquals(List.of("error-spec.yaml:26:11: info: OVERLOADED retired in 2.0.0 (baseline 1.2.0)"),
        findings(BASELINE.replace("""
                  - status: 503
                    errors:
                      - code: OVERLOADED
                        message: Service is overloaded
            """, "").replace("  - code: GONE\n    since: 1.0.0\n", "  - code: GONE\n    since: 1.0.0\n"
            + "  - code: OVERLOADED\n    since: 2.0.0\n")));
  }

  @Test
  @DisplayName("breaking: a retired code used again; warning: a tombstone removed")
  void retiredCodeReused() {
    assertEquals(List.of("error-spec.yaml:1:1: warning: retired code GONE is no longer listed under 'retired', so "
            + "nothing stops its reuse (baseline 1.2.0)"),
        findings(BASELINE.replace("retired:\n  - code: GONE\n    since: 1.0.0\n", "")));
    assertEquals(List.of(
            "error-spec.yaml:27:19: breaking: GONE was retired in 1.0.0 and is used again (baseline 1.2.0)"),
        findings(BASELINE.replace("code: OVERLOADED\n            message: Service is overloaded",
                "code: OVERLOADED\n            message: Service is overloaded\n          - code: GONE\n"
                    + "            message: Back")
            .replace("retired:\n  - code: GONE\n    since: 1.0.0\n", "")));
  }

  @Test
  @DisplayName("breaking: a status changed, at the new status")
  void statusChanged() {
    assertEquals(List.of("error-spec.yaml:15:21: breaking: QUOTA_EXCEEDED status changed from 403 to 429: clients "
            + "catch it by another status (baseline 1.2.0)"),
        findings(BASELINE.replace("message: Monthly quota exceeded",
            "message: Monthly quota exceeded\n            status: 429")));
  }

  @Test
  @DisplayName("breaking: a status's class renamed by a new reason phrase, whether or not a code uses the status")
  void classRenamed() {
    assertEquals(List.of(
            "error-spec.yaml:5:3: breaking: status 403's class renamed from ForbiddenException to "
                + "AccessDeniedException (ForbiddenError to AccessDeniedError in TypeScript and Python): clients that "
                + "catch it break (baseline 1.2.0)",
            "error-spec.yaml:6:3: breaking: status 429's class renamed from RateLimitExceededException to "
                + "TooManyRequestsException (RateLimitExceededError to TooManyRequestsError in TypeScript and Python): "
                + "clients that catch it break (baseline 1.2.0)"),
        findings(BASELINE.replace("403: Forbidden", "403: Access Denied")
            .replace("429: Rate Limit Exceeded", "429: Too Many Requests")));
  }

  @Test
  @DisplayName("breaking: a class renamed in Java alone, or by a new status that takes its name")
  void classRenamedInJavaOrByCollision() {
    assertEquals(List.of("error-spec.yaml:7:3: breaking: status 503's class renamed from ServiceUnavailableException "
            + "to ServiceUnavailableErrorException: clients that catch it break (baseline 1.2.0)"),
        findings(BASELINE.replace("503: Service Unavailable", "503: Service Unavailable Error")));
    assertEquals(List.of("error-spec.yaml:5:3: breaking: status 403's class renamed from ForbiddenException to "
            + "ForbiddenStatus403Exception (ForbiddenError to ForbiddenStatus403Error in TypeScript and Python): "
            + "clients that catch it break (baseline 1.2.0)"),
        findings(BASELINE.replace("403: Forbidden\n", "403: Forbidden\n  451: Forbidden\n")));
  }

  @Test
  @DisplayName("breaking: a status removed with its class, though no code used it")
  void classRemoved() {
    assertEquals(List.of("baseline.yaml:6:3: breaking: status 429 removed with its class RateLimitExceededException "
            + "(RateLimitExceededError in TypeScript and Python): clients that catch it break (baseline 1.2.0)"),
        findings(BASELINE.replace("  429: Rate Limit Exceeded\n", "")));
  }

  @Test
  @DisplayName("breaking: a field changed or removed; information: a field added")
  void fields() {
    assertEquals(List.of("error-spec.yaml:17:19: breaking: PROMPT_TOO_LONG field changed from 'prompt' to 'input' "
            + "(baseline 1.2.0)"),
        findings(BASELINE.replace("field: prompt", "field: input")));
    assertEquals(List.of("error-spec.yaml:17:19: breaking: PROMPT_TOO_LONG field 'prompt' removed (baseline 1.2.0)"),
        findings(BASELINE.replace("            field: prompt\n", "")));
    assertEquals(List.of("error-spec.yaml:13:19: info: QUOTA_EXCEEDED field 'plan' added (baseline 1.2.0)"),
        findings(BASELINE.replace("message: Monthly quota exceeded", "message: Monthly quota exceeded\n"
            + "            field: plan")));
  }

  @Test
  @DisplayName("breaking: retryable turned from true to false")
  void noLongerRetryable() {
    assertEquals(List.of("error-spec.yaml:25:19: breaking: OVERLOADED is no longer retryable (baseline 1.2.0)"),
        findings(BASELINE.replace("message: Service is overloaded", "message: Service is overloaded\n"
            + "            retryable: false")));
  }

  @Test
  @DisplayName("breaking: the Java package changed")
  void packageChanged() {
    assertEquals(List.of("error-spec.yaml:1:1: breaking: the Java package changed from com.example.errors to "
            + "com.example.api (baseline 1.2.0)"),
        findings(BASELINE.replace("package: com.example.errors", "package: com.example.api")));
  }

  @Test
  @DisplayName("breaking: the format changed, either way; writing the default format: envelope out is no change")
  void formatChanged() {
    String problem = BASELINE.replace("package: com.example.errors\n", "package: com.example.errors\nformat: problem\n");
    assertEquals(List.of("error-spec.yaml:1:1: breaking: format changed from envelope to problem: clients built for "
        + "the baseline expect the other error document (baseline 1.2.0)"), findings(problem));
    assertEquals(List.of("error-spec.yaml:1:1: breaking: format changed from problem to envelope: clients built for "
        + "the baseline expect the other error document (baseline 1.2.0)"), findings(problem, BASELINE));
    assertEquals(List.of(), findings(BASELINE.replace("format: problem", "format: envelope").replace(
        "package: com.example.errors\n", "package: com.example.errors\nformat: envelope\n")));
    assertEquals(List.of(), findings(problem, problem));
  }

  @Test
  @DisplayName("breaking: the problem types' base changed: type_base, or the docs_url it defaults to")
  void typeBaseChanged() {
    String problem = BASELINE.replace("package: com.example.errors\n", "package: com.example.errors\nformat: problem\n"
        + "problem:\n  type_base: https://example.com/errors/\n");
    assertEquals(List.of("error-spec.yaml:1:1: breaking: the problem type base (type_base, else docs_url + '#') changed "
            + "from https://example.com/errors/ to https://example.com/problems#: every problem's type changes, and "
            + "clients that read the code from it break (baseline 1.2.0)"),
        findings(problem, problem.replace("https://example.com/errors/", "https://example.com/problems#")));
    String fromDocs = BASELINE.replace("package: com.example.errors\n", "package: com.example.errors\n"
        + "docs_url: https://example.com/errors.html\nformat: problem\n");
    List<String> moved = findings(fromDocs, fromDocs.replace("errors.html", "reference.html"));
    assertEquals(2, moved.size(), moved::toString);
    assertTrue(moved.contains("error-spec.yaml:1:1: breaking: the problem type base (type_base, else docs_url + '#') "
        + "changed from https://example.com/errors.html# to https://example.com/reference.html#: every problem's type "
        + "changes, and clients that read the code from it break (baseline 1.2.0)"), moved::toString);
    assertEquals(List.of(), findings(problem, problem.replace("https://example.com/errors/\n",
        "https://example.com/errors/\ndocs_url: https://example.com/other.html\n")).stream()
        .filter(finding -> finding.contains("breaking")).collect(Collectors.toList()), "type_base wins over docs_url");
  }

  @Test
  @DisplayName("warning: a message changed; warning: a code un-deprecated; information: deprecated, added")
  void warningsAndInformation() {
    assertEquals(List.of(
            "error-spec.yaml:13:19: warning: QUOTA_EXCEEDED message changed from 'Monthly quota exceeded' to "
                + "'Quota exceeded' (baseline 1.2.0)",
            "error-spec.yaml:20:19: warning: OLD_FIELD is no longer deprecated (baseline 1.2.0)",
            "error-spec.yaml:24:19: info: OVERLOADED deprecated: retry later instead (baseline 1.2.0)",
            "error-spec.yaml:27:19: info: BRAND_NEW added (baseline 1.2.0)"),
        findings(BASELINE.replace("message: Monthly quota exceeded", "message: Quota exceeded")
            .replace("            deprecated: use PROMPT_TOO_LONG\n", "")
            .replace("message: Service is overloaded", "message: Service is overloaded\n"
                + "            deprecated: retry later instead\n          - code: BRAND_NEW\n            message: New")));
  }

  @Test
  @DisplayName("params: removed, renamed or retyped and a new placeholder are breaking; added is information; "
      + "a description changed is nothing")
  void params() {
    String withParams = BASELINE.replace("message: Monthly quota exceeded", """
        message: "Quota of {limit} exceeded"
                    params:
                      limit: {type: integer, description: Requests a month}
                      plan: string""");
    assertEquals(List.of(), findings(withParams, withParams.replace("Requests a month", "Requests per month")));
    assertEquals(List.of("error-spec.yaml:13:19: breaking: QUOTA_EXCEEDED param 'plan' removed: clients that read "
            + "it break (baseline 1.2.0)"),
        findings(withParams, withParams.replace("\n              plan: string", "")));
    assertEquals(List.of("error-spec.yaml:17:15: breaking: QUOTA_EXCEEDED param 'plan' renamed to 'tier': clients "
            + "that read it break (baseline 1.2.0)"),
        findings(withParams, withParams.replace("plan: string", "tier: string")));
    assertEquals(List.of("error-spec.yaml:16:15: breaking: QUOTA_EXCEEDED param 'limit' changed type from integer "
            + "to number: clients that read it break (baseline 1.2.0)"),
        findings(withParams, withParams.replace("type: integer", "type: number")));
    assertEquals(List.of("error-spec.yaml:18:15: info: QUOTA_EXCEEDED param 'seats' (integer) added (baseline 1.2.0)"),
        findings(withParams, withParams.replace("plan: string", "plan: string\n              seats: integer")));
    assertEquals(List.of(
            "error-spec.yaml:13:19: breaking: QUOTA_EXCEEDED message has a new placeholder '{plan}': servers built "
                + "against the baseline send it unfilled (baseline 1.2.0)",
            "error-spec.yaml:13:19: warning: QUOTA_EXCEEDED message changed from 'Quota of {limit} exceeded' to "
                + "'Quota of {limit} exceeded on {plan}' (baseline 1.2.0)"),
        findings(withParams, withParams.replace("{limit} exceeded", "{limit} exceeded on {plan}")));
    assertEquals(List.of("error-spec.yaml:16:15: info: QUOTA_EXCEEDED param 'limit' (integer) added (baseline 1.2.0)",
            "error-spec.yaml:17:15: info: QUOTA_EXCEEDED param 'plan' (string) added (baseline 1.2.0)"),
        findings(BASELINE, withParams.replace("message: \"Quota of {limit} exceeded\"",
            "message: Monthly quota exceeded")));
  }

  @Test
  @DisplayName("warning: docs_url added, changed or removed (every error's doc_url changes)")
  void docsUrl() {
    String linked = BASELINE.replace("package: com.example.errors\n",
        "package: com.example.errors\ndocs_url: https://docs.example.com/errors\n");
    assertEquals(List.of("error-spec.yaml:1:1: warning: docs_url changed from (none) to https://docs.example.com/errors:"
        + " every error's doc_url changes (baseline 1.2.0)"), findings(linked));
    assertEquals(List.of("error-spec.yaml:1:1: warning: docs_url changed from https://docs.example.com/errors to"
        + " https://example.com/errors.html: every error's doc_url changes (baseline 1.2.0)"),
        findings(linked, linked.replace("https://docs.example.com/errors", "https://example.com/errors.html")));
    assertEquals(List.of(), findings(linked, linked));
  }

  @Test
  @DisplayName("severities order from breaking down to information")
  void severities() {
    assertTrue(Severity.BREAKING.atLeast(Severity.WARNING));
    assertTrue(Severity.WARNING.atLeast(Severity.WARNING));
    assertFalse(Severity.INFO.atLeast(Severity.WARNING));
  }

  private static List<String> findings(String current) {
    return findings(BASELINE, current);
  }

  private static List<String> findings(String base, String current) {
    try {
      ErrorSpec baseline = new SpecLoader().parse("baseline.yaml", base.getBytes(StandardCharsets.UTF_8));
      ErrorSpec now = new SpecLoader().parse("error-spec.yaml", current.getBytes(StandardCharsets.UTF_8));
      return new CompatChecker().compare(baseline, now, "1.2.0").stream()
          .map(Finding::toString).collect(Collectors.toList());
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }
}
