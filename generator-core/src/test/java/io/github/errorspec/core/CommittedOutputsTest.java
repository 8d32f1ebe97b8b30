package io.github.errorspec.core;

import static io.github.errorspec.core.ErrorspecTest.SPEC;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.errorspec.core.CheckRequest.Commands;
import io.github.errorspec.core.OutputChange.Change;
import io.github.errorspec.core.output.Outputs;
import io.github.errorspec.core.spec.InputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The Errorspec facade: docs, sync and check of committed outputs")
class CommittedOutputsTest {

  private static final Commands COMMANDS = new Commands("docs-command", "sync-command");

  @TempDir
  Path dir;

  private final Errorspec errorspec = new Errorspec();

  @Test
  @DisplayName("docs creates a page, updates a stale one, and leaves an up-to-date one alone")
  void docs() throws Exception {
    Path spec = Files.writeString(dir.resolve("error-spec.yaml"), SPEC);
    Path page = dir.resolve("docs/error-codes.md");
    DocsRequest request = DocsRequest.of(spec, page);
    CheckRequest check = CheckRequest.of(spec, CommittedOutputs.none().with(Outputs.DOCS, page), COMMANDS);

    assertEquals(Change.CREATED, errorspec.docs(request).change());
    assertTrue(Files.readString(page).startsWith("# Demo Error Codes\n"));
    assertEquals(Change.UP_TO_DATE, errorspec.docs(request).change());
    assertEquals(List.of(page), errorspec.check(check).upToDate());

    Files.writeString(spec, SPEC.replace("message: Bad}", "message: Very bad}"));
    assertEquals(List.of(page + ":44: expected `| `BAD` | Very bad | |`, found `| `BAD` | Bad | |`; run docs-command"),
        messages(errorspec.check(check)));
    assertEquals(Change.UPDATED, errorspec.docs(request).change());
    assertTrue(errorspec.check(check).passed());
  }

  @Test
  @DisplayName("a required page that is missing is stale; an optional one is a note, and sync leaves it absent")
  void missingPages() throws Exception {
    Path spec = Files.writeString(dir.resolve("error-spec.yaml"), SPEC);
    Path page = dir.resolve("error-codes.md");

    CheckResult required = errorspec.check(CheckRequest.of(spec, CommittedOutputs.none().with(Outputs.DOCS, page),
        COMMANDS));
    assertEquals(List.of(page + ": does not exist; run docs-command"), messages(required));

    CommittedOutputs optional = CommittedOutputs.none().withOptional(Outputs.DOCS, page);
    CheckResult absent = errorspec.check(CheckRequest.of(spec, optional, COMMANDS));
    assertTrue(absent.passed());
    assertEquals(List.of("there is no docs page " + page + "; docs-command creates one"), absent.notes());
    assertEquals(List.of(new OutputChange(page, Change.ABSENT)), errorspec.sync(SyncRequest.of(spec, optional)));
    assertFalse(Files.exists(page));

    assertEquals(List.of(new OutputChange(page, Change.CREATED)),
        errorspec.sync(SyncRequest.of(spec, CommittedOutputs.none().with(Outputs.DOCS, page))));
    assertEquals(List.of(new OutputChange(page, Change.UP_TO_DATE)), errorspec.sync(SyncRequest.of(spec, optional)));
  }

  @Test
  @DisplayName("a broken page is reported at its line and left untouched")
  void brokenPage() throws Exception {
    Path spec = Files.writeString(dir.resolve("error-spec.yaml"), SPEC);
    Path page = dir.resolve("error-codes.md");
    String broken = "# Errors\n<!-- errorspec:begin errors -->\n";
    Files.writeString(page, broken);
    InputException e = assertThrows(InputException.class, () -> errorspec.docs(DocsRequest.of(spec, page)));
    assertEquals(page + ":2: region 'errors' has no end marker '<!-- errorspec:end errors -->'", e.getMessage());
    assertEquals(broken, Files.readString(page));
    assertFalse(Files.list(dir).anyMatch(file -> file.getFileName().toString().endsWith(".tmp")));
  }

  @Test
  @DisplayName("a page checked out with CRLF line endings is up to date, and sync leaves it alone")
  void crlfPage() throws Exception {
    Path spec = Files.writeString(dir.resolve("error-spec.yaml"), SPEC);
    Path page = dir.resolve("error-codes.md");
    errorspec.docs(DocsRequest.of(spec, page));
    String crlf = Files.readString(page).replace("\n", "\r\n");
    Files.writeString(page, crlf);
    CommittedOutputs outputs = CommittedOutputs.none().with(Outputs.DOCS, page);
    assertTrue(errorspec.check(CheckRequest.of(spec, outputs, COMMANDS)).passed());
    assertEquals(List.of(new OutputChange(page, Change.UP_TO_DATE)), errorspec.sync(SyncRequest.of(spec, outputs)));
    assertEquals(crlf, Files.readString(page));
  }

  @Test
  @DisplayName("a generated module is created by sync, stale for check at its first differing line, and CRLF is no change")
  void modules() throws Exception {
    Path spec = Files.writeString(dir.resolve("error-spec.yaml"), SPEC);
    Path openapi = dir.resolve("api/errors.openapi.yaml");
    CommittedOutputs outputs = CommittedOutputs.none().with(Outputs.OPENAPI, openapi);
    CheckRequest check = CheckRequest.of(spec, outputs, COMMANDS);

    assertEquals(List.of(openapi + ": does not exist; run sync-command"), messages(errorspec.check(check)));
    assertEquals(List.of(new OutputChange(openapi, Change.CREATED)), errorspec.sync(SyncRequest.of(spec, outputs)));
    assertTrue(errorspec.check(check).passed());

    String generated = Files.readString(openapi);
    Files.writeString(openapi, generated.replace("\n", "\r\n"));
    assertTrue(errorspec.check(check).passed());
    assertEquals(List.of(new OutputChange(openapi, Change.UP_TO_DATE)), errorspec.sync(SyncRequest.of(spec, outputs)));

    Files.writeString(spec, SPEC.replace("message: Bad}", "message: Worse}"));
    List<String> stale = messages(errorspec.check(check));
    assertEquals(1, stale.size());
    assertTrue(stale.get(0).matches(java.util.regex.Pattern.quote(openapi.toString())
        + ":\\d+: expected `.*Worse.*`, found `.*Bad.*`; run sync-command"), stale.get(0));
    assertEquals(List.of(new OutputChange(openapi, Change.UPDATED)), errorspec.sync(SyncRequest.of(spec, outputs)));
    assertTrue(errorspec.check(check).passed());
  }

  private static List<String> messages(CheckResult result) {
    return result.stale().stream().map(Object::toString).collect(Collectors.toList());
  }
}
