package io.github.errorspec.core.generate.openapi;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A YAML document as the generator builds it: mappings in insertion order, sequences and
 * scalars. {@link YamlWriter} turns it into text.
 */
sealed interface Yaml {

  /** Text: always read back as a string, whatever it looks like ({@code NO}, {@code 012}). */
  record Text(String value) implements Yaml {
    public Text {
      Objects.requireNonNull(value, "value");
    }
  }

  /** {@code true} or {@code false}. */
  record Bool(boolean value) implements Yaml {}

  /** A whole number. */
  record Int(long value) implements Yaml {}

  /** A number with a fraction, written as Java's {@link Double#toString} does (locale-free). */
  record Decimal(double value) implements Yaml {}

  /** A list of nodes. */
  record Sequence(List<Yaml> items) implements Yaml {
    public Sequence {
      items = List.copyOf(items);
    }
  }

  /** A mapping from text keys to nodes, written in the order the keys were put. */
  final class Mapping implements Yaml {

    private final Map<String, Yaml> entries = new LinkedHashMap<>();

    /** Adds an entry; a key may be put once only, as YAML forbids duplicate keys. */
    Mapping put(String key, Yaml value) {
      Objects.requireNonNull(value, "value");
      if (entries.putIfAbsent(Objects.requireNonNull(key, "key"), value) != null) {
        throw new IllegalArgumentException("duplicate key " + key);
      }
      return this;
    }

    Mapping put(String key, String text) {
      return put(key, new Text(text));
    }

    Mapping put(String key, boolean value) {
      return put(key, new Bool(value));
    }

    Mapping put(String key, long value) {
      return put(key, new Int(value));
    }

    Map<String, Yaml> entries() {
      return Collections.unmodifiableMap(entries);
    }
  }

  /** A sequence of texts. */
  static Sequence texts(List<String> texts) {
    return new Sequence(texts.stream().<Yaml>map(Text::new).toList());
  }
}
