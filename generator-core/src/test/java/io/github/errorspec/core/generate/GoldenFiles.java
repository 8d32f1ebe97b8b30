package io.github.errorspec.core.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Compares generated files with the expected ones under
 * {@code src/test/resources/golden/<case>/expected/}: the same set of paths, the same bytes.
 *
 * <p>Run the tests with {@code -Derrorspec.updateGolden=true} to rewrite {@code expected/}
 * wholesale from what the generators produce now (files no longer generated are deleted); review
 * the diff before committing it. CI never sets it.
 */
public final class GoldenFiles {

  /** The one switch that rewrites expected output, passed through by Surefire. */
  public static final String UPDATE_PROPERTY = "errorspec.updateGolden";

  private static final Path ROOT = Path.of("src", "test", "resources", "golden");

  private GoldenFiles() {}

  /** The directory of a golden case, with its inputs and {@code expected/}. */
  public static Path caseDirectory(String caseName) {
    return ROOT.resolve(caseName);
  }

  public static void assertMatches(String caseName, String subdirectory, List<GeneratedFile> files) {
    Path expected = caseDirectory(caseName).resolve("expected").resolve(subdirectory);
    if (Boolean.getBoolean(UPDATE_PROPERTY)) {
      rewrite(expected, files);
      return;
    }
    TreeMap<String, String> actualByPath = new TreeMap<>();
    files.forEach(file -> actualByPath.put(file.path(), file.content()));
    TreeMap<String, String> expectedByPath = read(expected);
    assertEquals(new ArrayList<>(expectedByPath.keySet()), new ArrayList<>(actualByPath.keySet()),
        "generated files differ from " + expected + " (rerun with -D" + UPDATE_PROPERTY + "=true to update)");
    expectedByPath.forEach((path, content) -> {
      String actual = actualByPath.get(path);
      if (!content.equals(actual)) {
        fail(expected.resolve(path) + ": " + firstDifference(content, actual)
            + " (rerun with -D" + UPDATE_PROPERTY + "=true to update)");
      }
    });
  }

  /** "line N: expected `...`, found `...`" for the first line that differs. */
  public static String firstDifference(String expected, String actual) {
    List<String> expectedLines = expected.lines().collect(Collectors.toList());
    List<String> actualLines = actual.lines().collect(Collectors.toList());
    for (int i = 0; i < Math.max(expectedLines.size(), actualLines.size()); i++) {
      String want = i < expectedLines.size() ? expectedLines.get(i) : "<end of file>";
      String got = i < actualLines.size() ? actualLines.get(i) : "<end of file>";
      if (!want.equals(got)) {
        return "line " + (i + 1) + ": expected `" + want + "`, found `" + got + "`";
      }
    }
    return "line endings or the final newline differ";
  }

  private static TreeMap<String, String> read(Path directory) {
    TreeMap<String, String> files = new TreeMap<>();
    if (!Files.isDirectory(directory)) {
      return files;
    }
    try (Stream<Path> paths = Files.walk(directory)) {
      for (Path path : paths.filter(Files::isRegularFile).collect(Collectors.toList())) {
        String relative = directory.relativize(path).toString().replace('\\', '/');
        files.put(relative, Files.readString(path, StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }

  private static void rewrite(Path directory, List<GeneratedFile> files) {
    try {
      if (Files.exists(directory)) {
        try (Stream<Path> paths = Files.walk(directory)) {
          for (Path path : paths.sorted(Comparator.reverseOrder()).collect(Collectors.toList())) {
            Files.delete(path);
          }
        }
      }
      for (GeneratedFile file : files) {
        Path target = directory.resolve(file.path());
        Files.createDirectories(target.getParent());
        Files.writeString(target, file.content(), StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
