package io.github.errorspec.core.generate.typescript;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A TypeScript source in the generator's resources, complete and compilable for a sample catalog,
 * whose catalog-dependent parts lie between {@code // errorspec:begin NAME} and
 * {@code // errorspec:end NAME} lines. Everything else is emitted as it is.
 */
final class Template {

  private static final String BEGIN = "// errorspec:begin ";
  private static final String END = "// errorspec:end ";

  private final String resource;
  private final List<String> lines;

  private Template(String resource, List<String> lines) {
    this.resource = resource;
    this.lines = lines;
  }

  /** The template {@code name}, next to this class; line endings read as {@code \n}. */
  static Template load(String name) {
    try (InputStream in = Template.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
      return new Template(name, List.of(text.split("\n", -1)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The template with each region replaced by its text in {@code regions} (marker lines dropped).
   *
   * @throws IllegalStateException if a region is unknown, missing, unclosed or given twice
   */
  String fill(Map<String, String> regions) {
    StringBuilder out = new StringBuilder(regions.values().stream().mapToInt(String::length).sum() + 32_000);
    Set<String> filled = new HashSet<>();
    String open = null;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (open == null && line.startsWith(BEGIN)) {
        open = line.substring(BEGIN.length());
        if (!regions.containsKey(open) || !filled.add(open)) {
          throw new IllegalStateException(resource + ":" + (i + 1) + ": unexpected region " + open);
        }
        out.append(regions.get(open));
      } else if (open != null && line.equals(END + open)) {
        open = null;
      } else if (open == null) {
        out.append(line);
        if (i < lines.size() - 1) {
          out.append('\n');
        }
      }
    }
    if (open != null || !filled.equals(regions.keySet())) {
      throw new IllegalStateException(resource + ": regions " + regions.keySet() + " expected, found " + filled);
    }
    return out.toString();
  }
}
