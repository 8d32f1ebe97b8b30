package io.github.errorspec.core.generate.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.errorspec.core.load.SpecLoader;
import io.github.errorspec.core.spec.Diagnostic;
import io.github.errorspec.core.spec.ErrorSpec;
import io.github.errorspec.core.spec.InputException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("Markdown regions regenerated in place")
class MarkdownDocsTest {

  private static final String FILE = "docs/errors.md";
  private static final MarkdownDocs DOCS = new MarkdownDocs();

  private static ErrorSpec spec;

  @BeforeAll
  static void load() throws Exception {
    spec = new SpecLoader().parse("error-spec.yaml", """
        errorspec: 1
        statuses:
          401: Unauthorized
          400: Bad Request
        categories:
          - title: Authentication Errors
            groups:
              - status: 401
                errors:
                  - code: MISSING_API_KEY
                    message: API key is required
                    description: No API key provided in request
          - title: Field Errors
            groups:
              - heading: Text
                status: 400
                errors:
                  - {code: PROMPT_TOO_LONG, message: Too long, field: prompt, description: Shorten it}
                  - {code: OLD, message: Old, deprecated: use PROMPT_TOO_LONG}
        """.getBytes(StandardCharsets.UTF_8));
  }

  private static final String PAGE = """
      # Errors

      Hand-written prose stays.\t
      <!-- errorspec:begin statuses -->
      stale
      <!-- errorspec:end statuses -->

      <!-- errorspec:begin errors -->
      <!-- errorspec:end errors -->
      Trailing prose, no final newline""";

  private static final String REGENERATED = """
      # Errors

      Hand-written prose stays.\t
      <!-- errorspec:begin statuses -->
      | Status | Description |
      |--------|-------------|
      | `401` | Unauthorized |
      | `400` | Bad Request |
      <!-- errorspec:end statuses -->

      <!-- errorspec:begin errors -->
      ## Authentication Errors

      ### 401 - Unauthorized

      | Code | Message | Description |
      |------|---------|-------------|
      | `MISSING_API_KEY` | API key is required | No API key provided in request |

      ## Field Errors

      ### Text

      | Code | Message | Field | Description |
      |------|---------|-------|-------------|
      | `PROMPT_TOO_LONG` | Too long | `prompt` | Shorten it |
      | `OLD` | Old | | **Deprecated:** use PROMPT\\_TOO\\_LONG |
      <!-- errorspec:end errors -->
      Trailing prose, no final newline""";

  @Test
  @DisplayName("replaces the regions and keeps every other byte, a missing final newline included")
  void regenerates() throws Exception {
    assertEquals(REGENERATED, DOCS.regenerate(spec, FILE, PAGE));
  }

  @Test
  @DisplayName("running twice changes nothing the second time")
  void idempotent() throws Exception {
    assertEquals(REGENERATED, DOCS.regenerate(spec, FILE, REGENERATED));
    assertEquals(List.of(), DOCS.check(spec, FILE, REGENERATED, ""));
  }

  @Test
  @DisplayName("CRLF pages stay CRLF, LF pages LF, whatever the machine")
  void lineEndings() throws Exception {
    String crlf = PAGE.replace("\n", "\r\n");
    String regenerated = DOCS.regenerate(spec, FILE, crlf);
    assertEquals(REGENERATED.replace("\n", "\r\n"), regenerated);
    assertTrue(regenerated.replace("\r\n", "").indexOf('\n') < 0);
  }

  @Nested
  @DisplayName("the changes region")
  class Changes {

    private static final String CHANGES_PAGE = "# Changes\n<!-- errorspec:begin changes -->\n<!-- errorspec:end changes -->\n";

    @Test
    @DisplayName("lists what was added, deprecated and retired since the baseline")
    void changes() throws Exception {
      ErrorSpec baseline = new SpecLoader().parse("baseline.yaml", """
          errorspec: 1
          statuses: {401: Unauthorized, 400: Bad Request}
          categories:
            - title: T
              groups:
                - status: 400
                  errors:
                    - {code: OLD, message: Old}
                    - {code: GONE, message: Gone}
          """.getBytes(StandardCharsets.UTF_8));
      ErrorSpec current = new SpecLoader().parse("error-spec.yaml", ("""
          errorspec: 1
          statuses: {401: Unauthorized, 400: Bad Request}
          categories:
            - title: T
              groups:
                - status: 400
                  errors:
                    - {code: OLD, message: Old, deprecated: use NEW}
                    - {code: NEW, message: "New | shiny"}
          retired:
            - {code: GONE, since: 1.3.0, reason: nobody sent it}
          """).getBytes(StandardCharsets.UTF_8));

      assertEquals("""
          # Changes
          <!-- errorspec:begin changes -->
          | Change | Code | Details |
          |--------|------|---------|
          | Deprecated | `OLD` | use NEW |
          | Added | `NEW` | New \\| shiny |
          | Retired | `GONE` | nobody sent it (since 1.3.0) |
          <!-- errorspec:end changes -->
          """, DOCS.regenerate(current, FILE, CHANGES_PAGE,
              Optional.of(new MarkdownDocs.Baseline(baseline, "1.2.0"))));
      assertEquals("""
          # Changes
          <!-- errorspec:begin changes -->
          No codes added, deprecated or retired since 1.2.0.
          <!-- errorspec:end changes -->
          """, DOCS.regenerate(current, FILE, CHANGES_PAGE, Optional.of(new MarkdownDocs.Baseline(current, "1.2.0"))));
    }

    @Test
    @DisplayName("only a page with a changes region needs a baseline")
    void needsBaseline() {
      assertTrue(MarkdownDocs.needsBaseline(CHANGES_PAGE));
      assertTrue(MarkdownDocs.needsBaseline("x\r\n  <!--  errorspec:begin   changes -->\r\n"));
      assertFalse(MarkdownDocs.needsBaseline(PAGE));
      assertFalse(MarkdownDocs.needsBaseline("<!-- errorspec:end changes -->\n"));
    }

    @Test
    @DisplayName("without a baseline, the region is reported at its line")
    void missingBaseline() {
      InputException e = assertThrows(InputException.class, () -> DOCS.regenerate(spec, FILE, CHANGES_PAGE));
      assertEquals("docs/errors.md:2: region 'changes' lists what changed since a baseline, and none is configured "
          + "(errorspec.baseline)", e.getMessage());
    }
  }

  @Nested
  @DisplayName("the staleness check")
  class Check {

    @Test
    @DisplayName("names the first differing line of each stale region, and the remedy")
    void staleRegions() throws Exception {
      String stale = REGENERATED.replace("| `400` | Bad Request |", "| `400` | Bad request |")
          .replace("| `OLD` | Old | | **Deprecated:** use PROMPT\\_TOO\\_LONG |\n", "");
      assertEquals(List.of(
              "docs/errors.md:8: expected `| `400` | Bad Request |`, found `| `400` | Bad request |`; run errorspec:docs",
              "docs/errors.md:27: region 'errors' ends early: expected "
                  + "`| `OLD` | Old | | **Deprecated:** use PROMPT\\_TOO\\_LONG |`; run errorspec:docs"),
          messages(DOCS.check(spec, FILE, stale, "; run errorspec:docs")));
    }

    @Test
    @DisplayName("names an empty line as such where a missing row leaves one")
    void missingRowBeforeABlankLine() throws Exception {
      String stale = REGENERATED.replace("| `MISSING_API_KEY` | API key is required | No API key provided in request |\n", "");
      assertEquals(List.of("docs/errors.md:18: expected `| `MISSING_API_KEY` | API key is required | No API key provided "
              + "in request |`, found an empty line"),
          messages(DOCS.check(spec, FILE, stale, "")));
    }

    @Test
    @DisplayName("reports extra lines and line endings that differ from the page's")
    void extraLinesAndEndings() throws Exception {
      assertEquals(List.of("docs/errors.md:9: region 'statuses' has more lines than expected: found `extra`"),
          messages(DOCS.check(spec, FILE, REGENERATED.replace("| `400` | Bad Request |\n",
              "| `400` | Bad Request |\nextra\n"), "")));
      assertEquals(List.of("docs/errors.md:7: region 'statuses' has a line ending other than the page's"),
          messages(DOCS.check(spec, FILE, REGENERATED.replace("| `401` | Unauthorized |\n",
              "| `401` | Unauthorized |\r\n"), "")));
    }
  }

  @Nested
  @DisplayName("a broken page is reported at file:line and left untouched")
  class BrokenPages {

    @Test
    @DisplayName("a begin without an end")
    void unclosed() {
      assertEquals(List.of("docs/errors.md:2: region 'errors' has no end marker '<!-- errorspec:end errors -->'"),
          problems("text\n<!-- errorspec:begin errors -->\ntable\n"));
    }

    @Test
    @DisplayName("an end without a begin, and an end naming another region")
    void mismatchedEnds() {
      assertEquals(List.of(
              "docs/errors.md:1: end of region 'errors' without a begin",
              "docs/errors.md:3: region 'statuses' (begun at line 2) ends with 'errors'"),
          problems("<!-- errorspec:end errors -->\n<!-- errorspec:begin statuses -->\n<!-- errorspec:end errors -->\n"));
    }

    @Test
    @DisplayName("a region twice")
    void twice() {
      assertEquals(List.of("docs/errors.md:3: region 'errors' appears twice; first at line 1"),
          problems("<!-- errorspec:begin errors -->\n<!-- errorspec:end errors -->\n"
              + "<!-- errorspec:begin errors -->\n<!-- errorspec:end errors -->\n"));
    }

    @Test
    @DisplayName("nested regions")
    void nested() {
      assertEquals(List.of(
              "docs/errors.md:2: region 'statuses' begins inside region 'errors' (begun at line 1); regions cannot nest"),
          problems("<!-- errorspec:begin errors -->\n<!-- errorspec:begin statuses -->\n"
              + "<!-- errorspec:end statuses -->\n<!-- errorspec:end errors -->\n"));
    }

    @Test
    @DisplayName("unknown region names and malformed markers")
    void unknownAndMalformed() {
      assertEquals(List.of(
              "docs/errors.md:1: unknown region 'codes'; expected one of: statuses, errors, changes",
              "docs/errors.md:3: malformed errorspec marker `<!-- errorspec:begin -->`; "
                  + "expected '<!-- errorspec:begin NAME -->' or '<!-- errorspec:end NAME -->'"),
          problems("<!-- errorspec:begin codes -->\n<!-- errorspec:end codes -->\n<!-- errorspec:begin -->\n"));
    }

    @Test
    @DisplayName("a page with no region at all")
    void noRegions() {
      assertEquals(List.of("docs/errors.md: no errorspec regions; mark where tables go with "
              + "'<!-- errorspec:begin NAME -->' and '<!-- errorspec:end NAME -->', NAME one of: statuses, errors, changes"),
          problems("# Just prose\n"));
    }

    private List<String> problems(String page) {
      InputException e = assertThrows(InputException.class, () -> DOCS.regenerate(spec, FILE, page));
      assertEquals(e.diagnostics().stream().map(Diagnostic::toString).collect(Collectors.joining("\n")),
          e.getMessage());
      return messages(e.diagnostics());
    }
  }

  private static List<String> messages(List<Diagnostic> diagnostics) {
    return diagnostics.stream().map(Diagnostic::toString).collect(Collectors.toList());
  }
}
