package io.github.errorspec.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.errorspec.core.OutputChange.Change;
import io.github.errorspec.core.output.Outputs;
import io.github.errorspec.core.output.PackageCoordinates;
import io.github.errorspec.core.spec.Diagnostic;
import io.github.errorspec.core.spec.InputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("sync and check write and verify the client packages file by file")
class ClientPackagesTest {

  private static final Path SEED = Path.of("..", "error-spec.yaml");
  private static final CheckRequest.Commands COMMANDS = new CheckRequest.Commands("errorspec:docs", "errorspec:sync");

  @TempDir
  Path directory;

  private final Errorspec errorspec = new Errorspec();

  private CommittedOutputs packages(Optional<String> version) {
    return CommittedOutputs.none()
        .with(Outputs.TYPESCRIPT_PACKAGE, directory.resolve("npm"))
        .with(Outputs.PYTHON_PACKAGE, directory.resolve("pypi"))
        .withClientPackage(new PackageCoordinates(Optional.empty(), version));
  }

  @Test
  @DisplayName("sync writes every file of both packages, then leaves them alone; check passes")
  void syncThenCheck() throws Exception {
    List<OutputChange> first = errorspec.sync(SyncRequest.of(SEED, packages(Optional.of("2.0.0"))));
    assertEquals(List.of("npm/package.json", "npm/index.js", "npm/index.cjs", "npm/index.d.ts", "npm/index.d.cts",
            "pypi/pyproject.toml", "pypi/example_ai_api_errors/__init__.py", "pypi/example_ai_api_errors/py.typed"),
        first.stream().map(change -> directory.relativize(change.file()).toString().replace('\\', '/')).toList());
    assertTrue(first.stream().allMatch(change -> change.change() == Change.CREATED), first.toString());
    assertTrue(errorspec.sync(SyncRequest.of(SEED, packages(Optional.of("2.0.0")))).stream()
        .allMatch(change -> change.change() == Change.UP_TO_DATE));
    assertTrue(Files.readString(directory.resolve("pypi/pyproject.toml")).contains("version = \"2.0.0\""));
    assertTrue(errorspec.check(CheckRequest.of(SEED, packages(Optional.of("2.0.0")), COMMANDS)).passed());
  }

  @Test
  @DisplayName("check names a stale file's first differing line, a missing file, and a new version's package.json")
  void staleFiles() throws Exception {
    errorspec.sync(SyncRequest.of(SEED, packages(Optional.of("2.0.0"))));
    Path js = directory.resolve("npm/index.js");
    Files.writeString(js, Files.readString(js, StandardCharsets.UTF_8).replaceFirst("MISSING_API_KEY", "MISSING_KEY"));
    Files.delete(directory.resolve("pypi/example_ai_api_errors/py.typed"));
    List<String> stale = errorspec.check(CheckRequest.of(SEED, packages(Optional.of("2.1.0")), COMMANDS)).stale()
        .stream().map(Diagnostic::toString).map(line -> line.replace(directory + "/", "")).toList();
    assertEquals(4, stale.size(), stale.toString());
    assertEquals("npm/package.json:3: expected `  \"version\": \"2.1.0\",`, found `  \"version\": \"2.0.0\",`; "
        + "run errorspec:sync", stale.get(0));
    assertTrue(stale.get(1).startsWith("npm/index.js:"), stale.get(1));
    assertTrue(stale.get(1).contains("MISSING_KEY"), stale.get(1));
    assertEquals("pypi/pyproject.toml:8: expected `version = \"2.1.0\"`, found `version = \"2.0.0\"`; run errorspec:sync",
        stale.get(2));
    assertEquals("pypi/example_ai_api_errors/py.typed: does not exist; run errorspec:sync", stale.get(3));
  }

  @Test
  @DisplayName("a package without a version is the user's mistake, reported before anything is written")
  void noVersion() {
    InputException problem = assertThrows(InputException.class,
        () -> errorspec.sync(SyncRequest.of(SEED, packages(Optional.empty()))));
    assertTrue(problem.getMessage().endsWith("no version for the client packages: give one (plugin parameter "
        + "clientPackageVersion, command-line option --package-version)"), problem.getMessage());
    assertTrue(Files.notExists(directory.resolve("npm")));
  }
}
