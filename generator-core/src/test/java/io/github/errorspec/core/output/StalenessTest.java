package io.github.errorspec.core.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.errorspec.core.spec.Diagnostic;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A committed generated file compared with what it should hold")
class StalenessTest {

  @Test
  @DisplayName("the same text, or the same text with CRLF line endings, is up to date")
  void sameText() {
    assertEquals(Optional.empty(), Staleness.firstDifference("errors.ts", "a\nb\n", "a\nb\n"));
    assertEquals(Optional.empty(), Staleness.firstDifference("errors.ts", "a\nb\n", "a\r\nb\r\n"));
  }

  @Test
  @DisplayName("the first differing line is named with both texts")
  void firstDifferingLine() {
    assertEquals("errors.ts:2: expected `b`, found `c`", message("a\nb\nd\n", "a\nc\nd\n"));
    assertEquals("errors.ts:3: expected `c`, found the end of the file", message("a\nb\nc\n", "a\nb\n"));
    assertEquals("errors.ts:3: expected the end of the file, found `c`", message("a\nb\n", "a\nb\nc\n"));
    assertEquals("errors.ts:2: expected a newline at the end of the file", message("a\nb\n", "a\nb"));
    assertEquals("errors.ts:2: expected `b`, found an empty line", message("a\nb\n\nc\n", "a\n\nc\n"));
  }

  private static String message(String generated, String committed) {
    return Staleness.firstDifference("errors.ts", generated, committed).map(Diagnostic::toString).orElseThrow();
  }
}
