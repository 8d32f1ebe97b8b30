package io.github.errorspec.core.generate.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.errorspec.core.load.SpecLoader;
import io.github.errorspec.core.spec.ErrorSpec;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** docs/error-codes.md is the seed page with two generated regions, and stays so. */
@DisplayName("docs/error-codes.md")
class ReferencePageTest {

  private static final Path PAGE = Path.of("..", "docs", "error-codes.md");
  private static final Pattern MARKER_LINE = Pattern.compile("<!-- errorspec:(begin|end) (statuses|errors) -->\n");

  private static ErrorSpec spec;
  private static String page;

  @BeforeAll
  static void load() throws Exception {
    spec = new SpecLoader().load(Path.of("..", "error-spec.yaml"));
    page = Files.readString(PAGE, StandardCharsets.UTF_8);
  }

  @Test
  @DisplayName("regenerated from error-spec.yaml, without its four marker lines, is the seed byte for byte")
  void regeneratesTheSeed() throws Exception {
    String regenerated = new MarkdownDocs().regenerate(spec, "docs/error-codes.md", page);
    String withoutMarkers = MARKER_LINE.matcher(regenerated).replaceAll("");

    assertEquals(4, MARKER_LINE.matcher(regenerated).results().count());
    assertEquals(seed(), withoutMarkers);
  }

  @Test
  @DisplayName("is up to date with error-spec.yaml")
  void upToDate() throws Exception {
    assertEquals(page, new MarkdownDocs().regenerate(spec, "docs/error-codes.md", page));
    assertEquals(List.of(), new MarkdownDocs().check(spec, "docs/error-codes.md", page, "; run errorspec:docs"));
  }

  private static String seed() throws IOException {
    try (InputStream in = ReferencePageTest.class.getResourceAsStream("/seed/error-codes.md")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
