package io.github.errorspec.core.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.errorspec.core.CheckRequest;
import io.github.errorspec.core.CheckResult;
import io.github.errorspec.core.CommittedOutputs;
import io.github.errorspec.core.Errorspec;
import io.github.errorspec.core.GenerateRequest;
import io.github.errorspec.core.OutputChange;
import io.github.errorspec.core.OutputChange.Change;
import io.github.errorspec.core.SyncRequest;
import io.github.errorspec.core.generate.GeneratedFile;
import io.github.errorspec.core.spec.Diagnostic;
import io.github.errorspec.core.spec.ErrorDef;
import io.github.errorspec.core.spec.InputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("An output registered outside errorspec's main sources works through the facade")
class AddAnOutputTest {

  private static final String SPEC = """
      errorspec: 1
      package: com.example.demo
      statuses:
        400: Bad Request
      categories:
        - title: Errors
          groups:
            - status: 400
              errors:
                - {code: BAD, message: Bad}
                - {code: WORSE, message: Worse}
      """;

  /** A plain-text list of the codes, one a line: the smallest committed output. */
  private static final CommittedOutput CODES = new WholeFile("codes", "code list",
      Parameter.file("codesFile", "--codes", "The codes, one a line."),
      spec -> spec.errors().map(error -> error.code() + "\n").collect(Collectors.joining()));

  /** The same list as a source file, switched on by {@code codes}, refusing a code named NONE. */
  private static final SourceOutput CODES_SOURCE = new Sources("codes",
      Optional.of(Parameter.flag("codes", "--codes", "Also list the codes.")),
      spec -> spec.errors().filter(error -> error.code().equals("NONE"))
          .map(error -> new Diagnostic(error.location(), "NONE is no code")).toList(),
      (spec, packageName) -> List.of(new GeneratedFile(packageName.replace('.', '/') + "/codes.txt",
          spec.errors().map(ErrorDef::code).collect(Collectors.joining("\n", "", "\n")))));

  private static final CheckRequest.Commands COMMANDS = new CheckRequest.Commands("docs-command", "sync-command");

  @TempDir
  Path dir;

  @Test
  @DisplayName("sync writes a toy committed output; check finds it missing, up to date, then stale at its line")
  void committedOutput() throws Exception {
    Path spec = Files.writeString(dir.resolve("error-spec.yaml"), SPEC);
    Path codes = dir.resolve("codes.txt");
    CommittedOutputs outputs = CommittedOutputs.none().with(CODES, codes);
    Errorspec errorspec = new Errorspec();

    assertEquals(List.of(codes + ": does not exist; run sync-command"), stale(errorspec.check(
        CheckRequest.of(spec, outputs, COMMANDS))));
    assertEquals(List.of(new OutputChange(codes, Change.CREATED)), errorspec.sync(SyncRequest.of(spec, outputs)));
    assertEquals("BAD\nWORSE\n", Files.readString(codes));
    CheckResult upToDate = errorspec.check(CheckRequest.of(spec, outputs, COMMANDS));
    assertEquals(List.of(codes), upToDate.upToDate());
    assertTrue(upToDate.passed());

    Files.writeString(spec, SPEC + "          - {code: WORST, message: Worst}\n");
    assertEquals(List.of(codes + ":3: expected `WORST`, found the end of the file; run sync-command"),
        stale(errorspec.check(CheckRequest.of(spec, outputs, COMMANDS))));
    assertEquals(List.of(new OutputChange(codes, Change.UPDATED)), errorspec.sync(SyncRequest.of(spec, outputs)));
    assertTrue(errorspec.check(CheckRequest.of(spec, outputs, COMMANDS)).passed());
  }

  @Test
  @DisplayName("a facade made with a toy source output generates it when switched on, and checks its rules")
  void sourceOutput() throws Exception {
    Path spec = Files.writeString(dir.resolve("error-spec.yaml"), SPEC);
    Path out = dir.resolve("java");
    Errorspec errorspec = new Errorspec(warning -> { },
        Stream.concat(Outputs.BUILT_IN.stream(), Stream.of(CODES_SOURCE)).toList());

    errorspec.generate(GenerateRequest.of(spec, out));
    assertTrue(Files.notExists(out.resolve("com/example/demo/codes.txt")));
    errorspec.generate(GenerateRequest.of(spec, out).with(CODES_SOURCE));
    assertEquals("BAD\nWORSE\n", Files.readString(out.resolve("com/example/demo/codes.txt")));
    assertTrue(Files.isRegularFile(out.resolve("com/example/demo/ErrorCode.java")));

    Files.writeString(spec, SPEC.replace("code: WORSE", "code: NONE"));
    InputException e = assertThrows(InputException.class,
        () -> errorspec.generate(GenerateRequest.of(spec, out).with(CODES_SOURCE)));
    assertEquals(spec + ":11:20: NONE is no code", e.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> new Errorspec().generate(GenerateRequest.of(spec, out).with(CODES_SOURCE)));
  }

  private static List<String> stale(CheckResult result) {
    return result.stale().stream().map(Diagnostic::toString).toList();
  }
}
