package io.github.errorspec.core.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the real tools the generated TypeScript, Python and OpenAPI are checked with: the machine's
 * {@code node} and {@code python3}, and the tools {@code package-lock.json} pins, which
 * {@code mvn verify} installs into the repository's {@code node_modules/} with {@code npm ci}.
 */
public final class ExternalTools {

  /** The repository root: the directory holding {@code package.json}. */
  public static final Path REPOSITORY = repository();

  private ExternalTools() {}

  /** What a finished process printed, stdout and stderr interleaved, and its exit code. */
  public record Result(int exitCode, String output) {}

  /** A tool installed by npm: {@code node_modules/.bin/NAME}. */
  public static Path npmTool(String name) {
    Path tool = REPOSITORY.resolve("node_modules").resolve(".bin").resolve(name);
    if (!Files.isExecutable(tool)) {
      fail(tool + " is missing: run `npm ci` in " + REPOSITORY + " (mvn verify at the root does)");
    }
    return tool;
  }

  /** A file inside an npm package: {@code node_modules/PACKAGE/PATH}, such as a second TypeScript's {@code bin/tsc}. */
  public static Path npmFile(String packageName, String path) {
    Path file = REPOSITORY.resolve("node_modules").resolve(packageName).resolve(path);
    if (!Files.exists(file)) {
      fail(file + " is missing: run `npm ci` in " + REPOSITORY + " (mvn verify at the root does)");
    }
    return file;
  }

  /** Runs {@code command} in {@code directory}, waiting at most {@code timeoutSeconds}. */
  public static Result run(Path directory, long timeoutSeconds, String... command) {
    return run(directory, timeoutSeconds, List.of(command));
  }

  /** Runs {@code command} in {@code directory}, waiting at most {@code timeoutSeconds}. */
  public static Result run(Path directory, long timeoutSeconds, List<String> command) {
    ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(command)).directory(directory.toFile())
        .redirectErrorStream(true);
    builder.environment().put("NO_COLOR", "1");
    try {
      Path log = Files.createTempFile("errorspec-tool", ".log");
      try {
        Process process = builder.redirectOutput(log.toFile()).start();
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
          process.destroyForcibly();
          fail(String.join(" ", command) + " did not finish within " + timeoutSeconds + " s:\n"
              + Files.readString(log, StandardCharsets.UTF_8));
        }
        return new Result(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
      } finally {
        Files.deleteIfExists(log);
      }
    } catch (IOException e) {
      throw new AssertionError("cannot run " + String.join(" ", command) + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** As {@link #run(Path, long, List)}, failing the test with the tool's output unless it exits 0. */
  public static String runOk(Path directory, long timeoutSeconds, List<String> command) {
    Result result = run(directory, timeoutSeconds, command);
    if (result.exitCode() != 0) {
      fail(String.join(" ", command) + " exited with " + result.exitCode() + ":\n" + result.output());
    }
    return result.output();
  }

  private static Path repository() {
    Path directory = Path.of("").toAbsolutePath();
    while (directory != null && !Files.exists(directory.resolve("package.json"))) {
      directory = directory.getParent();
    }
    if (directory == null) {
      throw new IllegalStateException("no package.json above " + Path.of("").toAbsolutePath());
    }
    return directory;
  }
}
