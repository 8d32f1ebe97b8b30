package io.github.errorspec.core.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.errorspec.core.spec.Diagnostic;
import io.github.errorspec.core.spec.InputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file under {@code src/test/resources/broken/} is a broken spec, loaded as
 * {@code error-spec.yaml}; the {@code .expected} file beside it holds its exact messages.
 */
@DisplayName("The broken-spec corpus")
class BrokenSpecCorpusTest {

  private static final Path CORPUS = Path.of("src", "test", "resources", "broken");
  private static final Pattern LOCATED = Pattern.compile("error-spec\\.yaml(:\\d+:\\d+)?: \\S.*");

  static Stream<Path> specs() throws IOException {
    try (Stream<Path> files = Files.list(CORPUS)) {
      return files.filter(file -> file.toString().endsWith(".yaml")).sorted().collect(Collectors.toList()).stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("specs")
  void reportsExactly(Path spec) throws IOException {
    byte[] content = Files.readAllBytes(spec);
    String expected = Files.readString(Path.of(spec.toString().replace(".yaml", ".expected")), StandardCharsets.UTF_8);

    InputException e = assertThrows(InputException.class, () -> new SpecLoader().parse("error-spec.yaml", content));

    assertEquals(expected.strip(), e.getMessage());
    for (Diagnostic diagnostic : e.diagnostics()) {
      String line = diagnostic.toString();
      assertTrue(LOCATED.matcher(line).matches(), "not file:line:column: message: " + line);
      assertFalse(line.contains("Exception") || line.contains("\n"), "not one clean line: " + line);
    }
  }

  @Test
  @DisplayName("holds at least 40 cases, each with its expected messages")
  void isComplete() throws IOException {
    List<Path> specs = specs().collect(Collectors.toList());
    assertTrue(specs.size() >= 40, specs.size() + " cases");
    for (Path spec : specs) {
      assertTrue(Files.exists(Path.of(spec.toString().replace(".yaml", ".expected"))), "no .expected for " + spec);
    }
  }
}
