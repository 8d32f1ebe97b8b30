package io.github.errorspec.core.generate.python;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A Python module with named regions, each from a line {@code # errorspec:begin NAME} to a line
 * {@code # errorspec:end NAME} (indented as the code around them), which {@link #fill} replaces.
 */
final class PythonTemplate {

  /** The module every {@code errors.py} is generated from. */
  static final PythonTemplate MODULE = load("errors.py");

  private final List<String> lines;

  private PythonTemplate(String text) {
    this.lines = text.replace("\r\n", "\n").lines().toList();
  }

  private static PythonTemplate load(String resource) {
    try (InputStream in = PythonTemplate.class.getResourceAsStream(resource)) {
      Objects.requireNonNull(in, "missing resource " + resource);
      return new PythonTemplate(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The module with each region replaced by its text (whole lines, each ending with a line break).
   *
   * @throws IllegalArgumentException unless {@code regions} names exactly the template's regions
   */
  String fill(Map<String, String> regions) {
    Map<String, String> unused = new LinkedHashMap<>(regions);
    StringBuilder out = new StringBuilder(8192 + regions.values().stream().mapToInt(String::length).sum());
    String region = null;
    for (String line : lines) {
      String marker = line.strip();
      if (region == null && marker.startsWith("# errorspec:begin ")) {
        region = marker.substring("# errorspec:begin ".length());
        String text = unused.remove(region);
        if (text == null) {
          throw new IllegalArgumentException("no text for region " + region);
        }
        out.append(text);
      } else if (region != null) {
        if (marker.equals("# errorspec:end " + region)) {
          region = null;
        }
      } else {
        out.append(line).append('\n');
      }
    }
    if (region != null || !unused.isEmpty()) {
      throw new IllegalArgumentException("unknown or unterminated regions: " + (region != null ? region : unused.keySet()));
    }
    return out.toString();
  }
}
