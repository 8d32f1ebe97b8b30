package io.github.errorspec.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.errorspec.core.CheckRequest.Commands;
import io.github.errorspec.core.OutputChange.Change;
import io.github.errorspec.core.compat.Finding.Severity;
import io.github.errorspec.core.output.Outputs;
import io.github.errorspec.core.spec.InputException;
import io.github.errorspec.core.write.WriteResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The Errorspec facade: load, generate, write")
class ErrorspecTest {

  private static final String SPEC = """
      errorspec: 1
      api: Demo
      package: com.example.demo
      statuses:
        400: Bad Request
        503: Service Unavailable
      categories:
        - title: Errors
          groups:
            - status: 400
              errors:
                - {code: BAD, message: Bad}
            - status: 503
              errors:
                - {code: DOWN, message: Down}
      """;

  @TempDir
  Path dir;

  private static final Commands COMMANDS = new Commands("docs-command", "sync-command");

  private final Errorspec errorspec = new Errorspec();

  @Test
  @DisplayName("an unchanged spec rewrites nothing: contents and timestamps stay")
  void secondRunRewritesNothing() throws Exception {
    Path spec = Files.writeString(dir.resolve("error-spec.yaml"), SPEC);
    Path out = dir.resolve("generated");

    WriteResult first = errorspec.generate(GenerateRequest.of(spec, out));
    Map<Path, FileTime> times = timestamps(out);
    Files.setLastModifiedTime(out.resolve("com/example/demo/ErrorCode.java"), FileTime.fromMillis(1000));
    times.put(out.resolve("com/example/demo/ErrorCode.java"), FileTime.fromMillis(1000));
    WriteResult second = errorspec.generate(GenerateRequest.of(spec, out));

    assertEquals(8, first.written().size());
    assertTrue(second.upToDate());
    assertEquals(8, second.unchanged().size());
    assertEquals(times, timestamps(out));
  }

  @Test
  @DisplayName("with a state file, an unchanged build skips generating; a hand-edited output is restored")
  void stateFile() throws Exception {
    Path spec = Files.writeString(dir.resolve("error-spec.yaml"), SPEC);
    Path out = dir.resolve("generated");
    GenerateRequest request = GenerateRequest.of(spec, out).withStateFile(dir.resolve("target/errorspec/generate.state"));

    assertEquals(8, errorspec.generate(request).written().size());
    WriteResult skipped = errorspec.generate(request);
    assertTrue(skipped.upToDate());
    assertEquals(8, skipped.unchanged().size());

    Path errorCode = out.resolve("com/example/demo/ErrorCode.java");
    String generated = Files.readString(errorCode);
    Files.writeString(errorCode, generated + "// edited\n");
    WriteResult restored = errorspec.generate(request);
    assertEquals(1, restored.written().size());
    assertEquals(generated, Files.readString(errorCode));

    Files.writeString(spec, SPEC.replace("message: Bad}", "message: Worse}"));
    assertEquals(1, errorspec.generate(request).written().size());
    assertTrue(errorspec.generate(request).upToDate());
  }

  @Test
  @DisplayName("a failed run leaves no state that claims success")
  void failedRunClearsState() throws Exception {
    Path spec = Files.writeString(dir.resolve("error-spec.yaml"), SPEC);
    Path out = dir.resolve("generated");
    Path stateFile = dir.resolve("target/errorspec/generate.state");
    errorspec.generate(GenerateRequest.of(spec, out).withStateFile(stateFile));
    Files.writeString(spec, SPEC.replace("code: BAD", "code: bad"));
    assertThrows(InputException.class, () -> errorspec.generate(GenerateRequest.of(spec, out).withStateFile(stateFile)));
    assertFalse(Files.exists(stateFile));
  }

  @Test
  @DisplayName("files of a status no longer used disappear; files errorspec did not write stay")
  void staleFilesRemoved() throws Exception {
    Path spec = Files.writeString(dir.resolve("error-spec.yaml"), SPEC);
    Path out = dir.resolve("generated");
    errorspec.generate(GenerateRequest.of(spec, out));
    Path own = Files.writeString(out.resolve("com/example/demo/Handwritten.java"), "class Handwritten {}\n");

    Files.writeString(spec, SPEC.replace("  503: Service Unavailable\n", "")
        .replace("      - status: 503\n        errors:\n          - {code: DOWN, message: Down}\n", ""));
    WriteResult result = errorspec.generate(GenerateRequest.of(spec, out));

    assertEquals(1, result.deleted().size());
    assertEquals("ServiceUnavailableException.java", result.deleted().get(0).getFileName().toString());
    assertTrue(Files.exists(own));
  }

  @Test
  @DisplayName("a broken spec fails before anything is written: the last good output stays")
  void brokenSpecWritesNothing() throws Exception {
    Path spec = Files.writeString(dir.resolve("error-spec.yaml"), SPEC);
    Path out = dir.resolve("generated");
    errorspec.generate(GenerateRequest.of(spec, out));
    Map<Path, String> before = contents(out);

    Files.writeString(spec, SPEC.replace("{code: DOWN, message: Down}", "{code: down, message: Down}"));
    InputException e = assertThrows(InputException.class, () -> errorspec.generate(GenerateRequest.of(spec, out)));

    assertTrue(e.getMessage().startsWith(spec + ":15:20: code 'down' is not valid"), e.getMessage());
    assertEquals(before, contents(out));
  }

  @Test
  @DisplayName("the build's package wins over the spec's; without either, the message says what to set")
  void packageName() throws Exception {
    Path spec = Files.writeString(dir.resolve("error-spec.yaml"), SPEC);
    errorspec.generate(GenerateRequest.of(spec, dir.resolve("out")).withPackageName("org.acme.errors"));
    assertTrue(Files.exists(dir.resolve("out/org/acme/errors/ErrorCode.java")));

    InputException invalid = assertThrows(InputException.class,
        () -> errorspec.generate(GenerateRequest.of(spec, dir.resolve("out")).withPackageName("org.acme.int")));
    assertEquals(spec + ":1:1: the package name 'org.acme.int' given to the build is not a valid Java package name",
        invalid.getMessage());

    Files.writeString(spec, SPEC.replace("package: com.example.demo\n", ""));
    InputException missing = assertThrows(InputException.class,
        () -> errorspec.generate(GenerateRequest.of(spec, dir.resolve("out"))));
    assertEquals(spec + ":1:1: no Java package for the generated code: add 'package: com.example.errors' to the "
        + "spec, or give the build one (plugin parameter packageName, command-line option --package)",
        missing.getMessage());
  }

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

  @Test
  @DisplayName("compat counts findings and fails on the configured severity")
  void compat() throws Exception {
    Path spec = Files.writeString(dir.resolve("error-spec.yaml"), SPEC.replace("message: Bad}", "message: Worse}"));
    Path baseline = Files.writeString(dir.resolve("baseline.yaml"), SPEC);
    CompatRequest request = CompatRequest.of(spec, new Baseline("1.0.0", () -> baseline));

    CompatResult result = errorspec.compat(request);
    assertTrue(result.passed());
    assertEquals("compatible with baseline 1.0.0 (1 warning)", result.summary());

    CompatResult strict = errorspec.compat(request.withFailOn(Optional.of(Severity.WARNING)));
    assertFalse(strict.passed());
    assertEquals("1 incompatible change against baseline 1.0.0", strict.summary());
    assertEquals("compatible with baseline 1.0.0 (no changes)",
        errorspec.compat(CompatRequest.of(baseline, Baseline.file(baseline))).summary().replace(baseline.toString(),
            "1.0.0"));
  }

  @Test
  @DisplayName("init writes the schema and a starter catalog that loads; it never changes an existing spec")
  void init() throws Exception {
    Path spec = dir.resolve("api/error-spec.yaml");
    Path schema = dir.resolve("api/error-spec.schema.json");
    InitResult first = errorspec.init(new InitRequest(spec));
    assertEquals(List.of(new OutputChange(schema, Change.CREATED), new OutputChange(spec, Change.CREATED)),
        first.changes());
    assertEquals(List.of(), first.notes());
    assertTrue(Files.readString(spec).startsWith("# yaml-language-server: $schema=./error-spec.schema.json\n"));
    assertTrue(Files.readString(schema).contains("\"title\": \"errorspec catalog, format v1\""));
    assertEquals(6, errorspec.load(spec).errors().count());
    errorspec.generate(GenerateRequest.of(spec, dir.resolve("java")));
    assertTrue(Files.isRegularFile(dir.resolve("java/com/example/api/errors/TooManyRequestsException.java")));

    Files.writeString(spec, SPEC);
    InitResult again = errorspec.init(new InitRequest(spec));
    assertEquals(List.of(new OutputChange(schema, Change.UP_TO_DATE)), again.changes());
    assertEquals(List.of("to let editors check " + spec + ", make its first line: "
        + "# yaml-language-server: $schema=./error-spec.schema.json"), again.notes());
    assertEquals(SPEC, Files.readString(spec));
  }

  @Test
  @DisplayName("warnings of the spec reach the front end, once per load; a baseline's do not")
  void warnings() throws Exception {
    String cut = SPEC.replace("- {code: DOWN, message: Down}", "- code: DOWN\n            message: Down #2");
    Path spec = Files.writeString(dir.resolve("error-spec.yaml"), cut);
    Path baseline = Files.writeString(dir.resolve("baseline.yaml"), cut);
    List<String> seen = new ArrayList<>();
    Errorspec reporting = new Errorspec(warning -> seen.add(warning.location().toString()));

    reporting.generate(GenerateRequest.of(spec, dir.resolve("java")));
    assertEquals(List.of(spec + ":16:27"), seen);
    reporting.compat(CompatRequest.of(spec, Baseline.file(baseline)));
    assertEquals(List.of(spec + ":16:27", spec + ":16:27"), seen);
  }

  private static List<String> messages(CheckResult result) {
    return result.stale().stream().map(Object::toString).collect(Collectors.toList());
  }

  private static Map<Path, FileTime> timestamps(Path directory) throws IOException {
    try (Stream<Path> files = Files.walk(directory)) {
      Map<Path, FileTime> times = new TreeMap<>();
      for (Path file : files.filter(Files::isRegularFile).collect(Collectors.toList())) {
        times.put(file, Files.getLastModifiedTime(file));
      }
      return times;
    }
  }

  private static Map<Path, String> contents(Path directory) throws IOException {
    try (Stream<Path> files = Files.walk(directory)) {
      Map<Path, String> contents = new TreeMap<>();
      for (Path file : files.filter(Files::isRegularFile).collect(Collectors.toList())) {
        contents.put(file, Files.readString(file));
      }
      return contents;
    }
  }
}
