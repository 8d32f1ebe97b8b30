package io.github.errorspec.core.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Suggesting the key a misspelt one was meant to be")
class KeySuggestionTest {

  private static final List<String> ERROR_KEYS =
      List.of("code", "message", "description", "status", "field", "retryable", "deprecated", "since");

  @ParameterizedTest(name = "''{0}'' suggests ''{1}''")
  @CsvSource(nullValues = "none", value = {
      "mesage, message",
      "Message, message",
      "messages, message",
      "descripton, description",
      "retriable, retryable",
      "stauts, status",
      "feild, field",
      "cdoe, code",
      "colour, none",
      "id, none",
      "x, none",
  })
  void suggestsOnlyCloseKeys(String typed, String expected) {
    assertEquals(Optional.ofNullable(expected), KeySuggestion.nearest(typed, ERROR_KEYS));
  }

  @ParameterizedTest(name = "distance({0}, {1}) = {2}")
  @CsvSource({"kitten, sitting, 3", "'', abc, 3", "abc, abc, 0", "flaw, lawn, 2", "ab, ba, 1", "cdoe, code, 1"})
  void editDistance(String a, String b, int expected) {
    assertEquals(expected, KeySuggestion.distance(a, b));
  }
}
