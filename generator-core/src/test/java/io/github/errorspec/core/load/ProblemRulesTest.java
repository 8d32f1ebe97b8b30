package io.github.errorspec.core.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.errorspec.core.generate.CatalogText;
import io.github.errorspec.core.spec.ErrorSpec;
import io.github.errorspec.core.spec.WireFormat;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The rules of 'format' and 'problem.type_base', each with a spec and the exact messages it gives. */
@DisplayName("Validation rules: format and problem")
class ProblemRulesTest {

  private static final String ERRORS = "- {code: MISSING_API_KEY, message: m}";

  /** A catalog whose lines 2 and on are {@code head}, before its statuses and errors. */
  private static String with(String head) {
    return "errorspec: 1\n" + head + "\n" + Specs.withErrors(ERRORS).substring("errorspec: 1\n".length());
  }

  /** {@code format: problem} on line 2 and {@code type_base: BASE} on line 4, its value at column 14. */
  private static String withTypeBase(String base) {
    return with("format: problem\nproblem:\n  type_base: " + base);
  }

  @Test
  @DisplayName("the envelope is the default; a problem's type is type_base + slug, else docs_url#slug")
  void typeOfEachCode() throws Exception {
    ErrorSpec seedLike = Specs.load(Specs.withErrors(ERRORS));
    assertEquals(WireFormat.ENVELOPE, seedLike.format());
    assertEquals(Optional.empty(), CatalogText.problemType(seedLike, "MISSING_API_KEY"));
    assertEquals(WireFormat.ENVELOPE, Specs.load(with("format: envelope")).format());

    ErrorSpec problem = Specs.load(withTypeBase("https://docs.example.com/errors/"));
    assertEquals(WireFormat.PROBLEM, problem.format());
    assertEquals(Optional.of("https://docs.example.com/errors/missing-api-key"),
        CatalogText.problemType(problem, "MISSING_API_KEY"));
    assertEquals(Optional.of("https://docs.example.com/errors.html#missing-api-key"), CatalogText.problemType(
        Specs.load(with("format: problem\ndocs_url: https://docs.example.com/errors.html")), "MISSING_API_KEY"));
    assertEquals(Optional.of("urn:example:errors#missing-api-key"),
        CatalogText.problemType(Specs.load(withTypeBase("'urn:example:errors#'")), "MISSING_API_KEY"));
  }

  @Test
  @DisplayName("title: the message without placeholders, else the description, else the reason phrase")
  void title() throws Exception {
    ErrorSpec spec = Specs.load(Specs.withErrors("""
        - {code: PLAIN, message: Plain message, description: d}
        - {code: DESCRIBED, message: 'Model {model} not found', description: ' No such model. ', params: {model: string}}
        - {code: BARE, message: 'Model {model} not found', params: {model: string}}"""));
    List<String> titles = spec.errors().map(error -> CatalogText.problemTitle(spec, error)).toList();
    assertEquals(List.of("Plain message", "No such model.", "Unauthorized"), titles);
  }

  @Test
  @DisplayName("an unknown format, a problem block without format: problem, or a bad type_base is an error at it")
  void broken() {
    assertEquals(List.of("error-spec.yaml:2:9: unknown format 'problems'; did you mean 'problem'?"),
        Specs.problems(with("format: problems")));
    assertEquals(List.of("error-spec.yaml:2:9: unknown format 'json'; expected one of: envelope, problem"),
        Specs.problems(with("format: json")));
    assertEquals(List.of("error-spec.yaml:2:9: unknown format 'problems'; did you mean 'problem'?"),
        Specs.problems(with("format: problems\nproblem:\n  type_base: https://docs.example.com/errors/")),
        "a misspelt format is one mistake: the problem block beside it is not reported again");
    assertEquals(List.of("error-spec.yaml:2:1: 'problem' only applies with 'format: problem'; add 'format: problem'"
            + " to send RFC 9457 Problem Details, or remove the 'problem' block"),
        Specs.problems(with("problem:\n  type_base: https://docs.example.com/errors/")));
    assertEquals(List.of("error-spec.yaml:4:3: unknown key 'type_bas'; did you mean 'type_base'?"),
        Specs.problems(with("format: problem\nproblem:\n  type_bas: https://docs.example.com/errors/")));
    assertEquals(List.of("error-spec.yaml:4:14: type_base 'errors/' must be an absolute URI, such as"
            + " 'https://docs.example.com/errors/'"),
        Specs.problems(withTypeBase("errors/")));
    assertEquals(List.of("error-spec.yaml:4:14: type_base 'https://docs.example.com/errors' must end with '/' or"
            + " '#': each error's type is type_base + its code's slug"),
        Specs.problems(withTypeBase("https://docs.example.com/errors")));
    assertEquals(List.of("error-spec.yaml:4:14: type_base 'https://docs.example.com/errors?v=2/' must not have a"
            + " query ('?...'): the slug after it would not name the code"),
        Specs.problems(withTypeBase("https://docs.example.com/errors?v=2/")));
    assertEquals(List.of("error-spec.yaml:4:14: type_base 'https://docs.example.com/errors#codes/' must not have a"
            + " fragment of its own ('#...'): only a base ending in '#' is one page's anchors"),
        Specs.problems(withTypeBase("'https://docs.example.com/errors#codes/'")));
    assertEquals(List.of("error-spec.yaml:4:14: type_base 'https://example.com/a b/' is not a valid URI:"
            + " Illegal character in path at character 22"),
        Specs.problems(withTypeBase("'https://example.com/a b/'")));
  }
}
