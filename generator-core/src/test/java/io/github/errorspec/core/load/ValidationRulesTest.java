package io.github.errorspec.core.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Every rule of spec format v1, each with a broken spec and the exact messages it gives. */
@DisplayName("Validation rules")
class ValidationRulesTest {

  @Nested
  @DisplayName("keys")
  class Keys {

    @Test
    @DisplayName("a misspelt key names the nearest valid key")
    void misspeltKey() {
      assertEquals(List.of("error-spec.yaml:12:13: unknown key 'mesage'; did you mean 'message'?"),
          Specs.problems(Specs.withErrors("""
              - code: A
                mesage: a
              """)));
    }

    @Test
    @DisplayName("a key far from any valid one lists the valid keys")
    void unknownKey() {
      assertEquals(List.of("error-spec.yaml:13:13: unknown key 'colour'; expected one of: code, message, "
              + "description, status, field, retryable, deprecated, since, params"),
          Specs.problems(Specs.withErrors("""
              - code: A
                message: a
                colour: red
              """)));
    }

    @Test
    @DisplayName("unknown keys are found at the top level too, and a misspelt key is not also missing")
    void unknownKeysAtEveryLevel() {
      assertEquals(List.of(
              "error-spec.yaml:2:1: unknown key 'Package'; did you mean 'package'?",
              "error-spec.yaml:5:1: unknown key 'categores'; did you mean 'categories'?"),
          Specs.problems("""
              errorspec: 1
              Package: com.example
              statuses:
                400: Bad Request
              categores: []
              """));
    }

    @Test
    @DisplayName("a key given twice is reported where it is repeated")
    void duplicateYamlKey() {
      assertEquals(List.of("error-spec.yaml:13:13: duplicate key 'message'; first given at line 12"),
          Specs.problems(Specs.withErrors("""
              - code: A
                message: a
                message: b
              """)));
    }

    @Test
    @DisplayName("a missing required key is reported at its owner")
    void missingRequiredKeys() {
      assertEquals(List.of(
              "error-spec.yaml:11:13: missing required key 'code'",
              "error-spec.yaml:13:13: missing required key 'message'"),
          Specs.problems(Specs.withErrors("""
              - message: a
                description: no code
              - code: B
              """)));
    }
  }

  @Nested
  @DisplayName("version and file")
  class VersionAndFile {

    @Test
    @DisplayName("an unsupported version stops reading: later keys may mean something else")
    void unsupportedVersion() {
      assertEquals(List.of("error-spec.yaml:1:12: unsupported errorspec version '2'; this errorspec reads version 1"),
          Specs.problems("""
              errorspec: 2
              whatever: comes next
              """));
    }

    @Test
    @DisplayName("a missing version is reported, and the rest is checked as version 1")
    void missingVersion() {
      assertEquals(List.of(
              "error-spec.yaml:1:1: missing required key 'errorspec'; the first line of a spec is 'errorspec: 1'",
              "error-spec.yaml:1:1: missing required key 'categories'"),
          Specs.problems("""
              statuses:
                400: Bad Request
              """));
    }

    @Test
    @DisplayName("an empty file, or one with only comments, is reported")
    void emptyFile() {
      String expected = "error-spec.yaml:1:1: the file is empty; a spec starts with 'errorspec: 1'";
      assertEquals(List.of(expected), Specs.problems(""));
      assertEquals(List.of(expected), Specs.problems("# just a comment\n\n"));
    }

    @Test
    @DisplayName("a file that is not a mapping is reported")
    void notAMapping() {
      assertEquals(List.of("error-spec.yaml:1:1: a spec must be a mapping, found a list"),
          Specs.problems("- errorspec: 1\n"));
      assertEquals(List.of("error-spec.yaml:1:1: a spec must be a mapping, found text 'hello'"),
          Specs.problems("hello\n"));
    }
  }

  @Nested
  @DisplayName("codes")
  class Codes {

    @Test
    @DisplayName("a code must be upper-case letters, digits and underscores, starting with a letter")
    void codeSyntax() {
      String rule = " is not valid: a code is upper-case letters, digits and '_', starting with a letter ([A-Z][A-Z0-9_]*)";
      assertEquals(List.of(
              "error-spec.yaml:11:19: code 'missing_key'" + rule,
              "error-spec.yaml:13:19: code '4XX'" + rule,
              "error-spec.yaml:15:19: code 'BAD-CODE'" + rule,
              "error-spec.yaml:17:19: code '_HIDDEN'" + rule,
              "error-spec.yaml:19:19: code 'ÉCOLE'" + rule),
          Specs.problems(Specs.withErrors("""
              - code: missing_key
                message: a
              - code: 4XX
                message: b
              - code: BAD-CODE
                message: c
              - code: _HIDDEN
                message: d
              - code: ÉCOLE
                message: e
              """)));
    }

    @Test
    @DisplayName("a code may be used once; the second use names the first")
    void duplicateCode() {
      assertEquals(List.of("error-spec.yaml:15:19: duplicate code 'A'; first defined at line 11"),
          Specs.problems(Specs.withErrors("""
              - code: A
                message: a
              - code: B
                message: b
              - code: A
                message: again
              """)));
    }

    @Test
    @DisplayName("duplicates are found across groups and categories")
    void duplicateCodeAcrossCategories() {
      assertEquals(List.of("error-spec.yaml:17:19: duplicate code 'A'; first defined at line 11"),
          Specs.problems(Specs.withErrors("""
              - code: A
                message: a
              """) + """
                - title: More
                  groups:
                    - status: 429
                      errors:
                        - code: A
                          message: again
              """));
    }

    @Test
    @DisplayName("a retired code may not be used again, and says when it was retired")
    void retiredCodeReused() {
      assertEquals(List.of(
              "error-spec.yaml:11:19: code 'OLD' was retired in 1.2.0 (line 14) and may not be used again: "
                  + "use NEW"),
          Specs.problems(Specs.withErrors("""
              - code: OLD
                message: a
              """) + """
              retired:
                - code: OLD
                  since: 1.2.0
                  reason: use NEW
              """));
    }

    @Test
    @DisplayName("a code is retired once")
    void retiredTwice() {
      assertEquals(List.of(
              "error-spec.yaml:15:11: code 'OLD' is retired twice; first at line 14",
              "error-spec.yaml:16:11: code 'bad'"
                  + " is not valid: a code is upper-case letters, digits and '_', starting with a letter ([A-Z][A-Z0-9_]*)"),
          Specs.problems(Specs.withErrors("""
              - code: A
                message: a
              """) + """
              retired:
                - code: OLD
                - code: OLD
                - code: bad
              """));
    }
  }

  @Nested
  @DisplayName("statuses")
  class Statuses {

    @Test
    @DisplayName("a status used but missing from 'statuses' is reported once where it is written")
    void statusNotListed() {
      assertEquals(List.of(
              "error-spec.yaml:9:17: status 404 is not listed under 'statuses'",
              "error-spec.yaml:16:21: status 418 is not listed under 'statuses'"),
          Specs.problems("""
              errorspec: 1
              statuses:
                401: Unauthorized
              categories:
                - title: Errors
                  groups:
                    - status: 401
                      errors: [{code: A, message: a}]
                    - status: 404
                      errors:
                        - code: B
                          message: b
                        - code: C
                          message: c
                        - code: D
                          status: 418
                          message: d
              """));
    }

    @Test
    @DisplayName("a status must be a number from 100 to 599, in 'statuses' and in groups and errors")
    void statusRange() {
      assertEquals(List.of(
              "error-spec.yaml:3:3: status 600 is outside 100..599",
              "error-spec.yaml:4:3: status 99 is outside 100..599",
              "error-spec.yaml:5:3: status 'abc' is not an HTTP status: expected a number from 100 to 599",
              "error-spec.yaml:6:3: status '0401' is not an HTTP status: expected a number from 100 to 599",
              "error-spec.yaml:10:17: status 1000 is outside 100..599",
              "error-spec.yaml:14:21: status '4.0e2' is not an HTTP status: expected a number from 100 to 599"),
          Specs.problems("""
              errorspec: 1
              statuses:
                600: Too High
                99: Too Low
                abc: Letters
                0401: Octal
              categories:
                - title: Errors
                  groups:
                    - status: 1000
                      errors:
                        - code: A
                          message: a
                          status: 4.0e2
              """));
    }

    @Test
    @DisplayName("1xx, 2xx and 3xx statuses may be listed for the docs table, but no group or error may use one")
    void successStatusNotForErrors() {
      String rule = " is not an error status: groups and errors take a 4xx or 5xx status (1xx, 2xx and 3xx "
          + "statuses may be listed under 'statuses' for the docs table only)";
      assertEquals(List.of(
              "error-spec.yaml:10:17: status 200" + rule,
              "error-spec.yaml:17:21: status 304" + rule,
              "error-spec.yaml:20:21: status 101" + rule),
          Specs.problems("""
              errorspec: 1
              statuses:
                101: Switching Protocols
                200: OK
                304: Not Modified
                400: Bad Request
              categories:
                - title: Errors
                  groups:
                    - status: 200
                      errors:
                        - {code: A, message: a}
                        - {code: B, message: b}
                    - status: 400
                      errors:
                        - code: C
                          status: 304
                          message: c
                        - code: D
                          status: 101
                          message: d
                        - code: E
                          message: e
              """));
    }

    @Test
    @DisplayName("a status is listed once, however it is quoted, and with a reason")
    void statusListedTwiceOrWithoutReason() {
      assertEquals(List.of(
              "error-spec.yaml:4:3: duplicate key '400'; first given at line 3",
              "error-spec.yaml:5:7: the reason of status 401 must not be empty",
              "error-spec.yaml:7:3: duplicate key '429'; first given at line 6"),
          Specs.problems("""
              errorspec: 1
              statuses:
                400: Bad Request
                400: Again
                401:
                "429": Too Many
                429: Too Many Requests
              categories:
                - title: Errors
                  groups:
                    - status: 400
                      errors: [{code: A, message: a}]
              """));
    }
  }

  @Nested
  @DisplayName("values")
  class Values {

    @Test
    @DisplayName("required text must not be empty or blank")
    void emptyText() {
      assertEquals(List.of(
              "error-spec.yaml:7:12: 'title' must not be empty",
              "error-spec.yaml:12:21: 'message' must not be empty",
              "error-spec.yaml:14:22: 'message' must not be empty",
              "error-spec.yaml:17:20: 'field' must not be empty"),
          Specs.problems("""
              errorspec: 1
              package: com.example.errors
              statuses:
                401: Unauthorized
                429: Too Many Requests
              categories:
                - title: ""
                  groups:
                    - status: 401
                      errors:
                        - code: A
                          message:
                        - code: B
                          message: "   "
                        - code: C
                          message: c
                          field: ''
              """));
    }

    @Test
    @DisplayName("each value must have its type: text, list, mapping, true or false")
    void wrongTypes() {
      assertEquals(List.of(
              "error-spec.yaml:2:11: 'statuses' must be a mapping, found a list",
              "error-spec.yaml:4:5: a category must be a mapping, found text 'Authentication Errors'",
              "error-spec.yaml:5:12: 'title' must be text, found a mapping",
              "error-spec.yaml:6:13: 'groups' must be a list, found text 'none'",
              "error-spec.yaml:9:17: 'errors' must be a list, found a mapping",
              "error-spec.yaml:13:32: 'message' must be text, found a list",
              "error-spec.yaml:13:48: 'retryable' must be true or false, found 'yes'"),
          Specs.problems("""
              errorspec: 1
              statuses: [400]
              categories:
                - Authentication Errors
                - title: {text: T}
                  groups: none
                - title: T
                  groups:
                    - errors: {code: A}
                      status: 400
                    - status: 400
                      errors:
                        - {code: B, message: [b], retryable: yes}
              """));
    }

    @Test
    @DisplayName("'deprecated' is the reason, never a flag: YAML's booleans and nulls are rejected, quoted or not")
    void deprecatedIsNotAFlag() {
      String rule = "'deprecated' is the text saying why the code is deprecated or what to use instead, found ";
      assertEquals(List.of(
              "error-spec.yaml:11:47: " + rule + "'no'; remove the key to keep the code current",
              "error-spec.yaml:12:47: " + rule + "'Yes'; write the reason, such as 'deprecated: use OTHER_CODE'",
              "error-spec.yaml:13:47: " + rule + "'FALSE'; remove the key to keep the code current",
              "error-spec.yaml:14:47: " + rule + "'on'; write the reason, such as 'deprecated: use OTHER_CODE'",
              "error-spec.yaml:15:47: " + rule + "'off'; remove the key to keep the code current",
              "error-spec.yaml:16:47: " + rule + "'true'; write the reason, such as 'deprecated: use OTHER_CODE'",
              "error-spec.yaml:17:47: " + rule + "'y'; write the reason, such as 'deprecated: use OTHER_CODE'",
              "error-spec.yaml:18:47: " + rule + "'N'; remove the key to keep the code current",
              "error-spec.yaml:19:47: " + rule + "'~'; remove the key to keep the code current",
              "error-spec.yaml:20:47: " + rule + "'Null'; remove the key to keep the code current"),
          Specs.problems(Specs.withErrors("""
              - {code: A, message: a, deprecated: no}
              - {code: B, message: b, deprecated: Yes}
              - {code: C, message: c, deprecated: FALSE}
              - {code: D, message: d, deprecated: "on"}
              - {code: E, message: e, deprecated: 'off'}
              - {code: F, message: f, deprecated: true}
              - {code: G, message: g, deprecated: y}
              - {code: H, message: h, deprecated: N}
              - {code: I, message: i, deprecated: ~}
              - {code: J, message: j, deprecated: Null}
              - {code: K, message: k, deprecated: Not in use since v2; use A}
              - {code: L, message: l, deprecated: "yes, use A"}
              """)));
    }

    @Test
    @DisplayName("'retryable' is exactly true or false: YAML's other spellings of a boolean are rejected")
    void retryableIsTrueOrFalse() {
      assertEquals(List.of(
              "error-spec.yaml:13:46: 'retryable' must be true or false, found 'True'",
              "error-spec.yaml:14:46: 'retryable' must be true or false, found 'on'",
              "error-spec.yaml:15:46: 'retryable' must be true or false, found '1'"),
          Specs.problems(Specs.withErrors("""
              - {code: A, message: a, retryable: true}
              - {code: B, message: b, retryable: 'false'}
              - {code: C, message: c, retryable: True}
              - {code: D, message: d, retryable: on}
              - {code: E, message: e, retryable: 1}
              """)));
    }

    @Test
    @DisplayName("the package must be a Java package name")
    void packageName() {
      assertEquals(List.of("error-spec.yaml:2:10: package 'com.example.int' is not a valid Java package name: "
              + "'int' is a Java keyword"),
          Specs.problems(Specs.withErrors("- {code: A, message: a}\n").replace("com.example.errors", "com.example.int")));
      assertEquals(List.of("error-spec.yaml:2:10: package 'com.1example' is not a valid Java package name: "
              + "'1example' is not a Java identifier"),
          Specs.problems(Specs.withErrors("- {code: A, message: a}\n").replace("com.example.errors", "com.1example")));
    }

    @Test
    @DisplayName("lists of categories, groups and errors must not be empty")
    void emptyLists() {
      assertEquals(List.of(
              "error-spec.yaml:5:13: 'groups' must not be empty",
              "error-spec.yaml:7:36: 'errors' must not be empty"),
          Specs.problems("""
              errorspec: 1
              statuses: {400: Bad Request}
              categories:
                - title: A
                  groups: []
                - title: B
                  groups: [{status: 400, errors: []}]
              """));
    }
  }

  @Test
  @DisplayName("a spec with several problems reports them all, in document order")
  void reportsAllProblems() {
    assertEquals(List.of(
            "error-spec.yaml:2:10: package 'com.example.int' is not a valid Java package name: 'int' is a Java keyword",
            "error-spec.yaml:8:17: status 404 is not listed under 'statuses'",
            "error-spec.yaml:10:19: code 'lower'"
                + " is not valid: a code is upper-case letters, digits and '_', starting with a letter ([A-Z][A-Z0-9_]*)",
            "error-spec.yaml:11:13: unknown key 'mesage'; did you mean 'message'?",
            "error-spec.yaml:12:46: 'retryable' must be true or false, found 'maybe'",
            "error-spec.yaml:13:20: duplicate code 'A'; first defined at line 12"),
        Specs.problems("""
            errorspec: 1
            package: com.example.int
            statuses:
              401: Unauthorized
            categories:
              - title: Errors
                groups:
                  - status: 404
                    errors:
                      - code: lower
                        mesage: typo
                      - {code: A, message: a, retryable: maybe}
                      - {code: A, message: again}
            """));
  }
}
