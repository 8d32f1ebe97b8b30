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
import io.github.errorspec.core.load.SpecLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
    // The example of the error format may show a problem type as text: a URL shown, never fetched.
    String page = new HtmlGenerator().generate(GoldenCatalog.of(caseName).spec())
        .replaceAll("(?s)<pre><code>.*?</code></pre>", "");
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

  @ParameterizedTest(name = "{0} catalog")
  @ValueSource(strings = {"seed", "problem"})
  @DisplayName("shows the catalog's error format, the envelope or a problem document, exactly as the Markdown page does")
  void envelope(String caseName) {
    ErrorSpec spec = GoldenCatalog.of(caseName).spec();
    String example = String.join("\n", CatalogText.formatExample(spec));
    String markdown = new MarkdownDocs().standalonePage(spec);
    assertTrue(markdown.contains("\n" + CatalogText.formatIntro(spec) + "\n\n```json\n" + example + "\n```\n"), markdown);
    assertTrue(example.contains(caseName.equals("seed") ? "\n    \"details\": {\n"
        : "\n  \"type\": \"https://docs.example.com/errors/error-code\",\n"), "the example keeps its indentation");
    assertTrue(new HtmlGenerator().generate(spec).contains("<p>" + HtmlText.text(CatalogText.formatIntro(spec))
        + "</p>\n<pre><code>" + String.join("\n", CatalogText.formatExample(spec).stream().map(HtmlText::verbatim).toList())
        + "</code></pre>"));
  }

  @Test
  @DisplayName("with a type_base of the page and '#', every problem type is the page's anchor of its code")
  void problemTypesResolve() throws Exception {
    String yaml = Files.readString(GoldenFiles.caseDirectory("problem").resolve("error-spec.yaml"));
    String pageUrl = "https://docs.example.com/errors.html";
    ErrorSpec spec = new SpecLoader().parse("error-spec.yaml",
        yaml.replace("type_base: https://docs.example.com/errors/", "type_base: " + pageUrl + "#")
            .getBytes(StandardCharsets.UTF_8));
    String page = new HtmlGenerator().generate(spec);
    assertTrue(spec.errors().count() > 0);
    spec.errors().forEach(error -> {
      String type = CatalogText.problemType(spec, error.code()).orElseThrow();
      assertTrue(type.startsWith(pageUrl + "#"), type);
      String fragment = type.substring(pageUrl.length() + 1);
      assertEquals(1, count(page, " id=\"" + fragment + "\""), type);
      assertTrue(page.contains("<tr class=\"code\" id=\"" + fragment + "\">"), type);
    });
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
