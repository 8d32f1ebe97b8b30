package io.github.errorspec.core.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.errorspec.core.generate.CatalogText;
import io.github.errorspec.core.spec.ErrorSpec;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The rules of 'docs_url', each with a spec and the exact messages it gives. */
@DisplayName("Validation rules: docs_url")
class DocsUrlRulesTest {

  /** A catalog with {@code docs_url: URL} on line 2 (its value at column 11). */
  private static String withDocsUrl(String url) {
    return "errorspec: 1\ndocs_url: " + url + "\n" + Specs.withErrors("- {code: MISSING_API_KEY, message: m}")
        .substring("errorspec: 1\n".length());
  }

  @Test
  @DisplayName("an absolute http(s) URL gives every code the link docs_url#slug; none without it")
  void links() throws Exception {
    ErrorSpec spec = Specs.load(withDocsUrl("https://docs.example.com/api/errors.html?v=2"));
    assertEquals(Optional.of("https://docs.example.com/api/errors.html?v=2"), spec.docsUrl());
    assertEquals(Optional.of("https://docs.example.com/api/errors.html?v=2#missing-api-key"),
        CatalogText.docUrl(spec, "MISSING_API_KEY"));
    ErrorSpec without = Specs.load(Specs.withErrors("- {code: MISSING_API_KEY, message: m}"));
    assertEquals(Optional.empty(), CatalogText.docUrl(without, "MISSING_API_KEY"));
    assertEquals(Optional.of("http://localhost:8080/errors"),
        Specs.load(withDocsUrl("http://localhost:8080/errors")).docsUrl());
  }

  @Test
  @DisplayName("a relative URL, another scheme, a fragment or an invalid URL is an error at its value")
  void broken() {
    assertEquals(List.of("error-spec.yaml:2:11: docs_url 'errors.html' must be an absolute http or https URL,"
            + " such as 'https://docs.example.com/errors.html'"),
        Specs.problems(withDocsUrl("errors.html")));
    assertEquals(List.of("error-spec.yaml:2:11: docs_url 'ftp://example.com/errors' must be an absolute http or"
            + " https URL, such as 'https://docs.example.com/errors.html'"),
        Specs.problems(withDocsUrl("ftp://example.com/errors")));
    assertEquals(List.of("error-spec.yaml:2:11: docs_url 'https:errors' must be an absolute http or"
            + " https URL, such as 'https://docs.example.com/errors.html'"),
        Specs.problems(withDocsUrl("https:errors")));
    assertEquals(List.of("error-spec.yaml:2:11: docs_url 'https://example.com/errors#codes' must not have a"
            + " fragment ('#...'): each error's link is docs_url + '#' + its code's slug"),
        Specs.problems(withDocsUrl("'https://example.com/errors#codes'")));
    assertEquals(List.of("error-spec.yaml:2:11: docs_url 'https://example.com/a b' is not a valid URL:"
            + " Illegal character in path at character 22"),
        Specs.problems(withDocsUrl("'https://example.com/a b'")));
  }
}
