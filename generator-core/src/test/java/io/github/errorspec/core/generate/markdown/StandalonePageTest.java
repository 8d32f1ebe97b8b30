package io.github.errorspec.core.generate.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.errorspec.core.generate.CatalogText;
import io.github.errorspec.core.generate.GeneratedFile;
import io.github.errorspec.core.generate.GoldenCatalog;
import io.github.errorspec.core.generate.GoldenFiles;
import io.github.errorspec.core.spec.Category;
import io.github.errorspec.core.spec.ErrorDef;
import io.github.errorspec.core.spec.ErrorSpec;
import io.github.errorspec.core.spec.Group;
import io.github.errorspec.core.spec.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.Locale;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("The standalone reference page")
class StandalonePageTest {

  private static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create())).build();

  @ParameterizedTest(name = "{0} catalog")
  @ValueSource(strings = {"seed", "edge", "params", "problem"})
  @DisplayName("matches the golden page")
  void matchesGolden(String caseName) throws Exception {
    String page = new MarkdownDocs().standalonePage(spec(caseName));
    GoldenFiles.assertMatches(caseName, "markdown", List.of(new GeneratedFile("error-codes.md", page)));
  }

  @ParameterizedTest(name = "{0} catalog")
  @ValueSource(strings = {"seed", "edge", "params", "problem"})
  @DisplayName("renders with CommonMark and GFM tables to exactly the typed text, every row with its columns")
  void rendersAsTyped(String caseName) throws Exception {
    ErrorSpec spec = spec(caseName);
    Node document = PARSER.parse(new MarkdownDocs().standalonePage(spec));
    List<TableBlock> tables = new ArrayList<>();
    List<String> headings = new ArrayList<>();
    document.accept(new AbstractVisitor() {
      @Override
      public void visit(org.commonmark.node.CustomBlock block) {
        if (block instanceof TableBlock) {
          tables.add((TableBlock) block);
        }
      }

      @Override
      public void visit(Heading heading) {
        headings.add(heading.getLevel() + " " + text(heading));
      }
    });

    List<List<String>> statusRows = new ArrayList<>();
    for (Status status : spec.statuses()) {
      statusRows.add(List.of(String.valueOf(status.code()), typed(status.reason())));
    }
    assertEquals(statusRows, rows(tables.get(0)));

    List<String> expectedHeadings = new ArrayList<>(List.of(
        "1 " + spec.api().map(api -> typed(api) + " Error Codes").orElse("Error Codes"),
        "2 Error Response Format", "2 HTTP Status Codes"));
    int table = 1;
    for (Category category : spec.categories()) {
      expectedHeadings.add("2 " + typed(category.title()).replace('\n', ' '));
      for (Group group : category.groups()) {
        expectedHeadings.add("3 " + typed(CatalogText.heading(spec, group)).replace('\n', ' '));
        List<List<String>> expectedRows = new ArrayList<>();
        for (ErrorDef error : group.errors()) {
          List<String> cells = new ArrayList<>(List.of(error.code(), typed(error.message())));
          if (group.hasFields()) {
            cells.add(error.field().map(field -> field.replace('\n', ' ')).orElse(""));
          }
          if (spec.errors().anyMatch(any -> !any.params().isEmpty())) {
            cells.add(error.params().stream().map(param -> param.name() + " (" + param.type().specName() + ")")
                .collect(Collectors.joining(", ")));
          }
          String description = typed(error.description().orElse(""));
          cells.add(error.deprecated().map(reason -> ("Deprecated: " + typed(reason) + " " + description).strip())
              .orElse(description));
          expectedRows.add(cells);
        }
        assertEquals(expectedRows, rows(tables.get(table++)), "table of " + CatalogText.heading(spec, group));
      }
    }
    assertEquals(table, tables.size());
    assertEquals(expectedHeadings, headings);
  }

  private static ErrorSpec spec(String caseName) {
    return GoldenCatalog.of(caseName).spec();
  }

  /** Text as a reader sees it: line breaks normalized, tabs as spaces, outer white space trimmed. */
  private static String typed(String text) {
    return text.replace("\r\n", "\n").replace('\r', '\n').replace('\t', ' ').strip();
  }

  private static List<List<String>> rows(TableBlock table) {
    List<List<String>> rows = new ArrayList<>();
    table.accept(new AbstractVisitor() {
      @Override
      public void visit(org.commonmark.node.CustomNode node) {
        if (node instanceof TableRow && !(node.getParent() instanceof org.commonmark.ext.gfm.tables.TableHead)) {
          List<String> cells = new ArrayList<>();
          for (Node cell = node.getFirstChild(); cell != null; cell = cell.getNext()) {
            cells.add(text(cell));
          }
          rows.add(cells);
        } else {
          visitChildren(node);
        }
      }
    });
    return rows;
  }

  private static String text(Node node) {
    StringBuilder text = new StringBuilder();
    node.accept(new AbstractVisitor() {
      @Override
      public void visit(Text literal) {
        text.append(literal.getLiteral());
      }

      @Override
      public void visit(Code code) {
        text.append(code.getLiteral());
      }

      @Override
      public void visit(HtmlInline html) {
        text.append(html.getLiteral().toLowerCase(Locale.ROOT).equals("<br>") ? "\n" : html.getLiteral());
      }

      @Override
      public void visit(SoftLineBreak lineBreak) {
        text.append(' ');
      }
    });
    return text.toString();
  }
}
