package io.github.errorspec.core.generate.java;

import static io.github.errorspec.core.generate.java.CompiledApi.call;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.errorspec.core.generate.GoldenCatalog;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * A plain Jackson 2 and Jackson 3 mapper, with no annotation or module, write the generated
 * {@code ErrorResponse} as the document {@code toJson()} writes (compared as parsed trees, numbers
 * by value: {@code 2} and {@code 2.0} are one JSON number).
 */
@DisplayName("Generated ErrorResponse: written by Jackson 2 and 3 as toJson() writes it")
class JacksonEnvelopeTest {

  private static final Instant TIME = Instant.parse("2026-01-01T00:00:00Z");
  private static final ObjectMapper JACKSON2 = new ObjectMapper();
  private static final JsonMapper JACKSON3 = JsonMapper.builder().build();

  @Test
  @DisplayName("seed catalog: every code's envelope, with and without request id, and one with every member")
  void seed() throws Exception {
    CompiledApi api = CompiledApi.compile(GoldenCatalog.SEED, 8);
    List<Object> envelopes = new ArrayList<>();
    for (Object code : api.errorCodes()) {
      Object exception = call(code, "exception");
      envelopes.add(call(exception, "toErrorResponse", "req_1", TIME));
      envelopes.add(call(exception, "toErrorResponse", null, TIME));
    }
    envelopes.add(api.type("ErrorResponse").getConstructor(String.class, String.class, String.class, String.class,
        String.class, String.class).newInstance("X", "quote \" <tag> \u2028", "f", "i", "r", null));
    assertSameJson(envelopes);
  }

  @Test
  @DisplayName("params catalog: params of every type and violations, with and without their fields")
  void params() throws Exception {
    CompiledApi api = CompiledApi.compile(GoldenCatalog.PARAMS, 8);
    List<Object> envelopes = new ArrayList<>();
    envelopes.add(call(api.callStatic("ApiErrors", "tokenLimit", -1L, 1e21, false), "toErrorResponse", "r", TIME));
    envelopes.add(call(api.callStatic("ApiErrors", "tokenLimit", 4096L, 2.0, true), "toErrorResponse", "r", TIME));
    envelopes.add(call(api.callStatic("ApiErrors", "modelNotFound", "gpt-9", 3L), "toErrorResponse", null, TIME));
    Object invalid = call(call(api.errorCode("VALIDATION_FAILED"), "exception"), "withViolations",
        List.of(api.callStatic("Violation", "of", null, "body is empty"),
            api.callStatic("Violation", "of", "f1", "bad <1>")));
    envelopes.add(call(invalid, "toErrorResponse", "r", TIME));
    assertSameJson(envelopes);
  }

  @Test
  @DisplayName("problem catalog: every code's problem document, params, violations, an unknown code, hostile text")
  void problem() throws Exception {
    CompiledApi api = CompiledApi.compile(GoldenCatalog.PROBLEM, 8);
    List<Object> documents = new ArrayList<>();
    for (Object code : api.errorCodes()) {
      Object exception = call(code, "exception", "issue <" + code + ">");
      documents.add(call(exception, "toErrorResponse", "req_1", TIME));
      documents.add(call(exception, "toErrorResponse", null, null));
    }
    documents.add(call(api.callStatic("ApiErrors", "rateLimited", 10L, 0.5), "toErrorResponse", "r", TIME));
    Object invalid = call(call(api.errorCode("VALIDATION_FAILED"), "exception"), "withViolations",
        List.of(api.callStatic("Violation", "of", null, "body is empty"),
            api.callStatic("Violation", "of", "f1", "bad <1>")));
    documents.add(call(invalid, "toErrorResponse", "r", TIME));
    Object unknown = api.type("ErrorResponse").getConstructor(String.class, String.class, String.class, String.class,
        String.class, String.class).newInstance("NEW_CODE", "quote \" <tag> \u2028", "f", "i", "r", null);
    documents.add(unknown);
    documents.add(call(unknown, "withStatus", 404));
    assertSameJson(documents);
  }

  @Test
  @DisplayName("an envelope without meta: Jackson writes meta as null, where toJson() leaves it out")
  void withoutMeta() throws Exception {
    CompiledApi api = CompiledApi.compile(GoldenCatalog.SEED, 8);
    Object envelope = call(call(api.errorCodes().get(0), "exception"), "toErrorResponse", null, null);
    JsonNode written = JACKSON2.readTree(JACKSON2.writeValueAsString(envelope));
    assertTrue(written.get("meta").isNull(), written::toString);
    ((com.fasterxml.jackson.databind.node.ObjectNode) written).remove("meta");
    assertEquals(JACKSON2.readTree((String) call(envelope, "toJson")), written);
  }

  private static void assertSameJson(List<Object> envelopes) throws Exception {
    for (Object envelope : envelopes) {
      String expected = (String) call(envelope, "toJson");
      String jackson2 = JACKSON2.writeValueAsString(envelope);
      assertTrue(JACKSON2.readTree(expected).equals(SAME_NUMBER, JACKSON2.readTree(jackson2)),
          () -> "Jackson 2 wrote " + jackson2 + "\ntoJson() wrote " + expected);
      String jackson3 = JACKSON3.writeValueAsString(envelope);
      assertEquals(plain(JACKSON2.readTree(expected)), plain(JACKSON2.readTree(jackson3)),
          () -> "Jackson 3 wrote " + jackson3 + "\ntoJson() wrote " + expected);
    }
  }

  /** Numbers equal by value, everything else as Jackson compares it. */
  private static final java.util.Comparator<JsonNode> SAME_NUMBER = (a, b) -> {
    if (a.isNumber() && b.isNumber()) {
      return a.decimalValue().compareTo(b.decimalValue());
    }
    return a.equals(b) ? 0 : 1;
  };

  /** A tree as plain values, numbers as doubles, for comparisons that ignore how a number was spelt. */
  private static Object plain(JsonNode node) {
    if (node.isObject()) {
      Map<String, Object> members = new LinkedHashMap<>();
      node.properties().forEach(member -> members.put(member.getKey(), plain(member.getValue())));
      return members;
    }
    if (node.isArray()) {
      List<Object> items = new ArrayList<>();
      node.forEach(item -> items.add(plain(item)));
      return items;
    }
    return node.isNumber() ? (Object) node.doubleValue() : node;
  }
}
