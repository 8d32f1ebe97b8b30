package io.github.errorspec.core.generate.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.errorspec.core.generate.CatalogText;
import io.github.errorspec.core.generate.GoldenCatalog;
import io.github.errorspec.core.spec.ErrorDef;
import io.github.errorspec.core.spec.ErrorSpec;
import io.github.errorspec.core.testing.ExternalTools;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The page in a real browser, Debian's {@code chromium} headless, driven over the DevTools protocol
 * by {@code src/test/resources/browser/drive-page.mjs}: a reader types into the search box and
 * follows a link to a code, on a phone-sized screen. The set-up installs chromium where it is
 * missing and it can ({@code apt-get}, as root: CI machines); elsewhere the test is skipped, saying why.
 */
@DisplayName("The HTML page in headless Chromium")
class HtmlPageInBrowserTest {

  private static final int PHONE_WIDTH = 375;

  /** The screen's height, fixed by the driver script. */
  private static final int VIEWPORT_HEIGHT = 800;

  private static Path chromium;

  @TempDir
  Path temp;

  @BeforeAll
  static void chromium() {
    chromium = Path.of("/usr/bin/chromium");
    if (!Files.isExecutable(chromium) && "root".equals(System.getProperty("user.name"))) {
      ExternalTools.Result install = ExternalTools.run(Path.of("."), 600, "apt-get", "install", "-y", "chromium");
      if (install.exitCode() != 0) {
        ExternalTools.run(Path.of("."), 600, "apt-get", "update");
        ExternalTools.run(Path.of("."), 600, "apt-get", "install", "-y", "chromium");
      }
    }
    Assumptions.assumeTrue(Files.isExecutable(chromium), "skipped: the test needs Debian's chromium at " + chromium
        + ", and `apt-get install -y chromium` could not install it here (it needs root and Debian's packages)");
  }

  @Test
  @DisplayName("seed, edge and params pages: search filters as you type, #slug opens at its row, fits a phone, fetches nothing")
  void readerUsesThePage() throws Exception {
    record Case(GoldenCatalog catalog, String query, String anchor) {}
    List<Case> cases = List.of(new Case(GoldenCatalog.SEED, "model", "model-not-found"),
        new Case(GoldenCatalog.EDGE, "teapot", "e012"), new Case(GoldenCatalog.PARAMS, "quota", "model-not-found"));
    List<Map<String, Object>> plan = new ArrayList<>();
    for (Case test : cases) {
      Path page = temp.resolve(test.catalog().caseName() + ".html");
      Files.writeString(page, new HtmlGenerator().generate(test.catalog().spec()), StandardCharsets.UTF_8);
      plan.add(Map.of("url", page.toUri().toString(), "query", test.query(), "anchor", test.anchor(),
          "width", PHONE_WIDTH));
    }
    ObjectMapper json = new ObjectMapper();
    Path script = Path.of("src/test/resources/browser/drive-page.mjs").toAbsolutePath();
    // The profile is kept out of the JUnit temp dir: a helper process of chromium may still write
    // to it for a moment after the browser exits, and a failed delete there fails the test.
    Path profile = Files.createTempDirectory("errorspec-chromium-profile");
    String output;
    try {
      output = ExternalTools.runOk(temp, 60, List.of("node", "--experimental-websocket", "--no-warnings",
          script.toString(), chromium.toString(), profile.toString(), json.writeValueAsString(plan)));
    } finally {
      deleteQuietly(profile);
    }
    String line = output.lines().filter(text -> text.startsWith("RESULT ")).findFirst()
        .orElseThrow(() -> new AssertionError("no result from the browser:\n" + output));
    JsonNode seen = json.readTree(line.substring("RESULT ".length()));

    assertEquals("[]", seen.get("fetched").toString(), "the pages fetched something");
    for (int i = 0; i < cases.size(); i++) {
      Case test = cases.get(i);
      ErrorSpec spec = test.catalog().spec();
      JsonNode result = seen.get("results").get(i);
      String name = test.catalog().caseName() + ": ";
      List<ErrorDef> errors = spec.errors().collect(Collectors.toList());

      assertEquals("CSS1Compat", result.get("layout").get("compatMode").asText(), name + "quirks mode");
      assertTrue(result.get("layout").get("scrollWidth").asInt() <= PHONE_WIDTH, name + "wider than a phone: "
          + result.get("layout"));
      assertEquals(errors.size() + " codes", result.get("layout").get("count").asText());
      assertEquals(String.join("\n", CatalogText.envelopeExample()), result.get("layout").get("envelope").asText());
      JsonNode before = result.get("before");
      assertEquals(errors.size(), before.size());
      for (int row = 0; row < errors.size(); row++) {
        ErrorDef error = errors.get(row);
        JsonNode shown = before.get(row);
        assertEquals(CatalogText.slug(error.code()), shown.get("id").asText());
        assertEquals(error.code(), shown.get("code").asText());
        assertEquals(typed(error.message()), shown.get("message").asText(), name + error.code());
        assertEquals(typed(error.description().orElse("")), shown.get("description").asText(), name + error.code());
        assertTrue(shown.get("visible").asBoolean(), name + error.code() + " hidden before any search");
      }

      assertEquals(test.query(), result.get("typed").asText());
      List<String> matching = errors.stream().filter(error -> matches(error, test.query())).map(ErrorDef::code)
          .collect(Collectors.toList());
      List<String> visible = new ArrayList<>();
      result.get("after").forEach(row -> {
        if (row.get("visible").asBoolean()) {
          visible.add(row.get("code").asText());
        }
      });
      assertEquals(matching, visible, name + "codes shown after typing " + test.query());
      assertTrue(!matching.isEmpty() && matching.size() < errors.size(), name + "the query must filter");
      assertEquals(matching.size() + " of " + errors.size() + " codes", result.get("afterCount").asText());

      JsonNode target = result.get("target");
      assertEquals(test.anchor(), target.get("id").asText(), name + "the target of #" + test.anchor());
      assertEquals("TR", target.get("tag").asText());
      assertTrue(target.get("visible").asBoolean() && target.get("top").asInt() >= 0
          && target.get("top").asInt() < VIEWPORT_HEIGHT, name + "not in view: " + target);
    }
  }

  /** Whether the reader's query finds {@code error}: its code, message or description, any case. */
  private static boolean matches(ErrorDef error, String query) {
    return List.of(error.code(), error.message(), error.description().orElse("")).stream()
        .anyMatch(text -> text.toLowerCase(Locale.ROOT).contains(query));
  }

  /** Text as the page shows it: line breaks as {@code \n}, outer white space trimmed. */
  private static String typed(String text) {
    return text.replace("\r\n", "\n").replace('\r', '\n').strip();
  }

  /** Deletes {@code directory} as far as it can: what chromium still holds is left for the system. */
  private static void deleteQuietly(Path directory) {
    try (var paths = Files.walk(directory)) {
      paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (java.io.IOException | java.io.UncheckedIOException e) {
      // Best effort: a leftover profile in the system's temp directory harms nothing.
    }
  }
}
