package io.github.errorspec.core.generate.java;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The shared client contract in {@code conformance/} (its README fixes the format), read as the
 * Java tests need it: files in name order, bodies as bytes, header lines in the shapes Java clients
 * hand to {@code ApiException.fromResponse}.
 */
final class Corpus {

  /** The corpus, seen from {@code generator-core}. */
  static final Path ROOT = Path.of("..", "conformance");

  private static final ObjectMapper JSON = new ObjectMapper();

  private Corpus() {}

  /** Every {@code *.json} file of {@code folder} ({@code decode} or {@code retry}), by file name. */
  static List<Path> files(String folder) {
    try (Stream<Path> files = Files.list(ROOT.resolve(folder))) {
      return files.filter(file -> file.getFileName().toString().endsWith(".json")).sorted()
          .collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode read(Path file) {
    try {
      return JSON.readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": " + e.getMessage(), e);
    }
  }

  /** The body of a case or an outcome: {@code body}, {@code body_hex} or {@code body_parts}; empty when none. */
  static byte[] body(JsonNode node) {
    if (node.has("body")) {
      return utf8(node.get("body").asText());
    }
    if (node.has("body_hex")) {
      return HexFormat.of().parseHex(node.get("body_hex").asText());
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (JsonNode part : node.path("body_parts")) {
      byte[] text = utf8(part.get("text").asText());
      for (int i = part.path("repeat").asInt(1); i > 0; i--) {
        bytes.write(text, 0, text.length);
      }
    }
    return bytes.toByteArray();
  }

  /** Text as UTF-8, an unpaired surrogate (which the corpus escapes) as the bytes of U+FFFD. */
  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** The ways Java code receives the same header lines. */
  enum HeaderShape {
    /** {@code java.net.http.HttpHeaders.map()}: names ignoring case, a repeated header's values in a list. */
    GROUPED,
    /** A plain map of names as received: names differing in case are separate entries, in arrival order. */
    AS_RECEIVED,
    /** A client library that joins a repeated header into one value with {@code ", "}. */
    JOINED;

    Map<String, List<String>> of(JsonNode lines) {
      Map<String, List<String>> headers =
          this == AS_RECEIVED ? new LinkedHashMap<>() : new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
      for (JsonNode line : lines) {
        headers.computeIfAbsent(line.get(0).asText(), name -> new ArrayList<>()).add(line.get(1).asText());
      }
      if (this == JOINED) {
        headers.replaceAll((name, values) -> Collections.singletonList(String.join(", ", values)));
      }
      return headers;
    }
  }

  /** A JSON value as the Java value it is compared with: null, a string, a boolean or a long. */
  static Object value(JsonNode node) {
    if (node == null || node.isNull()) {
      return null;
    }
    if (node.isBoolean()) {
      return node.booleanValue();
    }
    if (node.isIntegralNumber()) {
      return node.longValue();
    }
    return node.asText();
  }

  /**
   * {@code expect.params} as the map an {@code ApiException} gives, typed as its JSON is: an integer
   * token a {@code Long}, any other number a {@code Double}; empty when the member is missing.
   */
  static Map<String, Object> params(JsonNode params) {
    Map<String, Object> values = new LinkedHashMap<>();
    params.properties().forEach(param -> {
      JsonNode value = param.getValue();
      values.put(param.getKey(), value.isIntegralNumber() ? (Object) value.longValue()
          : value.isNumber() ? (Object) value.doubleValue() : value(value));
    });
    return values;
  }

  /** {@code expect.violations} as {@code [field, issue]} pairs, field null when absent; empty when missing. */
  static List<List<Object>> violations(JsonNode violations) {
    List<List<Object>> pairs = new ArrayList<>();
    for (JsonNode violation : violations) {
      pairs.add(java.util.Arrays.asList(value(violation.get("field")), value(violation.get("issue"))));
    }
    return pairs;
  }

  /** A value for a failure message: strings quoted, with invisible and non-ASCII characters escaped. */
  static String show(Object value) {
    if (!(value instanceof String)) {
      return String.valueOf(value);
    }
    String text = (String) value;
    StringBuilder shown = new StringBuilder("\"");
    int limit = Math.min(text.length(), 200);
    for (int i = 0; i < limit; i++) {
      char c = text.charAt(i);
      shown.append(c >= 0x20 && c < 0x7f ? String.valueOf(c) : String.format("\\u%04x", (int) c));
    }
    return shown.append(text.length() > limit ? "...\" (" + text.length() + " chars)" : "\"").toString();
  }
}
