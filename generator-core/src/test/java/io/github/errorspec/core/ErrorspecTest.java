package io.github.errorspec.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.errorspec.core.Errorspec.DocsOutcome;
import io.github.errorspec.core.spec.InputException;
import io.github.errorspec.core.write.WriteResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
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

  private final Errorspec errorspec = new Errorspec();

  @Test
  @DisplayName("an unchanged spec rewrites nothing: contents and timestamps stay")
  void secondRunRewritesNothing() throws Exception {
    Path spec = Files.writeString(dir.resolve("error-spec.yaml"), SPEC);
    Path out = dir.resolve("generated");

    WriteResult first = errorspec.generateJava(spec, Optional.empty(), out);
    Map<Path, FileTime> times = timestamps(out);
    Files.setLastModifiedTime(out.resolve("com/example/demo/ErrorCode.java"), FileTime.fromMillis(1000));
    times.put(out.resolve("com/example/demo/ErrorCode.java"), FileTime.fromMillis(1000));
    WriteResult second = errorspec.generateJava(spec, Optional.empty(), out);

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
    Optional<Path> state = Optional.of(dir.resolve("target/errorspec/generate.state"));

    assertEquals(8, errorspec.generateJava(spec, Optional.empty(), out, state).written().size());
    WriteResult skipped = errorspec.generateJava(spec, Optional.empty(), out, state);
    assertTrue(skipped.upToDate());
    assertEquals(8, skipped.unchanged().size());

    Path errorCode = out.resolve("com/example/demo/ErrorCode.java");
    String generated = Files.readString(errorCode);
    Files.writeString(errorCode, generated + "// edited\n");
    WriteResult restored = errorspec.generateJava(spec, Optional.empty(), out, state);
    assertEquals(1, restored.written().size());
    assertEquals(generated, Files.readString(errorCode));

    Files.writeString(spec, SPEC.replace("message: Bad}", "message: Worse}"));
    assertEquals(1, errorspec.generateJava(spec, Optional.empty(), out, state).written().size());
    assertTrue(errorspec.generateJava(spec, Optional.empty(), out, state).upToDate());
  }

  @Test
  @DisplayName("a failed run leaves no state that claims success")
  void failedRunClearsState() throws Exception {
    Path spec = Files.writeString(dir.resolve("error-spec.yaml"), SPEC);
    Path out = dir.resolve("generated");
    Path stateFile = dir.resolve("target/errorspec/generate.state");
    errorspec.generateJava(spec, Optional.empty(), out, Optional.of(stateFile));
    Files.writeString(spec, SPEC.replace("code: BAD", "code: bad"));
    assertThrows(InputException.class, () -> errorspec.generateJava(spec, Optional.empty(), out, Optional.of(stateFile)));
    assertFalse(Files.exists(stateFile));
  }

  @Test
  @DisplayName("files of a status no longer used disappear; files errorspec did not write stay")
  void staleFilesRemoved() throws Exception {
    Path spec = Files.writeString(dir.resolve("error-spec.yaml"), SPEC);
    Path out = dir.resolve("generated");
    errorspec.generateJava(spec, Optional.empty(), out);
    Path own = Files.writeString(out.resolve("com/example/demo/Handwritten.java"), "class Handwritten {}\n");

    Files.writeString(spec, SPEC.replace("  503: Service Unavailable\n", "")
        .replace("      - status: 503\n        errors:\n          - {code: DOWN, message: Down}\n", ""));
    WriteResult result = errorspec.generateJava(spec, Optional.empty(), out);

    assertEquals(1, result.deleted().size());
    assertEquals("ServiceUnavailableException.java", result.deleted().get(0).getFileName().toString());
    assertTrue(Files.exists(own));
  }

  @Test
  @DisplayName("a broken spec fails before anything is written: the last good output stays")
  void brokenSpecWritesNothing() throws Exception {
    Path spec = Files.writeString(dir.resolve("error-spec.yaml"), SPEC);
    Path out = dir.resolve("generated");
    errorspec.generateJava(spec, Optional.empty(), out);
    Map<Path, String> before = contents(out);

    Files.writeString(spec, SPEC.replace("{code: DOWN, message: Down}", "{code: down, message: Down}"));
    InputException e = assertThrows(InputException.class, () -> errorspec.generateJava(spec, Optional.empty(), out));

    assertTrue(e.getMessage().startsWith(spec + ":15:20: code 'down' is not valid"), e.getMessage());
    assertEquals(before, contents(out));
  }

  @Test
  @DisplayName("the build's package wins over the spec's; without either, the message says what to set")
  void packageName() throws Exception {
    Path spec = Files.writeString(dir.resolve("error-spec.yaml"), SPEC);
    errorspec.generateJava(spec, Optional.of("org.acme.errors"), dir.resolve("out"));
    assertTrue(Files.exists(dir.resolve("out/org/acme/errors/ErrorCode.java")));

    InputException invalid = assertThrows(InputException.class,
        () -> errorspec.generateJava(spec, Optional.of("org.acme.int"), dir.resolve("out")));
    assertEquals(spec + ":1:1: the package name 'org.acme.int' given to the build is not a valid Java package name",
        invalid.getMessage());

    Files.writeString(spec, SPEC.replace("package: com.example.demo\n", ""));
    InputException missing = assertThrows(InputException.class,
        () -> errorspec.generateJava(spec, Optional.empty(), dir.resolve("out")));
    assertEquals(spec + ":1:1: no Java package for the generated code: add 'package: com.example.errors' to the "
        + "spec, or set the plugin's packageName", missing.getMessage());
  }

  @Test
  @DisplayName("docs creates a page, updates a stale one, and leaves an up-to-date one alone")
  void docs() throws Exception {
    Path spec = Files.writeString(dir.resolve("error-spec.yaml"), SPEC);
    Path page = dir.resolve("docs/error-codes.md");

    assertEquals(DocsOutcome.CREATED, errorspec.docs(spec, page));
    assertTrue(Files.readString(page).startsWith("# Demo Error Codes\n"));
    assertEquals(DocsOutcome.UP_TO_DATE, errorspec.docs(spec, page));
    errorspec.check(spec, page, "; run errorspec:docs");

    Files.writeString(spec, SPEC.replace("message: Bad}", "message: Very bad}"));
    InputException stale = assertThrows(InputException.class,
        () -> errorspec.check(spec, page, "; run errorspec:docs"));
    assertEquals(page + ":44: expected `| `BAD` | Very bad | |`, found `| `BAD` | Bad | |`; run errorspec:docs",
        stale.getMessage());
    assertEquals(DocsOutcome.UPDATED, errorspec.docs(spec, page));
    errorspec.check(spec, page, "; run errorspec:docs");
  }

  @Test
  @DisplayName("check fails for a missing page; a broken page is left untouched")
  void checkMissingAndBrokenPages() throws Exception {
    Path spec = Files.writeString(dir.resolve("error-spec.yaml"), SPEC);
    Path page = dir.resolve("error-codes.md");
    InputException missing = assertThrows(InputException.class, () -> errorspec.check(spec, page, "; run docs"));
    assertEquals(page + ": no such page; run docs", missing.getMessage());

    String broken = "# Errors\n<!-- errorspec:begin errors -->\n";
    Files.writeString(page, broken);
    InputException e = assertThrows(InputException.class, () -> errorspec.docs(spec, page));
    assertEquals(page + ":2: region 'errors' has no end marker '<!-- errorspec:end errors -->'", e.getMessage());
    assertEquals(broken, Files.readString(page));
    assertFalse(Files.list(dir).anyMatch(file -> file.getFileName().toString().endsWith(".tmp")));
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
