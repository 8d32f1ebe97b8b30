package io.github.errorspec.core.generate.java.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What the runtime reads from response headers: the wait before a retry, and the request id. */
@DisplayName("ErrorHeaders")
class ErrorHeadersTest {

  private static final Instant NOW = Instant.parse("1994-11-06T08:49:00Z");

  @ParameterizedTest(name = "Retry-After: {0}")
  @CsvSource(delimiter = '|', value = {
      "120|PT2M",
      "0|PT0S",
      "  7\t|PT7S",
      "0007|PT7S",
      "999999999999999|PT277777777777H46M39S",
      "1000000000000000|PT2562047788015H12M55.807S",
      "Sun, 06 Nov 1994 08:49:37 GMT|PT37S",
      "Sunday, 06-Nov-94 08:49:37 GMT|PT37S",
      "Sun Nov  6 08:49:37 1994|PT37S",
      "Sun, 06 Nov 1994 08:48:00 GMT|PT0S",
      "Sat, 01 Jan 2000 00:00:00 GMT|PT45159H11M",
  })
  void retryAfter(String value, String expected) {
    assertEquals(Duration.parse(expected), ErrorHeaders.retryAfter(Map.of("Retry-After", List.of(value)), NOW));
  }

  // The conformance corpus (conformance/decode) pins joined values, weekdays and request ids; these
  // are the edges of the hand-written date reading.

  @ParameterizedTest(name = "Retry-After: [{0}] is ignored")
  @ValueSource(strings = {
      "", "-1", "+5", "1.5", "1e3", "12 s", "soon", "Sun,", "Sun, ", "Sunday, ", "Sun ", "Xyz, 06 Nov 1994 08:49:37 GMT",
      "sun, 06 Nov 1994 08:49:37 GMT", "Sun, 6 Nov 1994 08:49:37 GMT",
      "Sun, 06 Nov 1994 08:49:37 UTC", "Mon, 31 Feb 1994 08:49:37 GMT", "Sun Nov 6 08:49:37 1994",
  })
  void malformedRetryAfterIsIgnored(String value) {
    assertNull(ErrorHeaders.retryAfter(Map.of("Retry-After", List.of(value)), NOW));
  }

  @ParameterizedTest(name = "retry-after-ms: {0}")
  @CsvSource(delimiter = '|', value = {
      "1500|PT1.5S",
      "0|PT0S",
      "2.5|PT0.0025S",
      "0.0000019|PT0.000000001S",
      "1000000000000000|PT2562047788015H12M55.807S",
  })
  void retryAfterMs(String value, String expected) {
    assertEquals(Duration.parse(expected), ErrorHeaders.retryAfter(Map.of("retry-after-ms", List.of(value)), NOW));
  }

  @Test
  @DisplayName("retry-after-ms wins over Retry-After, unless it is malformed")
  void millisecondsWin() {
    Map<String, List<String>> both = new LinkedHashMap<>();
    both.put("Retry-After", List.of("120"));
    both.put("Retry-After-Ms", List.of("250"));
    assertEquals(Duration.ofMillis(250), ErrorHeaders.retryAfter(both, NOW));
    both.put("Retry-After-Ms", List.of("-250"));
    assertEquals(Duration.ofSeconds(120), ErrorHeaders.retryAfter(both, NOW));
  }

  @Test
  @DisplayName("names are compared ignoring ASCII case; a repeated header counts by its first value")
  void namesAndRepeats() {
    Map<String, List<String>> headers = new HashMap<>();
    headers.put(null, List.of("HTTP/1.1 503 Service Unavailable"));
    headers.put("x-request-id", Arrays.asList("req_1", "req_2"));
    headers.put("RETRY-AFTER", List.of("3", "4"));
    headers.put("Empty", List.of());
    assertEquals("req_1", ErrorHeaders.first(headers, "X-Request-Id"));
    assertEquals(Duration.ofSeconds(3), ErrorHeaders.retryAfter(headers, NOW));
    assertNull(ErrorHeaders.first(headers, "Empty"));
    assertNull(ErrorHeaders.first(Map.of("X-Request-\u0130d", List.of("dotted")), "X-Request-Id"));
    assertNull(ErrorHeaders.first(null, "X-Request-Id"));
    assertNull(ErrorHeaders.retryAfter(null, NOW));
  }
}
