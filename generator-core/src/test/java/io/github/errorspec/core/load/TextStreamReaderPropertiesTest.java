package io.github.errorspec.core.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * Random texts of YAML's significant pieces scan alike with the reader over the decoded text and
 * with SnakeYAML's: the same tokens, marks and failures ({@link TextStreamReaderTest#scan}).
 */
class TextStreamReaderPropertiesTest {

  @Property(tries = 1500)
  void scansAsSnakeYamlsReader(@ForAll("yamlish") String text) {
    assertEquals(TextStreamReaderTest.scan(new StreamReader(new StringReader(text))),
        TextStreamReaderTest.scan(TextStreamReader.of(text)));
  }

  @Provide
  Arbitrary<String> yamlish() {
    Arbitrary<String> piece = Arbitraries.oneOf(
        Arbitraries.of("key", ": ", ":", "- ", "-", "  ", " ", "\t", "\n", "\r\n", "\r", "\u0085", "\u2028",
            "\u2029", "\uFEFF", "#", " # note", "'", "''", "\"", "\\", "\\n", "\\u00e9", "[", "]", "{", "}", ",",
            "&a ", "*a", "!!str ", "!x ", "? ", "| ", "|-\n", "> ", "---", "...", "%YAML 1.1", "@", "`", "~",
            "é", "错误", "\u00a0", "value text"),
        Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(6));
    return piece.list().ofMaxSize(40).map(pieces -> String.join("", pieces));
  }
}
