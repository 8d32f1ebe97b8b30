package io.github.errorspec.core.generate.java.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The runtime JSON reader and writer of the envelope, called directly. */
@DisplayName("ErrorJson")
class ErrorJsonTest {

  @Test
  @DisplayName("reads the six strings of an envelope")
  void readsEnvelope() {
    ErrorJson read = read("{\"success\":false,\"error\":{\"code\":\"INVALID_TEMPERATURE\",\"message\":\"Too hot\","
        + "\"details\":{\"field\":\"temperature\",\"issue\":\"was 3\"}},\"meta\":{\"request_id\":\"req_1\","
        + "\"timestamp\":\"2024-01-01T00:00:00Z\"}}");
    assertEquals(List.of("INVALID_TEMPERATURE", "Too hot", "temperature", "was 3", "req_1", "2024-01-01T00:00:00Z"),
        strings(read));
  }

  @Test
  @DisplayName("members that are absent or not strings read as null; unknown members are skipped")
  void lenientWhereHarmless() {
    ErrorJson read = read(" {\"extra\":[1,-2.5e+3,0.5E-7,true,false,null,{\"error\":{\"code\":\"NO\"}}],"
        + "\"error\":{\"code\":\"A\\u0042\",\"details\":{\"field\":7,\"issue\":null},\"more\":{}},\"meta\":[]} ");
    assertEquals(Arrays.asList("AB", null, null, null, null, null), strings(read));
  }

  @Test
  @DisplayName("a member given twice counts as its last value, as in JSON.parse")
  void lastMemberWins() {
    assertEquals(Arrays.asList("B", null, null, null, null, null),
        strings(read("{\"error\":{\"code\":\"A\",\"message\":\"m\",\"details\":{\"field\":\"f\"}},"
            + "\"error\":{\"code\":\"B\"}}")));
    assertEquals(Arrays.asList("A", "m", null, "i", null, "t"),
        strings(read("{\"meta\":{\"request_id\":\"r\"},\"error\":{\"code\":\"A\",\"message\":\"m\","
            + "\"details\":{\"field\":\"f\"},\"details\":{\"issue\":\"i\"}},\"meta\":{\"timestamp\":\"t\"}}")));
    assertEquals("not an error envelope: \"error.code\" is missing or not a string",
        assertThrows(IllegalArgumentException.class,
            () -> read("{\"error\":{\"code\":\"A\",\"code\":1}}")).getMessage());
    assertEquals("not an error envelope: \"error\" is not a JSON object",
        assertThrows(IllegalArgumentException.class,
            () -> read("{\"error\":{\"code\":\"A\"},\"error\":[]}")).getMessage());
  }

  @Test
  @DisplayName("member names are compared after unescaping")
  void escapedNames() {
    assertEquals(Arrays.asList("A", null, null, null, "r", null),
        strings(read("{\"\\u0065rror\":{\"c\\u006fde\":\"A\"},\"meta\":{\"request\\u005fid\":\"r\"}}")));
  }

  @ParameterizedTest(name = "[{0}]")
  @CsvSource(delimiter = '|', quoteCharacter = '^', value = {
      "^^|not JSON: end of input where a value was expected at offset 0",
      "<html>|not JSON: unexpected character at offset 0",
      "{|not JSON: a member name was expected at offset 1",
      "{\"error\":{\"code\":\"A\"},}|not JSON: a member name was expected at offset 22",
      "{'error':1}|not JSON: a member name was expected at offset 1",
      "{\"error\" 1}|not JSON: ':' was expected at offset 9",
      "[1 2]|not JSON: ']' was expected at offset 3",
      "{\"a\":01}|not JSON: '}' was expected at offset 6",
      "{\"a\":1.}|not JSON: bad number at offset 7",
      "{\"a\":-}|not JSON: bad number at offset 6",
      "{\"a\":1e+}|not JSON: bad number at offset 8",
      "{\"a\":+1}|not JSON: unexpected character at offset 5",
      "{\"a\":.5}|not JSON: unexpected character at offset 5",
      "{\"a\":tru}|not JSON: unexpected character at offset 5",
      "{\"a\":\"\\x\"}|not JSON: bad escape at offset 8",
      "{\"a\":\"\\u12G4\"}|not JSON: bad unicode escape at offset 11",
      "{\"a\":\"open}|not JSON: unterminated string at offset 11",
      "{} trailing|not JSON: text after the JSON value at offset 3",
      "[]|not an error envelope: the document is not a JSON object",
      "{}|not an error envelope: \"error\" is not a JSON object",
      "{\"error\":{}}|not an error envelope: \"error.code\" is missing or not a string",
  })
  void explainsWhatIsWrong(String json, String message) {
    assertEquals(message, assertThrows(IllegalArgumentException.class, () -> read(json)).getMessage());
  }

  @Test
  @DisplayName("control characters in strings and a null text are not JSON")
  void controlCharactersAndNull() {
    assertEquals("not JSON: control character in a string at offset 6",
        assertThrows(IllegalArgumentException.class, () -> read("{\"a\":\"\u0001\"}")).getMessage());
    assertEquals("not JSON: null", assertThrows(IllegalArgumentException.class, () -> read(null)).getMessage());
  }

  @Test
  @DisplayName("nesting deeper than 32 is refused at the opening bracket, without a stack overflow")
  void deepNesting() {
    String deep = "{\"error\":" + "[".repeat(9_000) + "]".repeat(9_000) + "}";
    assertEquals("not JSON: nesting deeper than 32 at offset 40",
        assertThrows(IllegalArgumentException.class, () -> read(deep)).getMessage());
    String deepest = "{\"a\":" + "[".repeat(31) + "]".repeat(31) + ",\"error\":{\"code\":\"A\"}}";
    assertEquals("A", read(deepest).code);
  }

  @Nested
  @DisplayName("hostile bodies found by fuzzing")
  class Hostile {

    @Test
    @DisplayName("a number whose exponent overflows an int is valid JSON")
    void hugeExponent() {
      ErrorJson read = read("{\"n\":1e2147483648,\"m\":-0.5E-99999999999999999999,\"error\":{\"code\":\"A\"}}");
      assertEquals("A", read.code);
    }

    @Test
    @DisplayName("a 1 MiB body of digits in an ignored member is checked in one pass, allocating next to nothing")
    void megabyteOfDigits() {
      String tail = ",\"error\":{\"code\":\"OVERLOADED\",\"message\":\"busy\"}}";
      String body = "{\"n\":" + "7".repeat(ErrorJson.MAX_BYTES - 5 - tail.length()) + tail;
      read(body);

      long allocated = allocatedBytes(() -> assertEquals("OVERLOADED", read(body).code));

      // The reader keeps two short strings; the old one built a BigDecimal of the digits, quadratically.
      assertTrue(allocated < 64 * 1024, allocated + " bytes allocated");
    }

    @Test
    @DisplayName("ignored members, strings and names are checked without being built")
    void ignoredValuesAreNotBuilt() {
      StringBuilder body = new StringBuilder("{");
      for (int i = 0; i < 800; i++) { // 11 marks each: 8,804 in all, under the cap
        body.append("\"member").append(i).append("\":{\"list\":[1.5e3,true,null,\"text \\\"quoted\\\"\"],\"x\":{}},");
      }
      String json = body.append("\"error\":{\"code\":\"A\"}}").toString();
      read(json);

      long allocated = allocatedBytes(() -> assertEquals("A", read(json).code));

      assertTrue(allocated < 64 * 1024, allocated + " bytes allocated for " + json.length() + " chars");
    }

    @Test
    @DisplayName("a huge kept string and a huge ignored string decode")
    void hugeStrings() {
      String huge = "x".repeat(500_000);
      ErrorJson read = read("{\"ignored\":\"" + huge + "\",\"error\":{\"code\":\"A\",\"message\":\"" + huge
          + "\"}}");
      assertEquals(huge, read.message);
    }
  }

  @Nested
  @DisplayName("the 1 MiB cap")
  class Cap {

    @Test
    @DisplayName("a 50 MB text is refused from its length, allocating next to nothing")
    void refusedFromLength() {
      String body = "{\"error\":{\"code\":\"A\"},\"pad\":\"" + "x".repeat(50_000_000) + "\"}";

      long allocated = allocatedBytes(() -> assertEquals("not an error envelope: more than 1048576 bytes",
          assertThrows(IllegalArgumentException.class, () -> read(body)).getMessage()));

      assertTrue(allocated < 64 * 1024, allocated + " bytes allocated");
    }

    @ParameterizedTest(name = "{0} chars of [{1}] over {2} bytes: {3}")
    @CsvSource({
        "4, a, 4, false",
        "5, a, 4, true",
        "2, \u00e9, 4, false",
        "3, \u00e9, 5, true",
        "2, \u20ac, 6, false",
        "2, \u20ac, 5, true",
        "1, \ud83d\ude00, 4, false",
        "1, \ud83d\ude00, 3, true",
        "2, \ud800, 6, false",
        "2, \udc00, 5, true",
    })
    @DisplayName("counts the UTF-8 bytes of a text without encoding it; an unpaired surrogate as the 3 of U+FFFD")
    void countsUtf8(int repeat, String unit, int limit, boolean longer) {
      String text = unit.repeat(repeat);
      assertEquals(text.replace('\ud800', '\ufffd').replace('\udc00', '\ufffd').getBytes(StandardCharsets.UTF_8).length
          > limit, longer, "the expectation agrees with the JDK's encoder");
      assertEquals(longer, ErrorJson.isLongerThanUtf8Bytes(text, limit));
    }
  }

  @Nested
  @DisplayName("writing")
  class Writing {

    @Test
    @DisplayName("is compact in the envelope's order, absent members left out")
    void exactJson() {
      assertEquals("{\"success\":false,\"error\":{\"code\":\"A\",\"message\":\"m\",\"details\":{\"field\":\"f\","
          + "\"issue\":\"i\"}},\"meta\":{\"request_id\":\"r\",\"timestamp\":\"t\"}}",
          ErrorJson.write("A", "m", null, "f", "i", Map.of(), List.of(), "r", "t"));
      assertEquals("{\"success\":false,\"error\":{\"code\":\"A\",\"message\":\"m\",\"details\":{\"issue\":\"i\"}},"
          + "\"meta\":{\"timestamp\":\"t\"}}", ErrorJson.write("A", "m", null, null, "i", Map.of(), List.of(), null, "t"));
      assertEquals("{\"success\":false,\"error\":{\"code\":\"A\",\"message\":\"\"}}",
          ErrorJson.write("A", "", null, null, null, Map.of(), List.of(), null, null));
    }

    @Test
    @DisplayName("escapes quotes, controls, HTML-significant characters, line separators and lone surrogates")
    void escaping() {
      String text = "\" \\ / \u0000\u001f\n <>& \u2028\u2029 pair \uD83D\uDE00 lone \uD800 \uDC00 end\uD83D";
      String json = ErrorJson.write(text, "m", null, null, null, Map.of(), List.of(), null, null);
      assertEquals("{\"success\":false,\"error\":{\"code\":\"\\\" \\\\ / \\u0000\\u001f\\u000a \\u003c\\u003e\\u0026 "
          + "\\u2028\\u2029 pair \uD83D\uDE00 lone \\ud800 \\udc00 end\\ud83d\",\"message\":\"m\"}}", json);
      assertEquals(text, read(json).code);
    }

    @Test
    @DisplayName("a problem document: members in order, names and values escaped as the envelope's, nested values kept")
    void problemTree() {
      String text = "\" \\ / \u0000\u001f\n <>& \u2028\u2029 pair \uD83D\uDE00 lone \uD800 \uDC00 end\uD83D";
      String escaped = "\\\" \\\\ / \\u0000\\u001f\\u000a \\u003c\\u003e\\u0026 \\u2028\\u2029 pair \uD83D\uDE00 "
          + "lone \\ud800 \\udc00 end\\ud83d";
      Map<String, Object> document = new LinkedHashMap<>();
      document.put("title", text);
      document.put("status", 429);
      document.put("code", "A");
      document.put("params", Map.of(text, 0.1));
      document.put("violations", List.of(Map.of("issue", "</script>"), Map.of("ok", true, "n", 4096L).entrySet().isEmpty()));
      assertEquals("{\"title\":\"" + escaped + "\",\"status\":429,\"code\":\"A\",\"params\":{\"" + escaped
          + "\":0.1},\"violations\":[{\"issue\":\"\\u003c/script\\u003e\"},false]}", ErrorJson.writeTree(document));
      assertEquals(ErrorJson.write(text, "m", null, null, null, Map.of(), List.of(), null, null),
          "{\"success\":false,\"error\":{\"code\":\"" + escaped + "\",\"message\":\"m\"}}");
      assertThrows(IllegalArgumentException.class, () -> ErrorJson.writeTree(Map.of("x", new Object())));
    }
  }

  @Nested
  @DisplayName("params and violations")
  class ParamsAndViolations {

    private ErrorJson details(String details) {
      return read("{\"error\":{\"code\":\"A\",\"details\":" + details + "}}");
    }

    @Test
    @DisplayName("params keep their JSON types: an integer a Long (a Double beyond a long), others a Double")
    void paramTypes() {
      Map<String, Object> params = details("{\"params\":{\"s\":\"x\\u0041\",\"i\":4096,\"d\":4096.0,\"e\":1e3,"
          + "\"big\":18446744073709551616,\"t\":true,\"f\":false,\"n\":null,\"a\":[1],\"o\":{\"k\":1},"
          + "\"huge\":1e400,\"min\":-9223372036854775808}}").params;
      Map<String, Object> expected = new LinkedHashMap<>();
      expected.put("s", "xA");
      expected.put("i", 4096L);
      expected.put("d", 4096.0);
      expected.put("e", 1000.0);
      expected.put("big", 1.8446744073709552E19);
      expected.put("t", true);
      expected.put("f", false);
      expected.put("min", Long.MIN_VALUE);
      assertEquals(expected, params);
      assertEquals(List.copyOf(expected.keySet()), List.copyOf(params.keySet()), "order as sent");
    }

    @Test
    @DisplayName("a params or violations member of another shape is ignored; the last of repeated members counts")
    void wrongShapes() {
      assertEquals(Map.of(), details("{\"params\":[1],\"violations\":{\"issue\":\"x\"}}").params);
      assertEquals(List.of(), details("{\"params\":\"x\",\"violations\":\"x\"}").violations);
      assertEquals(Map.of(), details("{\"params\":{\"a\":1},\"params\":null}").params);
      assertEquals(Map.of("a", 2L), details("{\"params\":{\"a\":1,\"a\":2}}").params);
      assertEquals(Map.of(), details("{\"params\":{\"a\":1,\"a\":null}}").params);
      assertEquals("A", details("{\"params\":7}").code);
    }

    @Test
    @DisplayName("violations: objects with a string issue; a field of another type reads as absent")
    void violations() {
      assertEquals(List.of(Violation.of("a", "x"), Violation.of(null, "y"), Violation.of(null, "z")),
          details("{\"violations\":[{\"field\":\"a\",\"issue\":\"x\",\"more\":[{}]},{\"issue\":\"y\"},"
              + "{\"field\":3,\"issue\":\"z\"},{\"field\":\"b\"},{\"issue\":5},\"w\",null,[],7]}").violations);
    }

    @Test
    @DisplayName("nesting inside params and violations counts toward the depth bound")
    void depth() {
      String deep = "[".repeat(ErrorJson.MAX_DEPTH) + "]".repeat(ErrorJson.MAX_DEPTH);
      assertThrows(IllegalArgumentException.class, () -> details("{\"params\":{\"a\":" + deep + "}}"));
      assertThrows(IllegalArgumentException.class, () -> details("{\"violations\":[" + deep + "]}"));
    }

    @Test
    @DisplayName("are written after field and issue, numbers as JavaScript writes them, and read back")
    void writing() {
      Map<String, Object> params = new LinkedHashMap<>();
      params.put("m<", "g\"9");
      params.put("n", 4096L);
      params.put("r", 0.1);
      params.put("w", 2.0);
      params.put("b", true);
      List<Violation> violations = List.of(Violation.of("f", "i"), Violation.of(null, "j"));
      String json = ErrorJson.write("A", "m", null, "f", null, params, violations, null, null);
      assertEquals("{\"success\":false,\"error\":{\"code\":\"A\",\"message\":\"m\",\"details\":{\"field\":\"f\","
          + "\"params\":{\"m\\u003c\":\"g\\\"9\",\"n\":4096,\"r\":0.1,\"w\":2,\"b\":true},"
          + "\"violations\":[{\"field\":\"f\",\"issue\":\"i\"},{\"issue\":\"j\"}]}}}", json);
      ErrorJson read = read(json);
      assertEquals(violations, read.violations);
      assertEquals(2L, read.params.get("w"), "an integral number is an integer token, as in JavaScript");
      assertEquals("{\"success\":false,\"error\":{\"code\":\"A\",\"message\":\"m\",\"details\":{"
          + "\"violations\":[{\"issue\":\"j\"}]}}}",
          ErrorJson.write("A", "m", null, null, null, Map.of(), List.of(Violation.of(null, "j")), null, null));
    }

    @Test
    @DisplayName("params that JSON cannot carry are rejected")
    void badParams() {
      assertThrows(IllegalArgumentException.class, () -> ErrorJson.params(Map.of("x", Double.NaN)));
      assertThrows(IllegalArgumentException.class, () -> ErrorJson.params(Map.of("x", new Object())));
      assertEquals(Map.of("x", 3L, "y", 0.5), ErrorJson.params(Map.of("x", 3, "y", 0.5f)));
    }
  }

  @Nested
  @DisplayName("problem documents and the bracket cap")
  class Problems {

    @Test
    @DisplayName("a problem document reads into the envelope's values; the envelope wins when both are there")
    void problem() {
      ErrorJson read = ErrorJson.read("{\"type\":\"https://x/e#model-not-found\",\"title\":\"t\",\"status\":404,"
          + "\"field\":\"f\",\"issue\":\"i\",\"request_id\":\"r\",\"timestamp\":\"s\",\"params\":{\"a\":1}}", "https://x/e#");
      assertTrue(read.problem);
      assertEquals(Arrays.asList("MODEL_NOT_FOUND", "t", "f", "i", "r", "s"), strings(read));
      assertEquals(Map.of("a", 1L), read.params);
      ErrorJson envelope = ErrorJson.read("{\"title\":\"t\",\"error\":{\"code\":\"A\"},\"field\":\"f\"}", null);
      assertEquals(Arrays.asList("A", null, null, null, null, null), strings(envelope));
      assertEquals("not an error envelope: \"error\" is not a JSON object",
          assertThrows(IllegalArgumentException.class, () -> read("{\"code\":\"A\",\"title\":5}")).getMessage());
    }

    @ParameterizedTest(name = "[{0}] under [{1}]: [{2}]")
    @CsvSource(quoteCharacter = '^', value = {
        "https://x/e#model-not-found, https://x/e#, MODEL_NOT_FOUND",
        "https://x/e#e404, https://x/e#, E404",
        "https://x/e#a--b-, https://x/e#, A__B_",
        "https://x/e#, https://x/e#, ^^",
        "https://x/e#Model, https://x/e#, ^^",
        "https://x/e#4xx, https://x/e#, ^^",
        "https://x/e#a_b, https://x/e#, ^^",
        "https://x/e#a/b, https://x/e#, ^^",
        "https://y/e#a, https://x/e#, ^^",
        "https://x/e#a, , ^^",
    })
    @DisplayName("a type names a code only as the base and a slug")
    void codeOfType(String type, String base, String code) {
      assertEquals(code == null ? "" : code, ErrorJson.codeOfType(type, base));
    }

    @Test
    @DisplayName("more than 10,000 of [, {, : and ,, in strings too, are refused before parsing")
    void marks() {
      // The envelope's own 6 marks (its comma too) and the string's [ make exactly 10,000.
      String envelope = "{\"error\":{\"code\":\"A\"},\"x\":\"" + "[".repeat(ErrorJson.MAX_MARKS - 6) + "\"}";
      assertEquals("A", read(envelope).code);
      for (String mark : new String[] {",", ":"}) {
        assertEquals("not an error envelope: more than 10000 of [, {, : and ,", assertThrows(
            IllegalArgumentException.class, () -> read(envelope.replace("\"x\":\"", "\"x\":\"" + mark))).getMessage());
      }
      assertFalse(ErrorJson.hasMoreMarksThan("{[:,", 4));
      assertTrue(ErrorJson.hasMoreMarksThan("a:b[c{d,", 3));
    }
  }

  /** Reads {@code json} with no problem type base. */
  private static ErrorJson read(String json) {
    return ErrorJson.read(json, null);
  }

  private static List<String> strings(ErrorJson read) {
    return Arrays.asList(read.code, read.message, read.field, read.issue, read.requestId, read.timestamp);
  }

  /** The bytes the current thread allocates while {@code action} runs. */
  static long allocatedBytes(Runnable action) {
    com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long thread = Thread.currentThread().getId();
    long before = threads.getThreadAllocatedBytes(thread);
    action.run();
    return threads.getThreadAllocatedBytes(thread) - before;
  }

  @Test
  @DisplayName("a missing message reads as null, for ErrorResponse to read as empty")
  void missingMessage() {
    assertNull(read("{\"error\":{\"code\":\"A\"}}").message);
  }
}
