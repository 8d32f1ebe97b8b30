package com.example.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.errorspec.core.testing.ExternalTools;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line ({@code cli/target/errorspec-cli.jar}, run as users run it) given this module's
 * spec and parameters writes the same bytes as the plugin does in this build: the Java sources of
 * {@code generate}, and the committed outputs that {@code check} verifies.
 */
@DisplayName("The command line writes the same bytes as the plugin")
class CliMatchesPluginTest {

  private static final Path JAR = property("errorspec.cli.jar");
  private static final Path SPEC = property("errorspec.spec");

  @TempDir
  Path temp;

  @Test
  @DisplayName("generate: the Java sources of the plugin's generate goal, file for file")
  void generate() throws IOException {
    Path plugin = property("errorspec.outputDirectory");
    Path cli = temp.resolve("java");

    errorspec("generate", "--spec", SPEC.toString(), "--java-out", cli.toString());

    List<Path> files = files(plugin);
    assertEquals(files, files(cli), "the files under " + plugin + " and " + cli);
    for (Path file : files) {
      assertSameBytes(plugin.resolve(file), cli.resolve(file));
    }
  }

  @Test
  @DisplayName("sync: the docs page, the TypeScript, Python and OpenAPI modules, the HTML page and the JSON catalog "
      + "committed and checked by the plugin")
  void sync() throws IOException {
    Path docs = property("errorspec.docsFile");
    Path typescript = property("errorspec.typescriptFile");
    Path python = property("errorspec.pythonFile");
    Path openapi = property("errorspec.openapiFile");
    Path html = property("errorspec.htmlFile");
    Path json = property("errorspec.jsonFile");
    // sync regenerates an existing page's tables in place, keeping its prose: start from the committed page.
    Path page = Files.copy(docs, temp.resolve(docs.getFileName()));

    errorspec("sync", "--spec", SPEC.toString(), "--docs", page.toString(),
        "--typescript", temp.resolve("errors.ts").toString(),
        "--python", temp.resolve("errors.py").toString(),
        "--openapi", temp.resolve("errors.openapi.yaml").toString(),
        "--html", temp.resolve("errors.html").toString(),
        "--json", temp.resolve("errors.json").toString());

    assertSameBytes(docs, page);
    assertSameBytes(typescript, temp.resolve("errors.ts"));
    assertSameBytes(python, temp.resolve("errors.py"));
    assertSameBytes(openapi, temp.resolve("errors.openapi.yaml"));
    assertSameBytes(html, temp.resolve("errors.html"));
    assertSameBytes(json, temp.resolve("errors.json"));
  }

  private void errorspec(String... arguments) {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
    command.addAll(List.of(arguments));
    ExternalTools.runOk(temp, 120, command);
  }

  private static void assertSameBytes(Path expected, Path actual) throws IOException {
    byte[] expectedBytes = Files.readAllBytes(expected);
    byte[] actualBytes = Files.readAllBytes(actual);
    // The text first, for a readable difference; then the bytes, which are what must match.
    assertEquals(new String(expectedBytes, StandardCharsets.UTF_8), new String(actualBytes, StandardCharsets.UTF_8),
        () -> actual + " differs from " + expected);
    assertArrayEquals(expectedBytes, actualBytes, () -> actual + " differs from " + expected);
  }

  /** The regular files under {@code directory}, as sorted relative paths. */
  private static List<Path> files(Path directory) throws IOException {
    try (Stream<Path> paths = Files.walk(directory)) {
      return paths.filter(Files::isRegularFile).map(directory::relativize).sorted().collect(Collectors.toList());
    }
  }

  /** A path Surefire passes from the pom. */
  private static Path property(String name) {
    String value = System.getProperty(name);
    if (value == null) {
      throw new IllegalStateException("system property " + name + " is not set: run the test with Maven");
    }
    return Path.of(value).toAbsolutePath().normalize();
  }
}
