package io.github.errorspec.core.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.scanner.ScannerImpl;
import org.yaml.snakeyaml.tokens.AliasToken;
import org.yaml.snakeyaml.tokens.AnchorToken;
import org.yaml.snakeyaml.tokens.ScalarToken;
import org.yaml.snakeyaml.tokens.TagToken;
import org.yaml.snakeyaml.tokens.Token;

/**
 * The reader over a {@code String} must be invisible: SnakeYAML's scanner reads every text to the
 * same tokens, at the same positions, and fails with the same problem at the same place, as with
 * SnakeYAML's own reader.
 */
@DisplayName("The reader over the decoded text")
class TextStreamReaderTest {

  private static final Path RESOURCES = Path.of("src", "test", "resources");

  /** Texts the reader takes: line breaks of every kind, BOMs, non-ASCII, broken YAML. */
  static Stream<String> printable() {
    return Stream.of(
        "",
        "a",
        "a: b\r\nc: d\r",
        "a: b\rc: d\r\r\ne: f\n",
        "a: b\u0085c: d\u2028e: f\u2029g: h",
        "k: v\uFEFFw\n\uFEFFx: y\n",
        "message: 'it''s'\nother: \"tab\\there \\u00e9\"\n",
        "plain: one\n  two\n\n  three\nnext: x\n",
        "block: |\n  line one\n  line two\n\nfolded: >-\n  a\n  b\n",
        "latin: héllo wörld\ncjk: 错误代码\nspace: \u00a0x\n",
        "list:\n  - &a {x: 1, y: [2, 3]}\n  - *a\n  - !!str tagged\n",
        "%YAML 1.1\n---\nkey: value\n...\n",
        "bad: [1, 2\n",
        "bad: 'never closed\n",
        "a:\n\tb: c\n",
        "a: b: c\n",
        "key: \"\\q\"\n",
        "a: b\n---\nc: d\n",
        // Past SnakeYAML's window of 1,024 characters, with CR LF pairs across its edges.
        "key: 'value é'\r\nother: plain text\r\n".repeat(200),
        // More short texts of one length than the reader keeps, so that they share its slots.
        IntStream.range(0, 3000).mapToObj(i -> String.format(Locale.ROOT, "k%04d: &a%04d v%04d\n", i, i, i))
            .collect(Collectors.joining()));
  }

  /** Every YAML file of the tests: the broken-spec corpus, the golden specs and outputs. */
  static Stream<Path> files() throws IOException {
    try (Stream<Path> files = Files.walk(RESOURCES)) {
      return files.filter(f -> f.toString().endsWith(".yaml")).sorted().collect(Collectors.toList()).stream();
    }
  }

  @ParameterizedTest
  @MethodSource("printable")
  @DisplayName("scans to the same tokens, positions and failures as SnakeYAML's reader")
  void scansAsSnakeYamlsReader(String text) {
    StreamReader reader = TextStreamReader.of(text);
    assertSame(TextStreamReader.class, reader.getClass());
    assertEquals(scan(new StreamReader(new StringReader(text))), scan(reader));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  @DisplayName("scans every YAML file of the tests as SnakeYAML's reader does")
  void scansFilesAsSnakeYamlsReader(Path file) throws IOException {
    String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8); // one file is not UTF-8
    assertEquals(scan(new StreamReader(new StringReader(text))), scan(TextStreamReader.of(text)));
  }

  @Test
  @DisplayName("leaves text with a character YAML forbids, or one beyond U+FFFF, to SnakeYAML's reader")
  void fallsBack() {
    for (String text : List.of("a: \u0001\n", "a: b\u0000", "a: \uD83D\uDE00\n", "a: \uFFFE\n")) {
      StreamReader reader = TextStreamReader.of(text);
      assertSame(StreamReader.class, reader.getClass(), text);
    }
    assertEquals(List.of("<stream start> 0@0:0-0@0:0", "failed: U+0007 at 16"),
        scan(TextStreamReader.of("key: value\nbad: \u0007\n")));
  }

  /** Every token with its marks and value, then the failure if the scanner stops on one. */
  static List<String> scan(StreamReader reader) {
    ScannerImpl scanner = new ScannerImpl(reader, new LoaderOptions());
    List<String> tokens = new ArrayList<>();
    try {
      while (scanner.checkToken()) {
        Token token = scanner.getToken();
        tokens.add(token.getTokenId() + " " + at(token.getStartMark()) + "-" + at(token.getEndMark()) + value(token));
      }
    } catch (ReaderException e) {
      tokens.add(String.format("failed: U+%04X at %d", e.getCodePoint(), e.getPosition()));
    } catch (MarkedYAMLException e) {
      tokens.add("failed: " + e.getContext() + " " + at(e.getContextMark()) + " / " + e.getProblem() + " "
          + at(e.getProblemMark()));
    } catch (YAMLException e) {
      tokens.add("failed: " + e.getMessage());
    }
    return tokens;
  }

  private static String at(Mark mark) {
    return mark == null ? "-" : mark.getIndex() + "@" + mark.getLine() + ":" + mark.getColumn();
  }

  private static String value(Token token) {
    if (token instanceof ScalarToken scalar) {
      return " " + scalar.getStyle() + " [" + scalar.getValue() + "]";
    }
    if (token instanceof AliasToken alias) {
      return " " + alias.getValue();
    }
    if (token instanceof AnchorToken anchor) {
      return " " + anchor.getValue();
    }
    if (token instanceof TagToken tag) {
      return " " + tag.getValue().getHandle() + tag.getValue().getSuffix();
    }
    return "";
  }
}
