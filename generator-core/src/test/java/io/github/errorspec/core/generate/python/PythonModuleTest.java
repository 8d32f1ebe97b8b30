package io.github.errorspec.core.generate.python;

import io.github.errorspec.core.generate.CatalogText;
import io.github.errorspec.core.generate.GoldenCatalog;
import io.github.errorspec.core.generate.JavaEnvelopes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.errorspec.core.generate.StatusNames;
import io.github.errorspec.core.spec.ErrorDef;
import io.github.errorspec.core.spec.ErrorSpec;
import io.github.errorspec.core.testing.ExternalTools;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The generated modules checked and run by the real tools: pyright in strict mode for Python 3.8,
 * and the unittest suite of {@code src/test/python/}, in {@code target/python-tests/} with the module
 * of each golden catalog ({@code seed_errors.py}, {@code edge_errors.py}, {@code params_errors.py}),
 * the template they come from ({@code template_errors.py}), what the catalogs say ({@code seed.json}...) and
 * the repository's {@code conformance/} corpus, which {@code test_conformance.py} runs against the seed module.
 */
@DisplayName("the generated Python, checked and run")
class PythonModuleTest {

  private static final Path SUITE = Path.of("src", "test", "python");
  private static final Path DIRECTORY = Path.of("target", "python-tests").toAbsolutePath();
  /** The shared client contract, which {@code test_conformance.py} reads from {@code conformance/} beside it. */
  private static final Path CONFORMANCE = Path.of("..", "conformance");

  /** Text that could break out of a literal or a docstring, or change how a reader sees it. */
  static final List<String> HAZARDS = List.of(
      "", "\"\"\"", "\"\"\"\"", "\"starts and ends\"", "'''", "\"\" + __import__('os').getcwd() + \"\"",
      "back\\slash", "\\\\", "ends with \\", "\\N{EM DASH} \\x41 \\u0041 \\U00000041 \\n \\0",
      "nul \u0000 soh \u0001 us \u001f del \u007f nel \u0085 csi \u009b",
      "lf\ncrlf\r\ncr\rtab\tvt\u000bff\u000c", "  indented\n    more\n\nafter a blank line  ",
      "line \u2028 paragraph \u2029", "lone \uD800 and \uDFFF reversed \uDC00\uD800", "emoji \uD83D\uDE00",
      "rlo \u202Eevil\u202C zwsp \u200B bom \uFEFF nbsp \u00A0 ideographic \u3000 thin \u2009",
      "private \uE000 \uDB80\uDC00 unassigned \u0378 noncharacter \uFFFF",
      "caf\u00e9 e\u0301 \u65e5\u672c\u8a9e \u05e2\u05d1\u05e8\u05d9\u05ea # {0} %s $x `x`");

  /** The issue of the Java envelopes: every character the two JSON writers must escape alike. */
  private static final String ISSUE =
      "\"quoted\" back\\slash </script> & <b> \n\t\u0000\u001f\u007f \u2028\u2029 caf\u00e9 \uD83D\uDE00 \u202E";

  @BeforeAll
  static void prepare() throws Exception {
    if (Files.exists(DIRECTORY)) {
      try (Stream<Path> paths = Files.walk(DIRECTORY)) {
        for (Path path : paths.sorted(Comparator.reverseOrder()).collect(Collectors.toList())) {
          Files.delete(path);
        }
      }
    }
    Files.createDirectories(DIRECTORY);
    try (Stream<Path> files = Files.list(SUITE)) {
      for (Path file : files.collect(Collectors.toList())) {
        Files.copy(file, DIRECTORY.resolve(file.getFileName()));
      }
    }
    copyTree(CONFORMANCE, DIRECTORY.resolve("conformance"));
    try (InputStream template = PythonGenerator.class.getResourceAsStream("errors.py")) {
      Files.write(DIRECTORY.resolve("template_errors.py"), template.readAllBytes());
    }
    write("hazards.py", hazardsModule());
    write("hazards.json", HAZARDS.stream().map(hazard -> "{\"text\":" + json(hazard) + ",\"doc\":"
        + json(shownDocstring(hazard)) + "}").collect(Collectors.joining(",\n", "[\n", "\n]\n")));
    for (GoldenCatalog catalog : GoldenCatalog.values()) {
      write(catalog.caseName() + "_errors.py", module(catalog));
      write(catalog.caseName() + ".json", expectations(catalog.spec()));
    }
  }

  @Test
  @DisplayName("pyright --strict for Python 3.8 reports nothing on the modules, their template and the suite")
  void pyrightStrict() {
    String output = ExternalTools.runOk(DIRECTORY, 300,
        List.of(ExternalTools.npmTool("pyright").toString(), "--project", "pyrightconfig.json"));
    assertTrue(output.contains("0 errors, 0 warnings, 0 informations"), output);
  }

  @Test
  @DisplayName("the unittest suite passes, every test file of it run")
  void unittestSuite() throws IOException {
    ExternalTools.Result result = ExternalTools.run(DIRECTORY, 300, "python3", "-m", "unittest", "-v");
    assertEquals(0, result.exitCode(), "python3 -m unittest failed:\n" + result.output());
    List<String> ran = new ArrayList<>();
    Matcher test = Pattern.compile("(?m)^\\w+ \\((test_\\w+)\\.").matcher(result.output());
    while (test.find()) {
      if (!ran.contains(test.group(1))) {
        ran.add(test.group(1));
      }
    }
    try (Stream<Path> files = Files.list(SUITE)) {
      List<String> suite = files.map(file -> file.getFileName().toString())
          .filter(name -> name.startsWith("test_") && name.endsWith(".py"))
          .map(name -> name.substring(0, name.length() - ".py".length())).sorted().collect(Collectors.toList());
      assertEquals(suite, ran.stream().sorted().collect(Collectors.toList()), result.output());
    }
  }

  /** A module holding each hazard as {@link PythonText} writes it: a literal, and a function's docstring. */
  private static String hazardsModule() {
    StringBuilder module = new StringBuilder("\"\"\"Hazardous spec text as PythonText writes it.\"\"\"\n\nLITERALS = [\n");
    HAZARDS.forEach(hazard -> module.append("    ").append(PythonText.literal(hazard)).append(",\n"));
    module.append("]\n\n# ").append(PythonText.comment(String.join(" ", HAZARDS))).append("\n");
    for (int i = 0; i < HAZARDS.size(); i++) {
      module.append("\n\ndef documented_").append(i).append("() -> None:\n    \"\"\"")
          .append(PythonText.docstring(HAZARDS.get(i), "    ")).append("\"\"\"\n");
    }
    return module.toString();
  }

  /**
   * What a docstring of {@code text} holds once Python reads it: line breaks as LF, the text
   * stripped, trailing spaces of each line dropped, the lines after the first indented by 4.
   */
  private static String shownDocstring(String text) {
    String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').strip().split("\n", -1);
    StringBuilder shown = new StringBuilder();
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].replaceAll(" +$", "");
      shown.append(i == 0 ? "" : "\n").append(i == 0 || line.isEmpty() ? "" : "    ").append(line);
    }
    return shown.toString();
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> paths = Files.walk(from)) {
      for (Path path : paths.collect(Collectors.toList())) {
        Files.copy(path, to.resolve(from.relativize(path).toString()));
      }
    }
  }

  private static void write(String name, String content) throws IOException {
    Files.writeString(DIRECTORY.resolve(name), content, StandardCharsets.UTF_8);
  }

  /** What the catalog says, as JSON for {@code expectations.py}, with the Java envelope of every code. */
  private static String expectations(ErrorSpec spec) throws Exception {
    StatusNames names = StatusNames.of(spec);
    Map<String, String> envelopes = JavaEnvelopes.of(spec, ISSUE, "req-1", Instant.parse("2024-01-01T00:00:00Z"));
    List<String> codes = new ArrayList<>();
    for (ErrorDef error : spec.errors().collect(Collectors.toList())) {
      codes.add("{\"code\":" + json(error.code()) + ",\"status\":" + error.status()
          + ",\"retryable\":" + error.retryable() + ",\"message\":" + json(error.message())
          + ",\"description\":" + json(error.description().orElse("")) + ",\"field\":" + json(error.field())
          + ",\"deprecated\":" + json(error.deprecated()) + ",\"since\":" + json(error.since())
          + ",\"class\":" + json(names.errorName(error.status())) + ",\"java_json\":" + json(envelopes.get(error.code()))
          + "}");
    }
    String classes = names.statuses().stream().map(status -> "\"" + status + "\":" + json(names.errorName(status)))
        .collect(Collectors.joining(","));
    String reasons = spec.statuses().stream().map(status -> "\"" + status.code() + "\":" + json(status.reason()))
        .collect(Collectors.joining(","));
    return "{\"codes\":[\n" + String.join(",\n", codes) + "\n],\n\"classes\":{" + classes + "},\n\"reasons\":{"
        + reasons + "},\n\"issue\":" + json(ISSUE) + ",\n\"problem_type_base\":"
        + json(CatalogText.problemTypeBase(spec)) + "}\n";
  }

  private static String json(Optional<String> text) {
    return text.map(PythonModuleTest::json).orElse("null");
  }

  /** A JSON string with every character outside printable ASCII escaped, lone surrogates included. */
  private static String json(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20 || c > 0x7E) {
        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.append('"').toString();
  }

  private static String module(GoldenCatalog catalog) {
    return new PythonGenerator().generate(catalog.spec());
  }
}
