package io.github.errorspec.core.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.errorspec.core.spec.ErrorDef;
import io.github.errorspec.core.spec.ErrorSpec;
import io.github.errorspec.core.spec.Group;
import io.github.errorspec.core.spec.SourceLocation;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Loading a valid spec")
class SpecLoaderTest {

  @Test
  @DisplayName("reads every key of format v1 into the model, in document order")
  void readsEveryKey() throws Exception {
    ErrorSpec spec = Specs.load("""
        errorspec: 1
        api: Example AI API
        package: com.example.api.errors
        statuses:
          400: Bad Request
          503: Service Unavailable
        categories:
          - title: Server Errors
            groups:
              - heading: 502/503 - Service Unavailable
                status: 503
                errors:
                  - code: OVERLOADED
                    message: Service is overloaded
                    description: Server is experiencing high load
                    retryable: false
                    deprecated: use SERVICE_UNAVAILABLE
                    since: "1.2"
                  - code: PROMPT_TOO_LONG
                    message: Prompt exceeds maximum length
                    status: 400
                    field: prompt
        retired:
          - code: OLD_CODE
            since: 1.1.0
            reason: merged into OVERLOADED
        """);

    assertEquals(Optional.of("Example AI API"), spec.api());
    assertEquals(Optional.of("com.example.api.errors"), spec.packageName());
    assertEquals(List.of(400, 503), spec.statuses().stream().map(s -> s.code()).toList());
    assertEquals("Service Unavailable", spec.status(503).orElseThrow().reason());
    Group group = spec.categories().get(0).groups().get(0);
    assertEquals(Optional.of("502/503 - Service Unavailable"), group.heading());
    assertTrue(group.hasFields());

    ErrorDef overloaded = group.errors().get(0);
    assertEquals(new ErrorDef("OVERLOADED", "Service is overloaded", Optional.of("Server is experiencing high load"),
        503, Optional.empty(), false, Optional.of("use SERVICE_UNAVAILABLE"), Optional.of("1.2"),
        new SourceLocation("error-spec.yaml", 13, 19), new SourceLocation("error-spec.yaml", 11, 17)), overloaded);

    ErrorDef prompt = group.errors().get(1);
    assertEquals(400, prompt.status());
    assertEquals(new SourceLocation("error-spec.yaml", 21, 21), prompt.statusLocation());
    assertEquals(Optional.of("prompt"), prompt.field());
    assertFalse(prompt.retryable(), "400 is not retryable by default");
    assertFalse(prompt.isDeprecated());

    assertEquals("OLD_CODE", spec.retired().get(0).code());
    assertEquals(Optional.of("1.1.0"), spec.retired().get(0).since());
    assertEquals(Optional.of("merged into OVERLOADED"), spec.retired().get(0).reason());
  }

  @Test
  @DisplayName("an error without a status takes its group's; retryable defaults to true for 429 and 5xx")
  void resolvesInheritedValues() throws Exception {
    ErrorSpec spec = Specs.load("""
        errorspec: 1
        statuses:
          404: Not Found
          429: Rate Limit Exceeded
          500: Internal Server Error
        categories:
          - title: All
            groups:
              - status: 404
                errors:
                  - code: NOT_FOUND
                    message: Not found
                  - code: RATE_LIMITED
                    message: Slow down
                    status: 429
                  - code: BROKEN
                    message: Broken
                    status: 500
                  - code: BROKEN_FOR_GOOD
                    message: Broken for good
                    status: 500
                    retryable: false
        """);

    assertEquals(List.of(404, 429, 500, 500), spec.errors().map(ErrorDef::status).toList());
    assertEquals(List.of(false, true, true, false), spec.errors().map(ErrorDef::retryable).toList());
    assertEquals(Optional.empty(), spec.packageName());
    assertEquals(Optional.empty(), spec.api());
    assertEquals(List.of(), spec.retired());
  }

  @Test
  @DisplayName("scalars stay exactly as typed: no YAML 1.1 booleans, octals, floats or dates")
  void scalarsAreText() throws Exception {
    ErrorSpec spec = Specs.load("""
        errorspec: 1
        api: 0x1F
        statuses:
          400: ON
        categories:
          - title: NO
            groups:
              - heading: yes
                status: 400
                errors:
                  - code: "NO"
                    message: 012
                    description: 1e3
                    field: 2024-01-01
                    since: 1.10
                  - code: OFF
                    message: ~
                    description: null
                    deprecated: .inf
        """);

    ErrorDef no = spec.errors().findFirst().orElseThrow();
    assertEquals("NO", no.code());
    assertEquals("012", no.message());
    assertEquals(Optional.of("1e3"), no.description());
    assertEquals(Optional.of("2024-01-01"), no.field());
    assertEquals(Optional.of("1.10"), no.since());
    ErrorDef off = spec.errors().skip(1).findFirst().orElseThrow();
    assertEquals("OFF", off.code());
    assertEquals("~", off.message());
    assertEquals(Optional.of("null"), off.description());
    assertEquals(Optional.of(".inf"), off.deprecated());
    assertEquals(Optional.of("0x1F"), spec.api());
    assertEquals("ON", spec.status(400).orElseThrow().reason());
    assertEquals("NO", spec.categories().get(0).title());
    assertEquals(Optional.of("yes"), spec.categories().get(0).groups().get(0).heading());
  }

  @Test
  @DisplayName("quoted, block and escaped scalars keep their text")
  void scalarStyles() throws Exception {
    ErrorSpec spec = Specs.load(Specs.withErrors("""
        - code: QUOTED
          message: "Say \\"hi\\" \\u00e9 \\U0001F600"
          description: |
            Two
            lines
        - code: FOLDED
          message: >-
            one
            line
          description: ''
        """));

    ErrorDef quoted = spec.errors().findFirst().orElseThrow();
    assertEquals("Say \"hi\" \u00e9 \uD83D\uDE00", quoted.message());
    assertEquals(Optional.of("Two\nlines\n"), quoted.description());
    ErrorDef folded = spec.errors().skip(1).findFirst().orElseThrow();
    assertEquals("one line", folded.message());
    assertEquals(Optional.of(""), folded.description(), "an explicitly empty description is kept");
  }

  @Test
  @DisplayName("a leading byte-order mark and CRLF line ends change nothing")
  void bomAndCrlf() throws Exception {
    String yaml = Specs.withErrors("""
        - code: A
          message: a
        """);
    byte[] crlfWithBom = ("\uFEFF" + yaml.replace("\n", "\r\n")).getBytes(StandardCharsets.UTF_8);

    ErrorSpec plain = Specs.load(yaml);
    ErrorSpec other = new SpecLoader().parse(Specs.FILE, crlfWithBom);

    assertEquals(plain, other);
  }

  @Test
  @DisplayName("a plain message or description cut short by ' #' loads, with a warning at the comment")
  void valueCutByComment() throws Exception {
    ErrorSpec spec = Specs.load(Specs.withErrors("""
        - code: A
          message: Use code B #2 instead
          description: Runs out after
            two lines # here
        - code: B
          message: "Quoted #1 stays whole" # a comment after quotes is fine
          description: Issue#42 has no space before '#'
        - {code: C, message: Flow} # a comment after a flow mapping is fine
        """).replace("Too Many Requests", "Too Many Requests # a comment on a reason is not checked"));

    assertEquals(List.of(
            "error-spec.yaml:12:33: 'message' is cut short: YAML reads '#2 instead' as a comment; put the whole "
                + "value in quotes if it belongs to the text",
            "error-spec.yaml:14:25: 'description' is cut short: YAML reads '# here' as a comment; put the whole "
                + "value in quotes if it belongs to the text"),
        spec.warnings().stream().map(Object::toString).toList());
    assertEquals("Use code B", spec.errors().findFirst().orElseThrow().message());
    assertEquals("Quoted #1 stays whole", spec.errors().skip(1).findFirst().orElseThrow().message());
  }

  @Test
  @DisplayName("an anchor no alias uses is dropped from the text, with a warning; anchors that are used are not")
  void unusedAnchor() throws Exception {
    ErrorSpec spec = Specs.load(Specs.withErrors("""
        - code: A
          message: &copy 2024 Example Corp
        - code: B
          message: &shared Shared text
          description: *shared
        """));

    assertEquals(List.of("error-spec.yaml:12:22: '&copy' is a YAML anchor, not part of the value, and no alias uses "
            + "it; put the whole value in quotes if it belongs to the text"),
        spec.warnings().stream().map(Object::toString).toList());
    assertEquals("2024 Example Corp", spec.errors().findFirst().orElseThrow().message());
  }

  @Test
  @DisplayName("the repository's spec has no warnings")
  void seedHasNoWarnings() throws Exception {
    assertEquals(List.of(), new SpecLoader().load(Path.of("..", "error-spec.yaml")).warnings());
  }

  @Test
  @DisplayName("the repository's spec loads from a file, named as its path is written")
  void loadsFromFile() throws Exception {
    ErrorSpec spec = new SpecLoader().load(Path.of("..", "error-spec.yaml"));
    assertEquals(Path.of("..", "error-spec.yaml").toString(), spec.location().file());
    assertEquals(29, spec.errors().count());
  }
}
