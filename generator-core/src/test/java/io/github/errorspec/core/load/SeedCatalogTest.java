package io.github.errorspec.core.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.errorspec.core.spec.Category;
import io.github.errorspec.core.spec.ErrorDef;
import io.github.errorspec.core.spec.ErrorSpec;
import io.github.errorspec.core.spec.Group;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The repository's {@code error-spec.yaml} holds the seed reference page, field for field: the
 * tables are read from the seed's Markdown and compared with the loaded model.
 */
@DisplayName("error-spec.yaml holds the whole seed catalog")
class SeedCatalogTest {

  private static final Path ROOT_SPEC = Path.of("..", "error-spec.yaml");

  private static ErrorSpec spec;
  private static SeedPage seed;

  @BeforeAll
  static void load() throws Exception {
    spec = new SpecLoader().load(ROOT_SPEC);
    try (InputStream in = SeedCatalogTest.class.getResourceAsStream("/seed/error-codes.md")) {
      seed = SeedPage.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  @Test
  @DisplayName("every status of the status table, in its order, with its reason")
  void statuses() {
    List<List<String>> fromSpec = spec.statuses().stream()
        .map(status -> List.of("`" + status.code() + "`", status.reason()))
        .collect(Collectors.toList());
    assertEquals(seed.statusRows, fromSpec);
  }

  @Test
  @DisplayName("every category, heading, code, message, field and description, in the seed's order")
  void errorTables() {
    List<SeedPage.Table> fromSpec = new ArrayList<>();
    for (Category category : spec.categories()) {
      for (Group group : category.groups()) {
        String heading = group.heading()
            .orElseGet(() -> group.status() + " - " + spec.status(group.status()).orElseThrow().reason());
        List<List<String>> rows = group.errors().stream()
            .map(error -> row(error, group.hasFields()))
            .collect(Collectors.toList());
        fromSpec.add(new SeedPage.Table(category.title(), heading, rows));
      }
    }
    assertEquals(seed.errorTables, fromSpec);
  }

  @Test
  @DisplayName("the seed's 29 codes, no more")
  void codeCount() {
    assertEquals(29, spec.errors().count());
    assertEquals(29, seed.errorTables.stream().mapToInt(table -> table.rows().size()).sum());
  }

  @Test
  @DisplayName("statuses chosen where the seed is silent: field errors 400, 502/503 codes 503")
  void statusesChosenWhereSeedIsSilent() {
    assertEquals(List.of(400), statusesOf("Field-Specific Errors"));
    assertEquals(List.of(503), spec.errors()
        .filter(e -> e.code().equals("SERVICE_UNAVAILABLE") || e.code().equals("OVERLOADED"))
        .map(ErrorDef::status).distinct().collect(Collectors.toList()));
  }

  @Test
  @DisplayName("retryable follows the default: 429 and 5xx only")
  void retryable() {
    List<String> retryable = spec.errors().filter(ErrorDef::retryable).map(ErrorDef::code)
        .collect(Collectors.toList());
    assertEquals(List.of("RATE_LIMIT_EXCEEDED", "CONCURRENT_LIMIT_EXCEEDED", "INTERNAL_ERROR",
        "MODEL_UNAVAILABLE", "PROCESSING_ERROR", "SERVICE_UNAVAILABLE", "OVERLOADED"), retryable);
  }

  private List<Integer> statusesOf(String title) {
    return spec.categories().stream().filter(c -> c.title().equals(title))
        .flatMap(c -> c.groups().stream()).flatMap(g -> g.errors().stream())
        .map(ErrorDef::status).distinct().collect(Collectors.toList());
  }

  private static List<String> row(ErrorDef error, boolean withField) {
    List<String> cells = new ArrayList<>(List.of("`" + error.code() + "`", error.message()));
    if (withField) {
      cells.add(error.field().map(field -> "`" + field + "`").orElse(""));
    }
    cells.add(error.description().orElse(""));
    return cells;
  }

  /** The tables of the seed page, read with no help from errorspec's own code. */
  static final class SeedPage {

    record Table(String category, String heading, List<List<String>> rows) {}

    final List<List<String>> statusRows = new ArrayList<>();
    final List<Table> errorTables = new ArrayList<>();

    static SeedPage parse(String markdown) throws IOException {
      SeedPage page = new SeedPage();
      String category = null;
      String heading = null;
      List<String> lines = markdown.lines().collect(Collectors.toList());
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i);
        if (line.startsWith("## ")) {
          category = line.substring(3);
        } else if (line.startsWith("### ")) {
          heading = line.substring(4);
        } else if (line.startsWith("| Status |")) {
          i = readRows(lines, i + 2, page.statusRows);
        } else if (line.startsWith("| Code |")) {
          List<List<String>> rows = new ArrayList<>();
          i = readRows(lines, i + 2, rows);
          page.errorTables.add(new Table(category, heading, rows));
        }
      }
      return page;
    }

    private static int readRows(List<String> lines, int start, List<List<String>> rows) {
      int i = start;
      for (; i < lines.size() && lines.get(i).startsWith("|"); i++) {
        String line = lines.get(i);
        List<String> cells = new ArrayList<>();
        for (String cell : line.substring(1, line.length() - 1).split("\\|", -1)) {
          cells.add(cell.strip());
        }
        rows.add(cells);
      }
      return i;
    }
  }
}
