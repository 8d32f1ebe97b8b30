package io.github.errorspec.core.generate.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.errorspec.core.generate.CatalogText;
import io.github.errorspec.core.generate.GeneratedFile;
import io.github.errorspec.core.generate.GoldenCatalog;
import io.github.errorspec.core.generate.GoldenFiles;
import io.github.errorspec.core.generate.markdown.MarkdownDocs;
import io.github.errorspec.core.spec.ErrorSpec;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("The HTML reference page")
class HtmlGeneratorTest {

  @ParameterizedTest(name = "{0} catalog")
  @ValueSource(strings = {"seed", "edge", "params", "problem"})
  @DisplayName("matches the golden page")
  void matchesGolden(String caseName) {
    String page = new HtmlGenerator().generate(GoldenCatalog.of(caseName).spec());
    GoldenFiles.assertMatches(caseName, "html", List.of(new GeneratedFile("errors.html", page)));
  }

  @ParameterizedTest(name = "{0} catalog")
  @ValueSource(strings = {"seed", "edge", "params", "problem"})
  @DisplayName("fetches nothing: no URL but the page's own anchors, no external script, style or image")
  void selfContained(String caseName) {
    String page = new HtmlGenerator().generate(GoldenCatalog.of(caseName).spec());
    assertFalse(page.contains("://"), "a URL in the page");
    assertFalse(Pattern.compile("\\ssrc=|<link|@import|url\\(").matcher(page).find(), "something fetched");
    Matcher links = Pattern.compile("href=\"([^\"]*)\"").matcher(page);
    while (links.find()) {
      assertTrue(links.group(1).startsWith("#"), links.group());
    }
  }

  @ParameterizedTest(name = "{0} catalog")
  @ValueSource(strings = {"seed", "edge", "params", "problem"})
  @DisplayName("gives each code and retired code one row whose id is its slug, linked from the row")
  void anchors(String caseName) {
    ErrorSpec spec = GoldenCatalog.of(caseName).spec();
    String page = new HtmlGenerator().generate(spec);
    spec.errors().forEach(error -> anchor(page, CatalogText.slug(error.code()), "code"));
    spec.retired().forEach(retired -> anchor(page, CatalogText.slug(retired.code()), "retired"));
  }

  private static void anchor(String page, String slug, String kind) {
    assertEquals(1, count(page, " id=\"" + slug + "\""), slug);
    assertTrue(page.contains("<tr class=\"" + kind + "\" id=\"" + slug + "\">"), slug);
    assertEquals(1, count(page, "href=\"#" + slug + "\""), slug);
  }

  @Test
  @DisplayName("shows the envelope exactly as the Markdown page does")
  void envelope() {
    ErrorSpec spec = GoldenCatalog.SEED.spec();
    String envelope = String.join("\n", CatalogText.envelopeExample());
    assertTrue(new MarkdownDocs().standalonePage(spec).contains("```json\n" + envelope + "\n```\n"));
    assertTrue(envelope.contains("\n    \"details\": {\n"), "the example keeps its indentation");
    assertTrue(new HtmlGenerator().generate(spec).contains("<pre><code>"
        + String.join("\n", CatalogText.envelopeExample().stream().map(HtmlText::verbatim).toList()) + "</code></pre>"));
  }

  @ParameterizedTest(name = "''{0}''")
  @CsvSource(delimiterString = " => ", quoteCharacter = '^', value = {
      "</script><b>&amp; => &lt;/script&gt;&lt;b&gt;&amp;amp;",
      "^say \"hi\" 'there'^ => say &quot;hi&quot; &#39;there&#39;",
      "^  two\r\nlines\t ^ => two&#10;lines",
      "zero\u200Bwidth\u202Eleft\u00A0nbsp => zero&#8203;width&#8238;left&#160;nbsp",
      "tag \uDB40\uDC41 emoji \uD83D\uDE00 => tag &#917569; emoji \uD83D\uDE00",
  })
  @DisplayName("escapes markup and shows hidden characters as references")
  void text(String text, String expected) {
    assertEquals(expected, HtmlText.text(text));
  }

  @Test
  @DisplayName("keeps a comment one comment whatever the spec file is called")
  void comment() {
    assertEquals("a -&#45;> b -&#45;-&#45; \\u200b", HtmlText.comment("a --> b ---- \u200B"));
  }

  private static int count(String text, String part) {
    return text.split(Pattern.quote(part), -1).length - 1;
  }
}
