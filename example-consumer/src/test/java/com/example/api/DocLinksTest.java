package com.example.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.api.errors.ApiException;
import com.example.api.errors.ErrorCode;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Every error's {@code doc_url} leads to its own row of the committed reference page: the catalog's
 * {@code docs_url} is where {@code errors.html} is published, so the link's path is that file and its
 * fragment the id of a code's row.
 */
@DisplayName("Every error's doc_url leads to its row of errors.html")
class DocLinksTest {

  /** Where the catalog says the page is published; it is {@code errors.html} of this module. */
  private static final URI PUBLISHED = URI.create("https://docs.example.com/errors.html");
  private static final Pattern ROW_ID = Pattern.compile("<tr class=\"code\" id=\"([^\"]+)\">");

  @Test
  @DisplayName("the link each code is sent with, read back by a client, names a code row of the committed page")
  void everyCodeLinksToItsRow() throws IOException {
    Path page = Path.of(System.getProperty("errorspec.htmlFile", "errors.html"));
    Set<String> rows = rowIds(Files.readString(page, StandardCharsets.UTF_8));
    assertEquals(ErrorCode.values().length, rows.size(), "one row per code");
    for (ErrorCode code : ErrorCode.values()) {
      String sent = code.exception().toErrorResponse("req_1").toJson();
      String link = ApiException.fromResponse(code.httpStatus(), sent).docUrl().orElseThrow();
      URI uri = URI.create(link);
      assertEquals(PUBLISHED, URI.create(uri.getScheme() + "://" + uri.getRawAuthority() + uri.getRawPath()),
          code + ": " + link);
      assertTrue(rows.contains(uri.getFragment()), code + ": no row with id '" + uri.getFragment() + "' in " + page);
      assertTrue(sent.contains("\"doc_url\":\"" + link + "\""), sent);
    }
  }

  private static Set<String> rowIds(String html) {
    Matcher ids = ROW_ID.matcher(html);
    return ids.results().map(match -> match.group(1)).collect(Collectors.toSet());
  }
}
