package io.github.errorspec.core.generate.markdown;

import io.github.errorspec.core.generate.CatalogText;
import io.github.errorspec.core.spec.Category;
import io.github.errorspec.core.spec.ErrorDef;
import io.github.errorspec.core.spec.ErrorSpec;
import io.github.errorspec.core.spec.Group;
import io.github.errorspec.core.spec.Status;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The generated regions of a reference page, in the seed page's table style: header cells padded
 * by one space, a separator of dashes as wide as each header cell plus two, backticked codes,
 * statuses and fields. Lines end with {@code \n}; the region writer adapts them to the page.
 */
final class MarkdownTables {

  static final String STATUSES = "statuses";
  static final String ERRORS = "errors";
  static final String CHANGES = "changes";

  /** Every region a page may hold; {@code changes} needs a baseline to compare with. */
  static final Set<String> NAMES = Collections.unmodifiableSet(new LinkedHashSet<>(List.of(STATUSES, ERRORS, CHANGES)));

  private MarkdownTables() {}

  /** The content of every region by name, in page order. */
  static Map<String, RegionLines> regions(ErrorSpec spec) {
    Map<String, RegionLines> regions = new LinkedHashMap<>();
    regions.put(STATUSES, statusTable(spec)::forEach);
    regions.put(ERRORS, lines -> errorSections(spec, lines));
    return regions;
  }

  static List<String> statusTable(ErrorSpec spec) {
    List<String> lines = new ArrayList<>(header(List.of("Status", "Description")));
    for (Status status : spec.statuses()) {
      lines.add(row(List.of(MarkdownText.code(String.valueOf(status.code())), MarkdownText.inline(status.reason()))));
    }
    return lines;
  }

  /** Each category as {@code ## title}, each group as {@code ### heading} and a table, blank lines between. */
  static void errorSections(ErrorSpec spec, Consumer<String> lines) {
    boolean withParams = spec.errors().anyMatch(error -> !error.params().isEmpty());
    boolean first = true;
    for (Category category : spec.categories()) {
      if (!first) {
        lines.accept("");
      }
      first = false;
      lines.accept("## " + MarkdownText.heading(category.title()));
      for (Group group : category.groups()) {
        lines.accept("");
        lines.accept("### " + MarkdownText.heading(CatalogText.heading(spec, group)));
        lines.accept("");
        errorTable(group, withParams, lines);
      }
    }
  }

  /**
   * A group's table: a Field column when a code of the group has a field, a Params column when a
   * code of the catalog has params (so that a catalog without any keeps the seed's tables).
   */
  private static void errorTable(Group group, boolean withParams, Consumer<String> lines) {
    boolean withField = group.hasFields();
    List<String> titles = new ArrayList<>(List.of("Code", "Message"));
    if (withField) {
      titles.add("Field");
    }
    if (withParams) {
      titles.add("Params");
    }
    titles.add("Description");
    header(titles).forEach(lines);
    for (ErrorDef error : group.errors()) {
      List<String> cells = new ArrayList<>();
      cells.add(MarkdownText.code(error.code()));
      cells.add(MarkdownText.inline(error.message()));
      if (withField) {
        cells.add(error.field().map(MarkdownText::code).orElse(""));
      }
      if (withParams) {
        cells.add(params(error));
      }
      cells.add(description(error));
      lines.accept(row(cells));
    }
  }

  /** Each param as {@code `name` (type)}, in declaration order. */
  private static String params(ErrorDef error) {
    return error.params().stream()
        .map(param -> MarkdownText.code(param.name()) + " (" + param.type().specName() + ")")
        .collect(Collectors.joining(", "));
  }

  /** The description, after a bold deprecation note for deprecated codes. */
  private static String description(ErrorDef error) {
    String description = MarkdownText.inline(error.description().orElse(""));
    return error.deprecated()
        .map(reason -> ("**Deprecated:** " + MarkdownText.inline(reason) + " " + description).strip())
        .orElse(description);
  }

  static List<String> header(List<String> titles) {
    List<String> dashes = new ArrayList<>();
    titles.forEach(title -> dashes.add("-".repeat(title.length() + 2)));
    return List.of(row(titles), "|" + String.join("|", dashes) + "|");
  }

  static String row(List<String> cells) {
    int length = 1;
    for (String cell : cells) {
      length += cell.length() + 3;
    }
    StringBuilder row = new StringBuilder(length).append('|');
    for (String cell : cells) {
      row.append(' ').append(cell).append(cell.isEmpty() ? "|" : " |");
    }
    return row.toString();
  }
}
