package io.github.errorspec.core.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.errorspec.core.spec.ErrorDef;
import io.github.errorspec.core.spec.MessageTemplate;
import io.github.errorspec.core.spec.MessageTemplate.Placeholder;
import io.github.errorspec.core.spec.MessageTemplate.Text;
import io.github.errorspec.core.spec.Param;
import io.github.errorspec.core.spec.ParamType;
import io.github.errorspec.core.spec.SourceLocation;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The {@code params} of an error: how they are read, and each rule with the exact message it gives. */
@DisplayName("Params")
class ParamsRulesTest {

  private static ErrorDef onlyError(String errors) throws Exception {
    return Specs.load(Specs.withErrors(errors)).errors().findFirst().orElseThrow();
  }

  @Test
  @DisplayName("both forms are read, in declaration order, with descriptions and locations")
  void bothForms() throws Exception {
    ErrorDef error = onlyError("""
        - code: MODEL_NOT_FOUND
          message: "Model {model} not found"
          params:
            model: string
            available: {type: integer, description: Models the key may use}
            ratio: number
            strict:
              type: boolean
        """);
    assertEquals(List.of(
            new Param("model", ParamType.STRING, Optional.empty(), new SourceLocation(Specs.FILE, 14, 15)),
            new Param("available", ParamType.INTEGER, Optional.of("Models the key may use"),
                new SourceLocation(Specs.FILE, 15, 15)),
            new Param("ratio", ParamType.NUMBER, Optional.empty(), new SourceLocation(Specs.FILE, 16, 15)),
            new Param("strict", ParamType.BOOLEAN, Optional.empty(), new SourceLocation(Specs.FILE, 17, 15))),
        error.params());
    assertEquals(List.of(new Text("Model "), new Placeholder("model"), new Text(" not found")),
        error.template().parts());
  }

  @Test
  @DisplayName("doubled braces are literal in a message with params; a message without params keeps its braces")
  void braces() throws Exception {
    List<ErrorDef> errors = Specs.load(Specs.withErrors("""
        - code: A
          message: "{{x}} {a}}} {{"
          params: {a: integer}
        - code: B
          message: "Use {0} or ${x} or {{"
        """)).errors().toList();
    assertEquals(List.of(new Text("{x} "), new Placeholder("a"), new Text("} {")), errors.get(0).template().parts());
    assertEquals(List.of(new Text("Use {0} or ${x} or {{")), errors.get(1).template().parts());
    assertEquals(List.of(), errors.get(1).params());
  }

  @Test
  @DisplayName("a placeholder naming no param is reported at its brace, with the nearest param")
  void unknownPlaceholder() {
    assertEquals(List.of(
            "error-spec.yaml:12:29: placeholder '{modle}' names no param; did you mean '{model}'?",
            "error-spec.yaml:15:29: placeholder '{count}' names no param; the params are: a, b "
                + "(write '{{' and '}}' for literal braces)"),
        Specs.problems(Specs.withErrors("""
            - code: A
              message: "Model {modle} not found"
              params: {model: string}
            - code: B
              message: {{a}} {count}
              params: {a: string, b: string}
            """.replace("{{a}} {count}", "'{{a}} {count}'"))));
  }

  @Test
  @DisplayName("an unclosed brace and a lone closing brace are reported where they are")
  void unbalancedBraces() {
    assertEquals(List.of(
            "error-spec.yaml:12:28: 'message' has an unclosed '{'; write '{{' for a literal brace",
            "error-spec.yaml:15:33: 'message' has a '}' that closes no placeholder; write '}}' for a literal brace"),
        Specs.problems(Specs.withErrors("""
            - code: A
              message: Model {model not found
              params: {model: string}
            - code: B
              message: Model model} not found
              params: {model: string}
            """)));
  }

  @Test
  @DisplayName("columns count characters as editors do: one for a character outside the BMP")
  void columnsInCodePoints() {
    assertEquals(List.of("error-spec.yaml:12:25: placeholder '{x}' names no param; the params are: a "
            + "(write '{{' and '}}' for literal braces)"),
        Specs.problems(Specs.withErrors("""
            - code: A
              message: "\uD83D\uDE00 {x}"
              params: {a: string}
            """)));
  }

  @Test
  @DisplayName("a message with escapes is reported at its start")
  void escapedMessage() {
    assertEquals(List.of("error-spec.yaml:12:22: placeholder '{b}' names no param; the params are: a "
            + "(write '{{' and '}}' for literal braces)"),
        Specs.problems(Specs.withErrors("""
            - code: A
              message: "Tab\\t{b}"
              params: {a: string}
            """)));
  }

  @Test
  @DisplayName("a bad param name, an unknown type and a missing type are reported where they are written")
  void badNamesAndTypes() {
    assertEquals(List.of(
            "error-spec.yaml:14:15: param name 'Model' is not valid: a param name is lower-case letters, digits "
                + "and '_', starting with a letter (^[a-z][a-z0-9_]*$)",
            "error-spec.yaml:15:15: param name '2nd' is not valid: a param name is lower-case letters, digits "
                + "and '_', starting with a letter (^[a-z][a-z0-9_]*$)",
            "error-spec.yaml:16:21: unknown type 'strng' of param 'name'; did you mean 'string'?",
            "error-spec.yaml:17:22: unknown type 'int64' of param 'count'; did you mean 'integer'?",
            "error-spec.yaml:18:20: unknown type 'date' of param 'day'; a param is one of: string, integer, number, "
                + "boolean",
            "error-spec.yaml:19:21: missing required key 'type'",
            "error-spec.yaml:20:21: param 'empty' needs a type, one of: string, integer, number, boolean "
                + "(or a mapping with 'type' and 'description'), found nothing"),
        Specs.problems(Specs.withErrors("""
            - code: A
              message: a
              params:
                Model: string
                2nd: string
                name: strng
                count: int64
                day: date
                kind: {description: no type}
                empty:
            """)));
  }

  @Test
  @DisplayName("a param given twice, empty params and params on a retired code are errors")
  void duplicatesEmptyAndRetired() {
    assertEquals(List.of(
            "error-spec.yaml:4:5: a retired code has no params: it is never sent again; remove 'params' "
                + "(the keys of a retired code are: code, since, reason)",
            "error-spec.yaml:18:15: duplicate key 'a'; first given at line 17",
            "error-spec.yaml:21:21: 'params' must not be empty; remove the key for an error without params"),
        Specs.problems(Specs.withErrors("""
            - code: A
              message: "{a}"
              params:
                a: string
                a: integer
            - code: B
              message: b
              params: {}
            """).replace("errorspec: 1\n", "errorspec: 1\nretired:\n  - code: OLD\n    params: {a: string}\n")));
  }

  @Test
  @DisplayName("the parser reads placeholders and doubled braces, and places its problems")
  void parser() {
    assertEquals(List.of(new Text("{"), new Placeholder("a"), new Text("}")),
        MessageTemplate.parse("{{{a}}}").template().orElseThrow().parts());
    assertEquals(List.of(new Placeholder("a"), new Placeholder("b")),
        MessageTemplate.parse("{a}{b}").template().orElseThrow().parts());
    assertEquals(6, MessageTemplate.parse("{a} b {c").offset());
    assertEquals(0, MessageTemplate.parse("{a{b}").offset());
    assertEquals(3, MessageTemplate.parse("{a}}").offset());
    assertEquals(List.of(), MessageTemplate.parse("").template().orElseThrow().parts());
  }
}
