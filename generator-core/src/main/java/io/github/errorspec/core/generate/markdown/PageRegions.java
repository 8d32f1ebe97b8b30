package io.github.errorspec.core.generate.markdown;

import io.github.errorspec.core.spec.Diagnostic;
import io.github.errorspec.core.spec.InputException;
import io.github.errorspec.core.spec.SourceLocation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Markdown page split at its generated regions, each between
 * {@code <!-- errorspec:begin NAME -->} and {@code <!-- errorspec:end NAME -->} on lines of their
 * own. Every byte outside the regions, line endings and a missing final newline included, is kept
 * as it was.
 */
final class PageRegions {

  private static final Pattern MARKER = Pattern.compile("<!--\\s*errorspec:(begin|end)\\s+(\\S+)\\s*-->");

  /** A region's place: the lines between its markers, as indexes into the page's lines. */
  record Region(String name, int beginLine, int endLine) {}

  private final String fileName;
  private final List<String> lines;
  private final Map<String, Region> regions;

  private PageRegions(String fileName, List<String> lines, Map<String, Region> regions) {
    this.fileName = fileName;
    this.lines = lines;
    this.regions = regions;
  }

  /** Splits {@code page}, reporting every malformed, unknown, repeated, nested or unclosed marker. */
  static PageRegions parse(String fileName, String page, Set<String> knownNames) throws InputException {
    List<String> lines = splitKeepingEndings(page);
    Map<String, Region> regions = new LinkedHashMap<>();
    List<Diagnostic> problems = new ArrayList<>();
    String openName = null;
    int openLine = -1;
    // Ends of rejected begins, swallowed so that one mistake gives one message.
    List<String> ignoredEnds = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String text = withoutEnding(lines.get(i)).strip();
      if (!text.startsWith("<!--") || !text.contains("errorspec:")) {
        continue;
      }
      SourceLocation at = SourceLocation.ofLine(fileName, i + 1);
      Matcher marker = MARKER.matcher(text);
      if (!marker.matches()) {
        problems.add(new Diagnostic(at, "malformed errorspec marker " + quote(text)
            + "; expected '<!-- errorspec:begin NAME -->' or '<!-- errorspec:end NAME -->'"));
        continue;
      }
      String name = marker.group(2);
      boolean begin = marker.group(1).equals("begin");
      if (begin && (!knownNames.contains(name) || openName != null || regions.containsKey(name))) {
        ignoredEnds.add(name);
      }
      if (begin) {
        if (!knownNames.contains(name)) {
          problems.add(new Diagnostic(at, "unknown region '" + name + "'; expected one of: "
              + String.join(", ", knownNames)));
        } else if (openName != null) {
          problems.add(new Diagnostic(at, "region '" + name + "' begins inside region '" + openName
              + "' (begun at line " + (openLine + 1) + "); regions cannot nest"));
        } else if (regions.containsKey(name)) {
          problems.add(new Diagnostic(at, "region '" + name + "' appears twice; first at line "
              + (regions.get(name).beginLine() + 1)));
        } else {
          openName = name;
          openLine = i;
        }
      } else if (!name.equals(openName) && ignoredEnds.remove(name)) {
        continue;
      } else if (openName == null) {
        problems.add(new Diagnostic(at, "end of region '" + name + "' without a begin"));
      } else if (!openName.equals(name)) {
        problems.add(new Diagnostic(at, "region '" + openName + "' (begun at line " + (openLine + 1)
            + ") ends with '" + name + "'"));
        openName = null;
      } else {
        regions.put(name, new Region(name, openLine, i));
        openName = null;
      }
    }
    if (openName != null) {
      problems.add(new Diagnostic(SourceLocation.ofLine(fileName, openLine + 1),
          "region '" + openName + "' has no end marker '<!-- errorspec:end " + openName + " -->'"));
    }
    if (problems.isEmpty() && regions.isEmpty()) {
      problems.add(new Diagnostic(SourceLocation.ofFile(fileName), "no errorspec regions; mark where tables go with "
          + "'<!-- errorspec:begin NAME -->' and '<!-- errorspec:end NAME -->', NAME one of: "
          + String.join(", ", knownNames)));
    }
    if (!problems.isEmpty()) {
      throw new InputException(problems);
    }
    return new PageRegions(fileName, lines, regions);
  }

  String fileName() {
    return fileName;
  }

  /** The 1-based line of a region's begin marker, if the page has the region. */
  Optional<Integer> beginLine(String name) {
    return Optional.ofNullable(regions.get(name)).map(region -> region.beginLine() + 1);
  }

  /** Whether {@code page} marks a region {@code name}, judged line by line without parsing the page. */
  static boolean marks(String page, String name) {
    return page.lines().map(String::strip).map(MARKER::matcher)
        .anyMatch(marker -> marker.matches() && marker.group(1).equals("begin") && marker.group(2).equals(name));
  }

  /** The page with each region's lines replaced by {@code contents}, in the begin marker's line ending. */
  String render(Map<String, RegionLines> contents) {
    StringBuilder page = new StringBuilder();
    int next = 0;
    for (Region region : regions.values()) {
      for (; next <= region.beginLine(); next++) {
        page.append(lines.get(next));
      }
      String ending = endingOf(lines.get(region.beginLine()));
      contents.get(region.name()).writeTo(line -> page.append(line).append(ending));
      next = region.endLine();
    }
    for (; next < lines.size(); next++) {
      page.append(lines.get(next));
    }
    return page.toString();
  }

  /**
   * For each region whose text differs from {@code contents}, the first differing line: where it
   * is in the page, what was expected and what was found.
   */
  List<Diagnostic> staleRegions(Map<String, RegionLines> contents, String remedy) {
    List<Diagnostic> stale = new ArrayList<>();
    for (Region region : regions.values()) {
      Comparison comparison = new Comparison(region);
      contents.get(region.name()).writeTo(comparison);
      comparison.firstDifference(remedy).ifPresent(stale::add);
    }
    return stale;
  }

  /** A region's expected lines, given one at a time, compared with the page's lines in it. */
  private final class Comparison implements Consumer<String> {
    private final Region region;
    private final String ending;
    private final int found;
    private int next;
    /** The page line (0-based) of the first difference, or -1 while there is none. */
    private int differingLine = -1;
    private String want;
    private String got;

    Comparison(Region region) {
      this.region = region;
      this.ending = endingOf(lines.get(region.beginLine()));
      this.found = region.endLine() - region.beginLine() - 1;
    }

    @Override
    public void accept(String expected) {
      int i = next++;
      if (differingLine < 0) {
        String line = i < found ? lines.get(region.beginLine() + 1 + i) : null;
        if (line == null || !isLine(line, expected)) {
          differ(i, expected, line);
        }
      }
    }

    /** Whether {@code line} is {@code expected} with the region's ending, compared without a copy. */
    private boolean isLine(String line, String expected) {
      return line.length() == expected.length() + ending.length() && line.startsWith(expected)
          && line.endsWith(ending);
    }

    private void differ(int index, String expected, String line) {
      differingLine = region.beginLine() + 1 + index;
      want = expected;
      got = line;
    }

    Optional<Diagnostic> firstDifference(String remedy) {
      if (differingLine < 0 && next < found) {
        differ(next, null, lines.get(region.beginLine() + 1 + next));
      }
      return differingLine < 0 ? Optional.empty() : Optional.of(new Diagnostic(
          SourceLocation.ofLine(fileName, differingLine + 1), difference(region.name(), want, got, ending) + remedy));
    }
  }

  private static String difference(String region, String want, String got, String ending) {
    if (want == null) {
      return "region '" + region + "' has more lines than expected: found " + quote(withoutEnding(got));
    }
    if (got == null) {
      return "region '" + region + "' ends early: expected " + quote(want);
    }
    if (withoutEnding(got).equals(want)) {
      return "region '" + region + "' has a line ending other than the page's";
    }
    return "expected " + quote(want) + ", found " + quote(withoutEnding(got));
  }

  /** The line in backticks; an empty line in words, as two backticks read as nothing at all. */
  private static String quote(String line) {
    return line.isEmpty() ? "an empty line" : "`" + line + "`";
  }

  /** The lines of {@code page}, each with its own line ending ("\n", "\r\n", "\r", or none at the end). */
  static List<String> splitKeepingEndings(String page) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < page.length(); i++) {
      char c = page.charAt(i);
      if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < page.length() && page.charAt(i + 1) == '\n') {
          i++;
        }
        lines.add(page.substring(start, i + 1));
        start = i + 1;
      }
    }
    if (start < page.length()) {
      lines.add(page.substring(start));
    }
    return lines;
  }

  /** The line ending of a line: "\r\n", "\n", "\r", or empty for a last line without one. */
  private static String endingOf(String line) {
    return line.substring(withoutEnding(line).length());
  }

  private static String withoutEnding(String line) {
    if (line.endsWith("\r\n")) {
      return line.substring(0, line.length() - 2);
    }
    if (line.endsWith("\n") || line.endsWith("\r")) {
      return line.substring(0, line.length() - 1);
    }
    return line;
  }
}
