package io.github.errorspec.core.generate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A source file in errorspec's resources from which an output is generated: real source for a
 * sample catalog, with the catalog-dependent parts marked. Two kinds of marks:
 * <ul>
 *   <li>a <em>region</em>: the whole lines from {@code // errorspec:begin NAME} to
 *       {@code // errorspec:end NAME} ({@code #} in Python; indented as the code around them),
 *       replaced with the catalog's text, which ends with a line break;
 *   <li>a <em>placeholder</em> {@code {{name}}} inside a line, replaced with a value; in a source
 *       that must compile as it is, a sample text can stand for a placeholder
 *       ({@link #standingFor}).
 * </ul>
 *
 * <p>Every region and placeholder must be given exactly the ones the template has: one left over or
 * unknown is a bug in errorspec, not in the user's catalog, and fails with an
 * {@link IllegalStateException} naming the template and the mark. Line endings are read as
 * {@code \n}, so a checkout with CRLF line endings gives the same bytes.
 */
public final class SourceTemplate {

  private static final Pattern MARKER = Pattern.compile("^\\s*(?://|#) errorspec:(begin|end) (\\S+)\\s*$");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([A-Za-z][A-Za-z0-9]*)}}");

  private final String name;
  private final String text;

  private SourceTemplate(String name, String text) {
    this.name = name;
    this.text = text;
  }

  /**
   * The resource {@code resource}, found as {@code anchor.getResource} finds it.
   *
   * @throws IllegalStateException if there is no such resource
   */
  public static SourceTemplate load(Class<?> anchor, String resource) {
    try (InputStream in = anchor.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("errorspec is incomplete: no template " + resource);
      }
      return of(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A template of {@code text}, called {@code name} in failures. */
  public static SourceTemplate of(String name, String text) {
    return new SourceTemplate(name, text.replace("\r\n", "\n"));
  }

  /**
   * This template with every occurrence of {@code sample} read as the placeholder {@code {{placeholder}}}:
   * a real Java source names its own package where the generated one names the user's.
   *
   * @throws IllegalStateException if the template does not contain {@code sample}
   */
  public SourceTemplate standingFor(String placeholder, String sample) {
    if (!text.contains(sample)) {
      throw new IllegalStateException(name + ": no '" + sample + "' to stand for {{" + placeholder + "}}");
    }
    return new SourceTemplate(name, text.replace(sample, "{{" + placeholder + "}}"));
  }

  /**
   * The template's own text of region {@code region}, marker lines left out: for a region that
   * some catalogs keep as the template has it and others replace (the envelope's writer, say).
   *
   * @throws IllegalStateException if the template has no such region, or does not close it
   */
  public String region(String region) {
    StringBuilder out = null;
    for (String line : text.split("(?<=\n)")) {
      Matcher marker = MARKER.matcher(line.strip());
      if (marker.matches() && marker.group(2).equals(region)) {
        if (marker.group(1).equals("end") && out != null) {
          return out.toString();
        }
        out = marker.group(1).equals("begin") ? new StringBuilder() : out;
      } else if (out != null) {
        out.append(line);
      }
    }
    throw new IllegalStateException(name + ": no region " + region + (out == null ? "" : " closed"));
  }

  /**
   * The text with each region replaced by its text in {@code regions} (marker lines dropped) and
   * each placeholder by its value in {@code values}.
   *
   * @throws IllegalStateException if a region or placeholder is left over, unknown, unclosed or
   *     given twice
   */
  public String fill(Map<String, String> regions, Map<String, String> values) {
    StringBuilder out = new StringBuilder(text.length() + regions.values().stream().mapToInt(String::length).sum());
    Set<String> filled = new LinkedHashSet<>();
    Set<String> substituted = new LinkedHashSet<>();
    String open = null;
    int lineNumber = 0;
    for (int start = 0; start < text.length(); lineNumber++) {
      int end = text.indexOf('\n', start);
      end = end < 0 ? text.length() : end + 1;
      String line = text.substring(start, end);
      start = end;
      Matcher marker = MARKER.matcher(line.strip());
      boolean isMarker = marker.matches();
      if (open == null && isMarker && marker.group(1).equals("begin")) {
        open = marker.group(2);
        if (!regions.containsKey(open) || !filled.add(open)) {
          throw new IllegalStateException(name + ":" + (lineNumber + 1) + ": region " + open
              + (filled.contains(open) ? " appears twice" : " has no text given"));
        }
        out.append(regions.get(open));
      } else if (open != null && isMarker && marker.group(1).equals("end") && marker.group(2).equals(open)) {
        open = null;
      } else if (open == null && isMarker) {
        throw new IllegalStateException(name + ":" + (lineNumber + 1) + ": region " + marker.group(2)
            + " ends where it did not begin");
      } else if (open == null) {
        // Placeholders are read in the template's own lines only: a region's text or a value may
        // hold any text, "{{" included.
        substitute(line, lineNumber + 1, values, substituted, out);
      }
    }
    if (open != null) {
      throw new IllegalStateException(name + ": region " + open + " is not closed");
    }
    unused("region", regions.keySet(), filled);
    unused("placeholder", values.keySet(), substituted);
    return out.toString();
  }

  private void substitute(String line, int lineNumber, Map<String, String> values, Set<String> found,
      StringBuilder out) {
    Matcher placeholders = PLACEHOLDER.matcher(line);
    int last = 0;
    while (placeholders.find()) {
      String placeholder = placeholders.group(1);
      String value = values.get(placeholder);
      if (value == null) {
        throw new IllegalStateException(name + ":" + lineNumber + ": placeholder {{" + placeholder
            + "}} has no value given");
      }
      found.add(placeholder);
      out.append(line, last, placeholders.start()).append(value);
      last = placeholders.end();
    }
    out.append(line, last, line.length());
  }

  private void unused(String kind, Set<String> given, Set<String> used) {
    Set<String> unknown = new TreeSet<>(given);
    unknown.removeAll(used);
    if (!unknown.isEmpty()) {
      throw new IllegalStateException(name + ": no " + kind + " " + String.join(", ", unknown) + " in the template");
    }
  }
}
