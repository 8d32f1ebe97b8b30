package io.github.errorspec.core.schema;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.github.errorspec.core.load.SpecLoader;
import io.github.errorspec.core.spec.InputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The JSON Schema shipped for editors agrees with the loader on the repository's spec and on broken ones. */
@DisplayName("error-spec.schema.json")
class SpecSchemaTest {

  static final String SCHEMA_RESOURCE = "/io/github/errorspec/core/error-spec.schema.json";
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private static JsonSchema schema;

  @BeforeAll
  static void loadSchema() throws IOException {
    try (InputStream in = SpecSchemaTest.class.getResourceAsStream(SCHEMA_RESOURCE)) {
      schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
    }
  }

  @Test
  @DisplayName("accepts the repository's error-spec.yaml and the example's second catalog")
  void acceptsRootSpec() throws IOException {
    assertEquals(Set.of(), validate(Files.readString(Path.of("..", "error-spec.yaml"))));
    assertEquals(Set.of(), validate(Files.readString(Path.of("..", "example-consumer", "params-spec.yaml"))));
  }

  @ParameterizedTest(name = "{0} names the schema beside it, and that copy is the core's schema")
  @ValueSource(strings = {"error-spec.yaml", "example-spring/error-spec.yaml"})
  @DisplayName("a repository catalog points editors at its own copy of the schema, as init writes it")
  void catalogNamesItsOwnCurrentSchema(String catalog) throws IOException {
    Path spec = Path.of("..", catalog);
    assertEquals("# yaml-language-server: $schema=./error-spec.schema.json", Files.readAllLines(spec).get(0),
        catalog + ": a copied catalog keeps a working link only to a schema beside it");
    try (InputStream in = SpecSchemaTest.class.getResourceAsStream(SCHEMA_RESOURCE)) {
      assertEquals(new String(in.readAllBytes(), UTF_8), Files.readString(spec.resolveSibling("error-spec.schema.json")),
          catalog + ": the schema beside it is not the core's; run errorspec:init beside it");
    }
  }

  @ParameterizedTest(name = "rejects: {0}")
  @ValueSource(strings = {
      "errorspec: 2\nstatuses: {400: Bad}\ncategories: [{title: T, groups: [{status: 400, errors: [{code: A, message: a}]}]}]",
      "errorspec: 1\ncategories: [{title: T, groups: [{status: 400, errors: [{code: A, message: a}]}]}]",
      "errorspec: 1\nstatuses: {400: Bad}\ncategories: [{title: T, groups: [{status: 400, errors: [{code: a, message: a}]}]}]",
      "errorspec: 1\nstatuses: {400: Bad}\ncategories: [{title: T, groups: [{status: 400, errors: [{code: A, mesage: a}]}]}]",
      "errorspec: 1\nstatuses: {400: Bad}\ncategories: [{title: T, groups: [{status: 600, errors: [{code: A, message: a}]}]}]",
      "errorspec: 1\nstatuses: {600: Bad}\ncategories: [{title: T, groups: [{status: 400, errors: [{code: A, message: a}]}]}]",
      "errorspec: 1\nstatuses: {200: OK, 400: Bad}\ncategories: [{title: T, groups: [{status: 200, errors: [{code: A, message: a}]}]}]",
      "errorspec: 1\nstatuses: {302: Found, 400: Bad}\ncategories: [{title: T, groups: [{status: 400, errors: [{code: A, message: a, status: '302'}]}]}]",
      "errorspec: 1\nstatuses: {400: Bad}\ncategories: [{title: T, groups: [{status: 400, errors: []}]}]",
      "errorspec: 1\nstatuses: {400: Bad}\ncategories: [{title: T, groups: [{status: 400, errors: [{code: A, message: ''}]}]}]",
      "errorspec: 1\nstatuses: {400: Bad}\ncategories: [{title: T, groups: [{status: 400, errors: [{code: A, message: a, retryable: maybe}]}]}]",
      "errorspec: 1\nstatuses: {400: Bad}\ncategories: [{title: T, groups: [{status: 400, errors: [{code: A, message: a}]}]}]\nretired: [{since: '1.0'}]",
      "errorspec: 1\nstatuses: {400: Bad}\ncategories: [{title: T, groups: [{status: 400, errors: [{code: A, message: a, deprecated: no}]}]}]",
      "errorspec: 1\nstatuses: {400: Bad}\ncategories: [{title: T, groups: [{status: 400, errors: [{code: A, message: a, deprecated: true}]}]}]",
      "errorspec: 1\nstatuses: {400: Bad}\ncategories: [{title: T, groups: [{status: 400, errors: [{code: A, message: a, deprecated: 'Off'}]}]}]",
      "errorspec: 1\nstatuses: {400: Bad}\ncategories: [{title: T, groups: [{status: 400, errors: [{code: A, message: a, deprecated: Y}]}]}]",
      "errorspec: 1\nstatuses: {400: Bad}\ncategories: [{title: T, groups: [{status: 400, errors: [{code: A, message: a, deprecated: ~}]}]}]",
      "errorspec: 1\nstatuses: {400: Bad}\ncategories: [{title: T, groups: [{status: 400, errors: [{code: A, message: a, retryable: 'yes'}]}]}]",
  })
  void rejectsBrokenSpecs(String yaml) throws IOException {
    assertThrows(InputException.class, () -> new SpecLoader().parse("error-spec.yaml", yaml.getBytes(UTF_8)),
        "the loader accepted the broken spec");
    assertFalse(validate(yaml).isEmpty(), "the schema accepted a spec the loader rejects");
  }

  @Test
  @DisplayName("accepts every optional key of format v1")
  void acceptsOptionalKeys() throws Exception {
    String yaml = """
        errorspec: 1
        api: Example
        package: com.example.errors
        docs_url: https://docs.example.com/errors.html
        statuses: {200: OK, 400: Bad Request, 503: Service Unavailable}
        categories:
          - title: T
            groups:
              - heading: H
                status: 400
                errors:
                  - {code: A, message: a, description: d, status: 503, field: f, retryable: true,
                     deprecated: use B, since: '1.0'}
                  - {code: B, message: 012, description: 1e3, deprecated: 2}
                  - {code: C, message: c, deprecated: 'no longer sent, use A'}
        retired:
          - {code: OLD, since: 1.0.0, reason: gone}
        """;
    new SpecLoader().parse("error-spec.yaml", yaml.getBytes(UTF_8));
    assertEquals(Set.of(), validate(yaml));
  }

  @Test
  @DisplayName("agrees with the loader on 'fallbacks': status or 'validation' to a code")
  void fallbacks() throws Exception {
    Path exampleSpring = Path.of("..", "example-spring", "error-spec.yaml");
    assertEquals(Set.of(), validate(Files.readString(exampleSpring)));
    String spec = """
        errorspec: 1
        statuses: {400: Bad Request}
        categories: [{title: T, groups: [{status: 400, errors: [{code: A, message: a}]}]}]
        fallbacks:
        """;
    for (String broken : List.of("  validaton: A\n", "  4000: A\n", "  400: a\n", "  400: [A]\n")) {
      assertThrows(InputException.class, () -> new SpecLoader().parse("error-spec.yaml", (spec + broken).getBytes(UTF_8)),
          "the loader accepted " + broken);
      assertFalse(validate(spec + broken).isEmpty(), "the schema accepted " + broken);
    }
  }

  @Test
  @DisplayName("agrees with the loader on 'params': both forms, the name pattern, the four types")
  void params() throws Exception {
    String spec = """
        errorspec: 1
        statuses: {404: Not Found}
        categories: [{title: T, groups: [{status: 404, errors: [{code: A, message: "{model} {{x}}", params: %s}]}]}]
        """;
    String good = "{model: string, n: integer, ratio: number, ok: boolean, "
        + "with_text: {type: integer, description: d}, bare: {type: string}}";
    new SpecLoader().parse("error-spec.yaml", spec.formatted(good).getBytes(UTF_8));
    assertEquals(Set.of(), validate(spec.formatted(good)));
    for (String broken : List.of("{model: strin}", "{model: String}", "{model: string, Model: string}",
        "{model: string, 2nd: string}", "{model: {description: d}}", "{model: {type: string, colour: red}}",
        "{model: [string]}", "{}", "[model]", "{model: {type: string, description: ''}}")) {
      assertThrows(InputException.class,
          () -> new SpecLoader().parse("error-spec.yaml", spec.formatted(broken).getBytes(UTF_8)),
          "the loader accepted " + broken);
      assertFalse(validate(spec.formatted(broken)).isEmpty(), "the schema accepted " + broken);
    }
    String retired = "errorspec: 1\nstatuses: {400: Bad}\n"
        + "categories: [{title: T, groups: [{status: 400, errors: [{code: A, message: a}]}]}]\n"
        + "retired: [{code: OLD, params: {a: string}}]";
    assertThrows(InputException.class, () -> new SpecLoader().parse("error-spec.yaml", retired.getBytes(UTF_8)));
    assertFalse(validate(retired).isEmpty(), "the schema accepted params on a retired code");
  }

  @Test
  @DisplayName("agrees with the loader on 'format' and 'problem.type_base'")
  void problemFormat() throws Exception {
    String spec = "errorspec: 1\nstatuses: {400: Bad}\n"
        + "categories: [{title: T, groups: [{status: 400, errors: [{code: A, message: a}]}]}]\n";
    for (String good : List.of("format: envelope", "format: problem",
        "format: problem\nproblem: {type_base: 'https://docs.example.com/errors/'}",
        "format: problem\nproblem: {type_base: 'https://docs.example.com/errors.html#'}",
        "format: problem\nproblem: {type_base: 'urn:example:errors#'}")) {
      new SpecLoader().parse("error-spec.yaml", (spec + good).getBytes(UTF_8));
      assertEquals(Set.of(), validate(spec + good), good);
    }
    for (String broken : List.of("format: problems", "problem: {type_base: 'https://docs.example.com/errors/'}",
        "format: envelope\nproblem: {type_base: 'https://docs.example.com/errors/'}",
        "format: problem\nproblem: {type_base: 'https://docs.example.com/errors'}",
        "format: problem\nproblem: {type_base: 'errors/'}",
        "format: problem\nproblem: {type_base: 'https://docs.example.com/errors?v=1/'}",
        "format: problem\nproblem: {type_base: 'https://docs.example.com/errors#a/'}",
        "format: problem\nproblem: {typebase: 'https://docs.example.com/errors/'}")) {
      assertThrows(InputException.class, () -> new SpecLoader().parse("error-spec.yaml", (spec + broken).getBytes(UTF_8)),
          "the loader accepted " + broken);
      assertFalse(validate(spec + broken).isEmpty(), "the schema accepted " + broken);
    }
  }

  private static Set<String> validate(String yaml) throws IOException {
    JsonNode document = YAML.readTree(yaml);
    Set<ValidationMessage> messages = schema.validate(document);
    return messages.stream().map(ValidationMessage::getMessage).collect(Collectors.toSet());
  }
}
