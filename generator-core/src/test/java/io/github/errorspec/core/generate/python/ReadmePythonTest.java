package io.github.errorspec.core.generate.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.errorspec.core.generate.ClientPackage;
import io.github.errorspec.core.generate.GeneratedFile;
import io.github.errorspec.core.generate.GoldenCatalog;
import io.github.errorspec.core.testing.ExternalTools;
import io.github.errorspec.core.testing.ReadmeApi;
import io.github.errorspec.core.testing.ReadmeBlocks;
import io.github.errorspec.core.testing.ReadmeBlocks.Block;
import io.github.errorspec.core.testing.ReadmeShell;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The README's "Getting started" for Python, as written: the API team's Python package of the
 * repository's catalog, built into a wheel by its command; the user's virtual environment, the
 * wheel installed offline, {@code main.py} checked by {@code pyright --strict} and run against
 * {@link ReadmeApi}; what it prints is what the README shows.
 */
@DisplayName("the README's Python walk-through, as written")
class ReadmePythonTest {

  private static final Path DIRECTORY = Path.of("target", "python-readme").toAbsolutePath();
  /** Debian's own interpreter: setuptools and wheel, so pip builds the wheel offline (see BUILD-FACTS). */
  private static final String SYSTEM_PYTHON = Files.isExecutable(Path.of("/usr/bin/python3")) ? "/usr/bin/python3" : "python3";
  /** The version of the README's pom ("Use it in your build"), as PEP 440 gives it. */
  private static final String WHEEL = "example_ai_api_errors-1.0.0.dev0-py3-none-any.whl";
  /** The section's blocks in order. */
  private static final int TEAM_COMMANDS = 1;
  private static final int USER_COMMANDS = 2;
  private static final int PROGRAM = 3;
  private static final int RUN = 4;
  private static final int OUTPUT = 5;

  @Test
  @DisplayName("the wheel builds and installs offline; main.py passes pyright --strict and prints what the README shows")
  void asWritten() throws Exception {
    List<Block> blocks = ReadmeBlocks.of(ExternalTools.REPOSITORY.resolve("README.md"), "## Getting started", "### Python client");
    clean();
    Path api = DIRECTORY.resolve("api");
    for (GeneratedFile file : new PythonPackageGenerator().generate(GoldenCatalog.SEED.spec(),
        ClientPackage.of(GoldenCatalog.SEED.spec(), Optional.empty(), Optional.of("1.0.0-SNAPSHOT")))) {
      write(api.resolve("clients/pypi").resolve(file.path()), file.content());
    }
    Path app = Files.createDirectories(DIRECTORY.resolve("app"));
    ReadmeShell team = new ReadmeShell(api, words -> standIn(words, app));
    blocks.get(TEAM_COMMANDS).text().lines().forEach(team::run);
    // What the API team handed over: the wheel its pip wheel wrote.
    Files.copy(api.resolve("dist").resolve(WHEEL), app.resolve(WHEEL));

    ReadmeShell user = new ReadmeShell(app, words -> standIn(words, app));
    blocks.get(USER_COMMANDS).text().lines().forEach(user::run);
    try (ReadmeApi server = ReadmeApi.start()) {
      write(app.resolve("main.py"), blocks.get(PROGRAM).text().replace("http://localhost:8080", server.url()));
      write(app.resolve("pyrightconfig.json"),
          "{ \"typeCheckingMode\": \"strict\", \"venvPath\": \".\", \"venv\": \".venv\", \"include\": [\"main.py\"] }\n");
      String pyright = ExternalTools.runOk(app, 300,
          List.of(ExternalTools.npmTool("pyright").toString(), "--project", "pyrightconfig.json"));
      assertTrue(pyright.contains("0 errors, 0 warnings, 0 informations"), pyright);
      assertEquals(blocks.get(OUTPUT).text(), user.run(blocks.get(RUN).text()));
    }
  }

  /**
   * The machine's interpreter that builds wheels offline; pip offline; after {@code activate}
   * (which the test need not run), {@code pip} and {@code python} are the environment's; Maven's
   * sync is done above.
   */
  private static List<String> standIn(List<String> words, Path app) {
    String command = String.join(" ", words);
    Path bin = app.resolve(".venv/bin");
    List<String> actual = new ArrayList<>(words);
    switch (words.get(0)) {
      case "mvn", "." -> actual.clear();
      case "python3" -> actual.set(0, SYSTEM_PYTHON);
      case "python", "pip" -> actual.set(0, bin.resolve(words.get(0)).toString());
      default -> { }
    }
    if (command.startsWith("pip install ") || command.startsWith("python3 -m pip wheel ")) {
      actual.addAll(List.of("--no-index", "--no-build-isolation", "--quiet"));
    }
    return actual;
  }

  private static void write(Path path, String text) throws IOException {
    Files.createDirectories(path.getParent());
    Files.writeString(path, text, StandardCharsets.UTF_8);
  }

  private static void clean() throws IOException {
    if (Files.exists(DIRECTORY)) {
      try (Stream<Path> paths = Files.walk(DIRECTORY)) {
        for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(path);
        }
      }
    }
    Files.createDirectories(DIRECTORY);
  }
}
