package io.github.errorspec.core.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.error.Mark;

@DisplayName("The spec's text as lines")
class SourceTextTest {

  @Test
  @DisplayName("splits at every line break SnakeYAML counts: CRLF, CR, LF, NEL, LS and PS")
  void splitsAtYamlLineBreaks() {
    assertEquals(List.of("a", "b", "c", "d", "e", "f", "", "g", ""),
        lines("a\r\nb\rc\nd\u0085e\u2028f\u2029\r\ng\n", 9));
  }

  @Test
  @DisplayName("a CR before a CRLF is a line of its own, and a text without breaks is one line")
  void emptyLines() {
    assertEquals(List.of("x", "", "y"), lines("x\r\r\ny", 3));
    assertEquals(List.of(""), lines("", 1));
  }

  @Test
  @DisplayName("tells whether a line holds a character, looking at that line only")
  void lineHas() {
    SourceText source = new SourceText("f.yaml", "a: b\nc: d # note\r\ne: f\n# last");
    assertEquals(List.of(false, true, false, true, false),
        IntStream.range(0, 5).mapToObj(line -> source.lineHas(new Mark("f.yaml", 0, line, 0, new int[0], 0), '#'))
            .toList());
  }

  private static List<String> lines(String text, int count) {
    SourceText source = new SourceText("f.yaml", text);
    return IntStream.range(0, count).mapToObj(line -> source.from(new Mark("f.yaml", 0, line, 0, new int[0], 0)))
        .toList();
  }
}
