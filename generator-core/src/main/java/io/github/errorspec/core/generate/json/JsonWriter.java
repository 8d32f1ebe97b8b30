package io.github.errorspec.core.generate.json;

import io.github.errorspec.core.generate.Characters;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Pretty-prints a tree of {@link Map} (in its own order), {@link List}, {@link String},
 * {@link Integer} and {@link Boolean} as JSON, two spaces per level, one member per line.
 *
 * <p>Strings escape what JSON requires and every {@link Characters#hidden} character as
 * {@code \}{@code uXXXX} (a pair of them beyond the Basic Multilingual Plane), so that each shows in
 * the file; the escapes are those YAML's double-quoted scalars read too, so errorspec reads the
 * file back as a spec.
 */
final class JsonWriter {

  private final StringBuilder out = new StringBuilder();

  private JsonWriter() {}

  /** {@code value} as a JSON document ending with a line break. */
  static String write(Object value) {
    JsonWriter writer = new JsonWriter();
    writer.value(value, "");
    return writer.out.append('\n').toString();
  }

  private void value(Object value, String indent) {
    if (value instanceof Map<?, ?> map) {
      members(map, indent);
    } else if (value instanceof List<?> list) {
      items(list, indent);
    } else if (value instanceof String text) {
      string(text);
    } else if (value instanceof Integer || value instanceof Boolean) {
      out.append(value);
    } else {
      throw new IllegalArgumentException("no JSON for " + value);
    }
  }

  private void members(Map<?, ?> map, String indent) {
    if (map.isEmpty()) {
      out.append("{}");
      return;
    }
    String inner = indent + "  ";
    out.append("{\n");
    int i = 0;
    for (Map.Entry<?, ?> member : map.entrySet()) {
      out.append(inner);
      string((String) member.getKey());
      out.append(": ");
      value(member.getValue(), inner);
      out.append(++i < map.size() ? ",\n" : "\n");
    }
    out.append(indent).append('}');
  }

  private void items(List<?> list, String indent) {
    if (list.isEmpty()) {
      out.append("[]");
      return;
    }
    String inner = indent + "  ";
    out.append("[\n");
    for (int i = 0; i < list.size(); i++) {
      out.append(inner);
      value(list.get(i), inner);
      out.append(i + 1 < list.size() ? ",\n" : "\n");
    }
    out.append(indent).append(']');
  }

  private void string(String text) {
    out.append('"');
    text.codePoints().forEach(c -> {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (Characters.hidden(c)) {
            for (char unit : Character.toChars(c)) {
              out.append(String.format(Locale.ROOT, "\\u%04x", (int) unit));
            }
          } else {
            out.appendCodePoint(c);
          }
        }
      }
    });
    out.append('"');
  }
}
