package io.github.errorspec.core.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.errorspec.core.spec.ErrorSpec;
import io.github.errorspec.core.spec.Fallback;
import io.github.errorspec.core.spec.SourceLocation;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The rules of 'fallbacks', each with a broken spec and the exact messages it gives. */
@DisplayName("Validation rules: fallbacks")
class FallbackRulesTest {

  /** A catalog with a 400, a 404 and a 500 code; {@code fallbacks} follows from line 20. */
  private static String withFallbacks(String fallbacks) {
    return """
        errorspec: 1
        statuses:
          400: Bad Request
          404: Not Found
          500: Internal Server Error
        categories:
          - title: Errors
            groups:
              - status: 400
                errors:
                  - {code: INVALID_REQUEST, message: The request was invalid}
                  - {code: INVALID_FIELD_VALUE, message: Field value is invalid}
              - status: 404
                errors:
                  - {code: ENDPOINT_NOT_FOUND, message: Endpoint not found}
              - status: 500
                errors:
                  - {code: INTERNAL_ERROR, message: Internal server error}
        fallbacks:
        """ + fallbacks.indent(2);
  }

  @Test
  @DisplayName("a status maps to a code of that status; validation to a 400 code, by default the 400 fallback")
  void validFallbacks() throws Exception {
    ErrorSpec spec = Specs.load(withFallbacks("""
        404: ENDPOINT_NOT_FOUND
        400: INVALID_REQUEST
        validation: INVALID_FIELD_VALUE
        """));
    assertEquals(List.of(
            new Fallback(404, "ENDPOINT_NOT_FOUND", new SourceLocation(Specs.FILE, 20, 3),
                new SourceLocation(Specs.FILE, 20, 8)),
            new Fallback(400, "INVALID_REQUEST", new SourceLocation(Specs.FILE, 21, 3),
                new SourceLocation(Specs.FILE, 21, 8))),
        spec.fallbacks().statuses());
    assertEquals(Optional.of("INVALID_FIELD_VALUE"), spec.fallbacks().validationCode());
    assertEquals(Optional.of(new SourceLocation(Specs.FILE, 19, 1)), spec.fallbacks().location());
    assertEquals(Optional.of("INVALID_REQUEST"), Specs.load(withFallbacks("400: INVALID_REQUEST\n"))
        .fallbacks().validationCode());
  }

  @Test
  @DisplayName("a spec without fallbacks has none")
  void noFallbacks() throws Exception {
    ErrorSpec spec = Specs.load(withFallbacks("").replace("fallbacks:\n", ""));
    assertEquals(List.of(), spec.fallbacks().statuses());
    assertEquals(Optional.empty(), spec.fallbacks().validationCode());
    assertEquals(Optional.empty(), spec.fallbacks().location());
  }

  @Test
  @DisplayName("a code the catalog does not have is reported at the code")
  void unknownCode() {
    assertEquals(List.of(
            "error-spec.yaml:20:8: fallback code 'ENDPONT_NOT_FOUND' is not a code of the catalog",
            "error-spec.yaml:21:15: fallback code 'NOPE' is not a code of the catalog"),
        Specs.problems(withFallbacks("""
            404: ENDPONT_NOT_FOUND
            validation: NOPE
            """)));
  }

  @Test
  @DisplayName("a code of another status is reported with both statuses")
  void codeOfAnotherStatus() {
    assertEquals(List.of("error-spec.yaml:20:8: the fallback of status 404 is 'INVALID_REQUEST', a code of "
            + "status 400; a fallback's code must have the status it answers"),
        Specs.problems(withFallbacks("404: INVALID_REQUEST\n")));
  }

  @Test
  @DisplayName("the validation code must be a 400 code")
  void validationNotA400Code() {
    assertEquals(List.of("error-spec.yaml:20:15: the validation fallback 'ENDPOINT_NOT_FOUND' is a code of "
            + "status 404; a failed validation answers 400, so its code must have status 400"),
        Specs.problems(withFallbacks("validation: ENDPOINT_NOT_FOUND\n")));
  }

  @Test
  @DisplayName("a status key must be a number listed under 'statuses'; any other key is 'validation' misspelt or wrong")
  void statusKeys() {
    assertEquals(List.of(
            "error-spec.yaml:20:3: status 405 is not listed under 'statuses'",
            "error-spec.yaml:21:3: fallback key 'not-found' is neither an HTTP status nor 'validation'",
            "error-spec.yaml:22:3: unknown fallback key 'validaton'; did you mean 'validation'?",
            "error-spec.yaml:23:3: status 600 is outside 100..599",
            "error-spec.yaml:24:3: fallback key '0404' is neither an HTTP status nor 'validation'"),
        Specs.problems(withFallbacks("""
            405: INVALID_REQUEST
            not-found: ENDPOINT_NOT_FOUND
            validaton: INVALID_FIELD_VALUE
            600: INTERNAL_ERROR
            0404: ENDPOINT_NOT_FOUND
            """)));
  }

  @Test
  @DisplayName("'fallbacks' is a mapping of codes")
  void shapes() {
    assertEquals(List.of("error-spec.yaml:20:3: 'fallbacks' must be a mapping, found a list"),
        Specs.problems(withFallbacks("- 400: INVALID_REQUEST\n")));
    assertEquals(List.of(
            "error-spec.yaml:20:7: the fallback of '400' must be a code, found nothing",
            "error-spec.yaml:21:8: the fallback of '404' must be a code, found a list",
            "error-spec.yaml:22:15: the validation fallback must be a code, found text ' '"),
        Specs.problems(withFallbacks("""
            400:
            404: [ENDPOINT_NOT_FOUND]
            validation: ' '
            """)));
  }
}
