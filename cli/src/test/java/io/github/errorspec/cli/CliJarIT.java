package io.github.errorspec.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("java -jar errorspec-cli.jar, as a user runs it")
class CliJarIT {

  private static final Path JAR = Path.of(System.getProperty("errorspec.cli.jar", "target/errorspec-cli.jar"));

  @TempDir
  Path dir;

  record Run(int exitCode, String out, String err) {}

  private Run run(String... args) throws IOException, InterruptedException {
    return runWithHeap(null, args);
  }

  /** Runs the jar with {@code -Xmx} set to {@code maxHeap}, or the JVM's default heap when null. */
  private Run runWithHeap(String maxHeap, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    if (maxHeap != null) {
      command.add("-Xmx" + maxHeap);
    }
    command.addAll(List.of("-jar", JAR.toAbsolutePath().toString()));
    command.addAll(List.of(args));
    Path out = dir.resolve("stdout.txt");
    Path err = dir.resolve("stderr.txt");
    Process process = new ProcessBuilder(command).directory(dir.toFile())
        .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the jar did not finish");
    return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  @Test
  @DisplayName("every command, with relative paths from the working directory, and each exit code")
  void commandsAndExitCodes() throws Exception {
    Files.writeString(dir.resolve("error-spec.yaml"), CommandLineTest.SPEC);

    assertEquals(new Run(0, "errorspec " + System.getProperty("errorspec.version") + "\n", ""), run("--version"));
    assertEquals(new Run(0, "errorspec: 10 Java files in java (10 written, 0 unchanged, 0 deleted)\n", ""),
        run("generate", "--java-out", "java"));
    assertEquals(new Run(0, "errorspec: errors.md: created\n", ""), run("docs", "--docs", "errors.md"));
    assertEquals(new Run(0, "errorspec: errors.md: up to date\n", ""), run("sync", "--docs", "errors.md"));
    assertEquals(new Run(0, "errorspec: error-spec.yaml is valid; up to date: errors.md\n", ""),
        run("check", "--docs", "errors.md"));
    assertEquals(new Run(0, "errorspec: compatible with baseline error-spec.yaml (no changes)\n", ""),
        run("compat", "--baseline", "error-spec.yaml"));

    Files.writeString(dir.resolve("error-spec.yaml"), CommandLineTest.SPEC.replace("message: Bad}", "message: Worse}"));
    Run stale = run("check", "--docs", "errors.md");
    assertEquals(new Run(1, "", "errors.md:44: expected `| `BAD` | Worse | |`, found `| `BAD` | Bad | |`; "
        + "run errorspec docs\n"), stale);
  }

  @Test
  @DisplayName("a broken spec and an unknown option exit 2 with a message and no stack trace")
  void failures() throws Exception {
    Files.writeString(dir.resolve("error-spec.yaml"), "errorspec: 1\ncategories: [\n");
    Run broken = run("check");
    assertEquals(2, broken.exitCode());
    assertTrue(broken.err().startsWith("error-spec.yaml:3:1: invalid YAML"), broken.err());
    assertFalse(broken.err().contains("\tat "), broken.err());

    Run unknown = run("generate", "--java-out", "java", "--spring-boot");
    assertEquals(2, unknown.exitCode());
    assertTrue(unknown.err().startsWith("Unknown option: '--spring-boot'"), unknown.err());
  }

  @Test
  @DisplayName("a heap too small for the spec exits 2 saying how to give java more, with no stack trace")
  void outOfMemory() throws Exception {
    StringBuilder spec = new StringBuilder("errorspec: 1\nstatuses:\n  400: Bad Request\ncategories:\n"
        + "  - title: All\n    groups:\n      - status: 400\n        errors:\n");
    for (int i = 0; i < 20_000; i++) {
      spec.append("          - code: ERROR_").append(i).append("\n            message: Error ").append(i)
          .append(" went wrong\n            description: The description of error ").append(i).append('\n');
    }
    Files.writeString(dir.resolve("error-spec.yaml"), spec);
    Run run = runWithHeap("16m", "check");
    assertEquals(2, run.exitCode(), run.err());
    assertTrue(run.err().startsWith("errorspec: out of memory: a Java heap of at most "), run.err());
    assertTrue(run.err().contains("give java a larger one, such as java -Xmx512m -jar errorspec-cli.jar"), run.err());
    assertFalse(run.err().contains("\tat "), run.err());
  }
}
