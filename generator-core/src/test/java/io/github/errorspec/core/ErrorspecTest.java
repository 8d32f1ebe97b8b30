package io.github.errorspec.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.errorspec.core.OutputChange.Change;
import io.github.errorspec.core.compat.Finding.Severity;
import io.github.errorspec.core.spec.InputException;
import io.github.errorspec.core.write.WriteResult;
import java.io.File;
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

  static final String SPEC = """
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

    assertEquals(10, first.written().size());
    assertTrue(second.upToDate());
    assertEquals(10, second.unchanged().size());
    assertEquals(times, timestamps(out));
  }

  @Test
  @DisplayName("with a state file, an unchanged build skips generating; a hand-edited output is restored")
  void stateFile() throws Exception {
    Path spec = Files.writeString(dir.resolve("error-spec.yaml"), SPEC);
    Path out = dir.resolve("generated");
    GenerateRequest request = GenerateRequest.of(spec, out).withStateFile(dir.resolve("target/errorspec/generate.state"));

    assertEquals(10, errorspec.generate(request).written().size());
    WriteResult skipped = errorspec.generate(request);
    assertTrue(skipped.upToDate());
    assertEquals(10, skipped.unchanged().size());

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
  @DisplayName("a rebuilt errorspec in a reactor (target/classes, same path) does not reuse the last run's state")
  void stateNamesTheGeneratorBuild() throws Exception {
    Path spec = Files.writeString(dir.resolve("error-spec.yaml"), SPEC);
    Path stateFile = dir.resolve("target/errorspec/generate.state");
    GenerateRequest request = GenerateRequest.of(spec, dir.resolve("generated")).withStateFile(stateFile);
    errorspec.generate(request);
    String key = Files.readAllLines(stateFile).get(0);
    Path classes = Path.of(Errorspec.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    assumeTrue(Files.isDirectory(classes), "run from the reactor's target/classes");
    File template = classes.resolve("io/github/errorspec/core/error-spec.schema.json").toFile();
    long modified = template.lastModified();
    try {
      assertTrue(template.setLastModified(System.currentTimeMillis() + 60_000));
      errorspec.generate(request);
      assertNotEquals(key, Files.readAllLines(stateFile).get(0), "the state outlived a rebuilt generator");
    } finally {
      template.setLastModified(modified);
    }
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
