package io.github.errorspec.core.generate.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.errorspec.core.generate.ClientPackage;
import io.github.errorspec.core.generate.GeneratedFile;
import io.github.errorspec.core.generate.GoldenCatalog;
import io.github.errorspec.core.spec.InputException;
import io.github.errorspec.core.testing.ExternalTools;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The Python package of the Python client, built and installed the way its users install it:
 * {@code pip install --no-index --no-build-isolation} into a fresh virtual environment of the
 * machine's system Python (the one with setuptools and wheel, see BUILD-FACTS), then imported by
 * its import name from outside the package's directory and checked by {@code pyright --strict}.
 */
@DisplayName("the Python client as a Python package")
class PythonPackageTest {

  private static final Path DIRECTORY = Path.of("target", "python-package").toAbsolutePath();
  /** Debian's own interpreter: setuptools and wheel, so pip builds the wheel offline. */
  private static final String SYSTEM_PYTHON = Files.isExecutable(Path.of("/usr/bin/python3")) ? "/usr/bin/python3" : "python3";

  @Test
  @DisplayName("pip installs it offline into a fresh venv; it imports from the top level and passes pyright --strict")
  void installs() throws IOException {
    clean();
    for (GeneratedFile file : files()) {
      Path path = DIRECTORY.resolve("pkg").resolve(file.path());
      Files.createDirectories(path.getParent());
      Files.writeString(path, file.content(), StandardCharsets.UTF_8);
    }
    ExternalTools.runOk(DIRECTORY, 300, List.of(SYSTEM_PYTHON, "-m", "venv", "--system-site-packages", "venv"));
    String python = DIRECTORY.resolve("venv/bin/python").toString();
    ExternalTools.runOk(DIRECTORY, 300,
        List.of(python, "-m", "pip", "install", "--no-index", "--no-build-isolation", "--quiet", "./pkg"));
    Path check = Files.createDirectories(DIRECTORY.resolve("check"));
    Files.copy(Path.of("src", "test", "python-package", "usage.py"), check.resolve("usage.py"));
    String output = ExternalTools.runOk(check, 60, List.of(python, "usage.py"));
    assertTrue(output.startsWith("RateLimitExceededError RATE_LIMIT_EXCEEDED True 3.0\n401 "), output);
    assertTrue(output.strip().endsWith("site-packages/example_ai_api_errors/__init__.py"), output);
    String version = ExternalTools.runOk(check, 60, List.of(python, "-c",
        "import importlib.metadata as m; print(m.version('example-ai-api-errors'))"));
    assertEquals("1.2.3.dev0", version.strip());
    Files.writeString(check.resolve("pyrightconfig.json"),
        "{ \"typeCheckingMode\": \"strict\", \"venvPath\": \"..\", \"venv\": \"venv\", \"include\": [\"usage.py\"] }\n");
    String pyright = ExternalTools.runOk(check, 300,
        List.of(ExternalTools.npmTool("pyright").toString(), "--project", "pyrightconfig.json"));
    assertTrue(pyright.contains("0 errors, 0 warnings, 0 informations"), pyright);
  }

  private static List<GeneratedFile> files() {
    try {
      return new PythonPackageGenerator().generate(GoldenCatalog.SEED.spec(),
          ClientPackage.of(GoldenCatalog.SEED.spec(), Optional.empty(), Optional.of("1.2.3-SNAPSHOT")));
    } catch (InputException e) {
      throw new AssertionError(e);
    }
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
