package io.github.errorspec.core.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.errorspec.core.generate.java.JavaGenerator;
import io.github.errorspec.core.generate.markdown.MarkdownDocs;
import io.github.errorspec.core.generate.openapi.OpenApiGenerator;
import io.github.errorspec.core.generate.python.PythonGenerator;
import io.github.errorspec.core.generate.spring.SpringGenerator;
import io.github.errorspec.core.generate.typescript.TypeScriptGenerator;
import io.github.errorspec.core.load.SpecLoader;
import io.github.errorspec.core.spec.ErrorDef;
import io.github.errorspec.core.spec.ErrorSpec;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

/**
 * Every output of one catalog states the same facts: each code's message and description as the
 * same sentence, the same header line, the same codes for each status under the same class names.
 * Each output is read back by undoing its own escaping; two outputs that disagree fail here even
 * when each matches its own golden files.
 */
@DisplayName("Every output states the same facts")
class CatalogFactsTest {

  /** Texts that end in each way a sentence can and hold what each language must escape. */
  private static final String CATALOG = """
      errorspec: 1
      api: Café API
      package: com.example.facts
      statuses:
        400: Bad Request
        404: Not Found
        405: Method Not Allowed
        406: Not Acceptable
        415: Unsupported Media Type
        500: Internal Server Error
        502: Bad Gateway
      fallbacks:
        400: KEY_NOT_SET
        404: GONE_FOR_GOOD
        405: WRONG_METHOD
        406: NOT_ACCEPTABLE
        415: WRONG_MEDIA_TYPE
        500: INTERNAL_ERROR
      categories:
        - title: Facts
          groups:
            - status: 400
              errors:
                - code: KEY_NOT_SET
                  message: Is your API key set?
                  description: "Set it in the header\\u3164 now!"
                - code: QUOTES
                  message: 'Say \""" and */ then ${x}'
                  description: "Zero\\u200Bwidth, and then…"
            - status: 404
              errors:
                - code: GONE_FOR_GOOD
                  message: Nothing here </script>
                  description: It is gone.
                - code: NO_SUCH_MODEL
                  message: "Model {model} of {{all}} {count} is not here"
                  description: "It takes {braces} as typed."
                  params:
                    model: string
                    count: {type: integer, description: "How many */ there are </script>"}
            - status: 405
              errors:
                - code: WRONG_METHOD
                  message: Use another method.
                - code: STRANGE_METHOD
                  message: "Strange\\u3164method"
            - status: 406
              errors:
                - code: NOT_ACCEPTABLE
                  message: Cannot answer in that format!
            - status: 415
              errors:
                - code: WRONG_MEDIA_TYPE
                  message: Cannot read that body…
            - status: 500
              errors:
                - code: INTERNAL_ERROR
                  message: Something broke
                  description: Try again */ later
      """;

  private static final Parser MARKDOWN = Parser.builder().extensions(List.of(TablesExtension.create())).build();

  private static ErrorSpec spec;
  private static Map<String, String> java;
  private static List<String> spring;
  private static String springImports;
  private static String typescript;
  private static String python;
  private static String openapi;
  private static String markdown;

  @BeforeAll
  static void generateEveryOutput(@TempDir Path directory) throws Exception {
    Path file = directory.resolve("café.yaml");
    Files.writeString(file, CATALOG, StandardCharsets.UTF_8);
    spec = new SpecLoader().load(file);
    java = new LinkedHashMap<>();
    new JavaGenerator().generate(spec, "com.example.facts")
        .forEach(generated -> java.put(generated.path().replaceAll(".*/|\\.java$", ""), generated.content()));
    List<GeneratedFile> springFiles = new SpringGenerator().generate(spec, "com.example.facts");
    spring = springFiles.stream().filter(generated -> generated.path().endsWith(".java"))
        .map(GeneratedFile::content).collect(Collectors.toList());
    springImports = springFiles.stream().filter(generated -> generated.path().equals(SpringGenerator.AUTO_CONFIGURATION_IMPORTS))
        .map(GeneratedFile::content).findFirst().orElseThrow();
    typescript = new TypeScriptGenerator().generate(spec);
    python = new PythonGenerator().generate(spec);
    openapi = new OpenApiGenerator().generate(spec);
    markdown = new MarkdownDocs().standalonePage(spec);
  }

  @Test
  @DisplayName("the same header line, naming café.yaml, in every generated source")
  void headerLine() {
    String header = "Generated by errorspec from café.yaml. Do not edit.";
    assertEquals(header, CatalogText.header(spec));
    java.forEach((name, source) -> assertEquals("// " + header, firstLine(source), name));
    spring.forEach(source -> assertEquals("// " + header, firstLine(source)));
    assertEquals("# " + header, firstLine(springImports));
    assertEquals("// " + header, firstLine(typescript));
    assertEquals("# " + header, firstLine(python));
    assertEquals("# " + header, firstLine(openapi));
    assertTrue(markdown.contains("generated by\nerrorspec from café.yaml:"), markdown);
  }

  @Test
  @DisplayName("the same message and description of each code, as data and as sentences")
  void sentences() {
    Map<String, Object> schema = at(yaml(), "components", "schemas", "ErrorCode");
    @SuppressWarnings("unchecked")
    List<String> plain = (List<String>) schema.get("x-enum-descriptions");
    Map<String, Object> markdownDescriptions = at(schema, "x-enumDescriptions");
    Map<String, List<String>> rows = markdownRows();
    List<ErrorDef> errors = spec.errors().collect(Collectors.toList());
    for (int i = 0; i < errors.size(); i++) {
      ErrorDef error = errors.get(i);
      String code = error.code();
      List<String> texts = new ArrayList<>(List.of(error.message()));
      error.description().ifPresent(texts::add);

      // As data: the exact text.
      Matcher javaRow = Pattern.compile("\n  " + code + "\\(\\d+, \\w+, (\"(?:[^\"\\\\]|\\\\.)*\")(?:, (\"(?:[^\"\\\\]|\\\\.)*\"|null))?")
          .matcher(java.get("ErrorCode"));
      assertTrue(javaRow.find(), code);
      assertEquals(error.message(), unescape(javaRow.group(1)), "Java " + code);
      assertEquals(error.description().orElse(null), javaRow.group(2) == null || javaRow.group(2).equals("null") ? null : unescape(javaRow.group(2)));
      Matcher tsRow = Pattern.compile("\n  " + code + ": \\{ status: \\d+, message: (\"(?:[^\"\\\\]|\\\\.)*\"), "
          + "description: (\"(?:[^\"\\\\]|\\\\.)*\")").matcher(typescript);
      assertTrue(tsRow.find(), code);
      assertEquals(error.message(), unescape(tsRow.group(1)), "TypeScript " + code);
      assertEquals(error.description().orElse(""), unescape(tsRow.group(2)), "TypeScript " + code);
      Matcher pyRow = Pattern.compile("\n    \"" + code + "\": \\(\\d+, \\w+, (\"(?:[^\"\\\\]|\\\\.)*\"), "
          + "(\"(?:[^\"\\\\]|\\\\.)*\")").matcher(python);
      assertTrue(pyRow.find(), code);
      assertEquals(error.message(), unescape(pyRow.group(1)), "Python " + code);
      assertEquals(error.description().orElse(""), unescape(pyRow.group(2)), "Python " + code);
      assertEquals(texts, List.of(plain.get(i).split("\n\n")).subList(0, texts.size()), "OpenAPI " + code);
      assertEquals(texts, paragraphs((String) markdownDescriptions.get(code)).subList(0, texts.size()), "OpenAPI " + code);
      List<String> row = rows.get(code);
      assertEquals(error.message(), row.get(1), "Markdown " + code);
      assertEquals(error.description().orElse(""), row.get(row.size() - 1), "Markdown " + code);

      // As sentences: the one rule, whatever the text ends with.
      List<String> sentences = texts.stream().map(CatalogText::sentence).collect(Collectors.toList());
      assertSentences(sentences, html(doc(java.get("ErrorCode"), "\n  " + code + "\\(")), "Java " + code);
      assertSentences(sentences, unescape(html(doc(typescript, "\n  " + code + ": \""))), "TypeScript " + code);
      Matcher docstring = Pattern.compile("\n    " + code + " = \"" + code + "\"\n    \"\"\"((?:(?!\"\"\")[\\s\\S])*)\"\"\"")
          .matcher(python);
      assertTrue(docstring.find(), code);
      assertSentences(sentences, unescape(docstring.group(1)), "Python " + code);
    }
  }

  @Test
  @DisplayName("the same codes for each status, in catalog order, under the same class names")
  void codesPerStatus() {
    StatusNames names = StatusNames.of(spec);
    Map<Integer, List<String>> expected = new LinkedHashMap<>();
    names.statuses().forEach(status -> expected.put(status,
        CatalogText.codes(spec, status).stream().map(ErrorDef::code).collect(Collectors.toList())));
    assertEquals(List.of(), expected.get(502), "a status no code uses is listed too");

    Map<Integer, List<String>> javaCodes = new LinkedHashMap<>();
    Map<Integer, List<String>> tsCodes = new LinkedHashMap<>();
    Map<Integer, List<String>> pythonCodes = new LinkedHashMap<>();
    Map<Integer, List<String>> openapiCodes = new LinkedHashMap<>();
    for (int status : names.statuses()) {
      String javaClass = java.get(names.javaName(status));
      assertTrue(javaClass.contains("super(" + status + ", "), names.javaName(status));
      javaCodes.put(status, all(javaClass, "ErrorCode#(\\w+)"));
      Matcher tsClass = Pattern.compile("/\\*\\*((?:(?!\\*/)[\\s\\S])*)\\*/\nexport class " + names.errorName(status)
          + " extends ApiError \\{\n  declare readonly status: " + status + ";").matcher(typescript);
      assertTrue(tsClass.find(), names.errorName(status));
      tsCodes.put(status, all(tsClass.group(1), "`(\\w+)`"));
      Matcher pyClass = Pattern.compile("\nclass " + names.errorName(status) + "\\(ApiError\\):\n    \"\"\"((?:(?!\"\"\")[\\s\\S])*)")
          .matcher(python);
      assertTrue(pyClass.find() && python.contains("\n    " + status + ": " + names.errorName(status) + ",\n"));
      pythonCodes.put(status, all(pyClass.group(1), "``(\\w+)``"));
      Map<String, Object> response = at(yaml(), "components", "responses", names.baseName(status));
      assertTrue(((String) response.get("description")).contains("(HTTP " + status + ")"));
      Map<String, Object> media = at(response, "content", "application/json");
      openapiCodes.put(status, media.containsKey("examples")
          ? new ArrayList<>(CatalogFactsTest.<Map<String, Object>>cast(media.get("examples")).keySet()) : List.of());
    }
    assertEquals(expected, javaCodes, "Java");
    assertEquals(expected, tsCodes, "TypeScript");
    assertEquals(expected, pythonCodes, "Python");
    assertEquals(expected, openapiCodes, "OpenAPI");
    Map<Integer, List<String>> markdownCodes = new LinkedHashMap<>();
    markdownRows().forEach((code, row) -> markdownCodes.computeIfAbsent(Integer.valueOf(row.get(0)),
        status -> new ArrayList<>()).add(code));
    expected.values().removeIf(List::isEmpty);
    assertEquals(expected, markdownCodes, "Markdown");
  }

  @Test
  @DisplayName("no output holds a hidden character as itself: U+3164 and U+200B are escaped everywhere")
  void hiddenCharacters() {
    Map<String, String> outputs = new LinkedHashMap<>(java);
    spring.forEach(source -> outputs.put("Spring source " + outputs.size(), source));
    outputs.put(SpringGenerator.AUTO_CONFIGURATION_IMPORTS, springImports);
    outputs.putAll(Map.of("errors.ts", typescript, "errors.py", python, "errors.openapi.yaml", openapi,
        "error-codes.md", markdown));
    outputs.forEach((name, text) -> text.codePoints().filter(c -> c != '\n' && Characters.hidden(c)).findFirst()
        .ifPresent(c -> assertEquals("", String.format("U+%04X", c), name)));
  }

  /** Each sentence appears whole: the next character ends the text or a sentence, never a second period. */
  private static void assertSentences(List<String> sentences, String doc, String what) {
    String text = doc.replaceAll("<p>", "").replaceAll("\\s+", " ").strip();
    int from = 0;
    for (String sentence : sentences) {
      int at = text.indexOf(sentence, from);
      assertTrue(at >= 0, what + ": `" + sentence + "` not in `" + text + "`");
      int end = at + sentence.length();
      assertTrue(end == text.length() || text.charAt(end) == ' ', what + ": `" + sentence + "` followed by more in `" + text + "`");
      from = end;
    }
  }

  /** The doc comment right before the line that {@code follows} matches. */
  private static String doc(String source, String follows) {
    Matcher matcher = Pattern.compile("/\\*\\*((?:(?!\\*/)[\\s\\S])*)\\*/" + follows).matcher(source);
    assertTrue(matcher.find(), follows);
    return matcher.group(1).lines().map(line -> line.replaceFirst("^\\s*\\*? ?", "")).collect(Collectors.joining("\n"));
  }

  /** The status (from the heading above its table) and the cells of each row of a code table, by code. */
  private static Map<String, List<String>> markdownRows() {
    Map<String, List<String>> rows = new LinkedHashMap<>();
    String status = "";
    for (Node block = MARKDOWN.parse(markdown).getFirstChild(); block != null; block = block.getNext()) {
      if (block instanceof Heading heading && heading.getLevel() == 3) {
        status = text(heading).replaceAll(" .*", "");
      } else if (block instanceof TableBlock && !status.isEmpty()) {
        for (Node section = block.getFirstChild(); section != null; section = section.getNext()) {
          for (Node row = section.getFirstChild(); section instanceof TableBody && row != null; row = row.getNext()) {
            List<String> cells = new ArrayList<>(List.of(status));
            for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
              cells.add(text(cell));
            }
            rows.put(cells.remove(1), cells);
          }
        }
      }
    }
    return rows;
  }

  private static List<String> paragraphs(String commonMark) {
    List<String> paragraphs = new ArrayList<>();
    for (Node block = MARKDOWN.parse(commonMark).getFirstChild(); block != null; block = block.getNext()) {
      if (block instanceof Paragraph) {
        paragraphs.add(text(block));
      }
    }
    return paragraphs;
  }

  /** The text a reader sees: literal text and code spans; CommonMark has already undone escapes and references. */
  private static String text(Node node) {
    if (node instanceof Text text) {
      return text.getLiteral();
    } else if (node instanceof Code code) {
      return code.getLiteral();
    }
    StringBuilder out = new StringBuilder();
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      out.append(text(child));
    }
    return out.toString();
  }

  /** Undoes HTML references: numeric ones and those of {@code < > &}. */
  private static String html(String text) {
    String numeric = Pattern.compile("&#(\\d+);").matcher(text)
        .replaceAll(match -> Matcher.quoteReplacement(Character.toString(Integer.parseInt(match.group(1)))));
    return numeric.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
  }

  /** Undoes the escapes of a Java, TypeScript or Python string literal, its quotes removed, or of a docstring. */
  private static String unescape(String literal) {
    String text = literal.startsWith("\"") ? literal.substring(1, literal.length() - 1) : literal;
    return Pattern.compile("\\\\(u\\{([0-9a-fA-F]+)\\}|u([0-9a-fA-F]{4})|.)").matcher(text).replaceAll(match -> {
      String hex = match.group(2) != null ? match.group(2) : match.group(3);
      String character = hex != null ? Character.toString(Integer.parseInt(hex, 16)) : switch (match.group(1)) {
        case "n" -> "\n";
        case "t" -> "\t";
        default -> match.group(1);
      };
      return Matcher.quoteReplacement(character);
    });
  }

  private static List<String> all(String text, String regex) {
    return Pattern.compile(regex).matcher(text).results().map(match -> match.group(1)).collect(Collectors.toList());
  }

  private static String firstLine(String text) {
    return text.substring(0, text.indexOf('\n'));
  }

  private static Map<String, Object> yaml() {
    return new Yaml().load(openapi);
  }

  private static Map<String, Object> at(Map<String, Object> map, String... keys) {
    Map<String, Object> current = map;
    for (String key : keys) {
      current = cast(current.get(key));
    }
    return current;
  }

  @SuppressWarnings("unchecked")
  private static <T> T cast(Object value) {
    return (T) value;
  }
}
