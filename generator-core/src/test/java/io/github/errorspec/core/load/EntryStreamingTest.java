package io.github.errorspec.core.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.errorspec.core.spec.ErrorDef;
import io.github.errorspec.core.spec.ErrorSpec;
import io.github.errorspec.core.testing.SyntheticCatalog;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;

@DisplayName("Reading each error entry as soon as it is composed")
class EntryStreamingTest {

  private static final String TWO_GROUPS = """
      errorspec: 1
      package: com.example.errors
      statuses:
        401: Unauthorized
        503: Service Unavailable
      categories:
        - title: All
          groups:
            - status: 401
              errors:
                - code: FIRST
                  message: First
                - {code: SECOND, message: Second}
            - errors:
                - code: THIRD
                  message: Third
              status: 503
      other:
        errors:
          - code: NOT_AN_ENTRY
      """;

  @Test
  @DisplayName("the composer hands over exactly the entries of categories[].groups[].errors[], in order, and keeps what the reader returns")
  void composerHandsOverEntries() {
    List<String> handed = new ArrayList<>();
    ScalarNode standIn = new ScalarNode(Tag.STR, "stand-in", null, null, DumperOptions.ScalarStyle.PLAIN);
    LoaderOptions options = new LoaderOptions();
    Node root = new EntryComposer(new ParserImpl(new StreamReader(new StringReader(TWO_GROUPS)), options), options,
        (entry, groupStatus) -> {
          handed.add(((ScalarNode) ((MappingNode) entry).getValue().get(0).getValueNode()).getValue() + " in "
              + (groupStatus == null ? "a group whose status is not read yet" : ((ScalarNode) groupStatus).getValue()));
          return standIn;
        }).getSingleNode();

    assertEquals(List.of("FIRST in 401", "SECOND in 401", "THIRD in a group whose status is not read yet"), handed);
    MappingNode group = (MappingNode) ((SequenceNode) value(((SequenceNode) value(root, "categories")).getValue().get(0),
        "groups")).getValue().get(0);
    assertEquals(List.of(standIn, standIn), ((SequenceNode) value(group, "errors")).getValue());
    Node other = ((SequenceNode) value(value(root, "other"), "errors")).getValue().get(0);
    assertInstanceOf(MappingNode.class, other, "a list named errors elsewhere is composed as usual");
  }

  @Test
  @DisplayName("each list of entries without an anchor is handed over when complete and replaced by what the reader returns; an anchored list is not")
  void composerHandsOverLists() {
    String yaml = TWO_GROUPS.replace("- errors:\n", "- errors: &third\n");
    List<String> calls = new ArrayList<>();
    SequenceNode listStandIn = new SequenceNode(Tag.SEQ, List.of(), DumperOptions.FlowStyle.BLOCK);
    LoaderOptions options = new LoaderOptions();
    Node root = new EntryComposer(new ParserImpl(new StreamReader(new StringReader(yaml)), options), options,
        new EntryComposer.EntryReader() {
          @Override
          public Node read(Node entry, Node groupStatus) {
            calls.add("entry");
            return entry;
          }

          @Override
          public void startList() {
            calls.add("start");
          }

          @Override
          public Node endList(SequenceNode list) {
            calls.add("end of " + list.getValue().size());
            return listStandIn;
          }
        }).getSingleNode();

    assertEquals(List.of("start", "entry", "entry", "end of 2", "entry"), calls);
    List<Node> groups = ((SequenceNode) value(((SequenceNode) value(root, "categories")).getValue().get(0), "groups"))
        .getValue();
    assertSame(listStandIn, value(groups.get(0), "errors"));
    assertEquals("third", value(groups.get(1), "errors").getAnchor(), "an alias may stand for the anchored list");
  }

  @Test
  @DisplayName("a stand-in's mark keeps the position only, copied only when it holds a window of the text")
  void positionOnlyMarks() {
    Mark withWindow = new Mark("'reader'", 7, 1, 2, new int[] {'a', 'b'}, 1);
    Mark light = EntryStandIn.positionOnly(withWindow);
    assertEquals(List.of(7, 1, 2, 0), List.of(light.getIndex(), light.getLine(), light.getColumn(),
        light.getBuffer().length));
    assertSame(light, EntryStandIn.positionOnly(light));
  }

  @Test
  @DisplayName("an entry read before its group's status takes that status, and its retry default")
  void statusAfterEntries() throws Exception {
    ErrorSpec spec = Specs.load(TWO_GROUPS.substring(0, TWO_GROUPS.indexOf("other:")));
    ErrorDef third = error(spec, "THIRD");
    assertEquals(503, third.status());
    assertTrue(third.retryable());
    assertEquals(17, third.statusLocation().line());
    assertFalse(error(spec, "FIRST").retryable());
  }

  @Test
  @DisplayName("entries read before their group's status keep their own status and retryable, and take the rest from the group")
  void ownValuesBeforeGroupStatus() throws Exception {
    ErrorSpec spec = Specs.load("""
        errorspec: 1
        statuses: {404: Not Found, 503: Service Unavailable}
        categories:
          - title: All
            groups:
              - errors:
                  - {code: INHERITS, message: Inherits}
                  - {code: NOT_RETRYABLE, message: Not retryable, retryable: false}
                  - {code: OWN_STATUS, message: Own status, status: 404}
                  - {code: BOTH, message: Both, status: 404, retryable: true}
                status: 503
        """);
    assertEquals(List.of("INHERITS 503 true 11", "NOT_RETRYABLE 503 false 11", "OWN_STATUS 404 false 9",
        "BOTH 404 true 10"), spec.errors().map(error -> error.code() + " " + error.status() + " "
            + error.retryable() + " " + error.statusLocation().line()).toList());
  }

  @Test
  @DisplayName("entries shared by two groups through an alias take each group's status and retry default")
  void entriesSharedByAlias() throws Exception {
    ParsedSpec parsed = new SpecLoader().read(Specs.FILE, """
        errorspec: 1
        statuses: {401: Unauthorized, 503: Service Unavailable}
        categories:
          - title: All
            groups:
              - status: 401
                errors: &shared
                  - code: FIRST
                    message: First
              - status: 503
                errors: *shared
        """.getBytes(StandardCharsets.UTF_8));
    assertEquals(List.of(), parsed.problems());
    List<ErrorDef> errors = parsed.spec().orElseThrow().errors().toList();
    assertEquals(List.of(401, 503), errors.stream().map(ErrorDef::status).toList());
    assertEquals(List.of(false, true), errors.stream().map(ErrorDef::retryable).toList());
    assertEquals(List.of(6, 10), errors.stream().map(error -> error.statusLocation().line()).toList());
  }

  @Test
  @DisplayName("problems of entries read ahead are reported at their positions, with those found later")
  void problemsOfEntriesReadAhead() {
    assertEquals(List.of(
        "error-spec.yaml:10:13: unknown key 'mesage'; did you mean 'message'?",
        "error-spec.yaml:11:24: 'retryable' must be true or false, found 'maybe'",
        "error-spec.yaml:12:9: missing required key 'errors'"),
        Specs.problems("""
            errorspec: 1
            statuses:
              401: Unauthorized
            categories:
              - title: All
                groups:
                  - status: 401
                    errors:
                      - code: FIRST
                        mesage: First
                        retryable: maybe
                  - status: 401
            """));
  }

  @Test
  @DisplayName("a version this errorspec cannot read, written after the entries, hides their problems as before")
  void unsupportedVersionAfterEntries() {
    assertEquals(List.of("error-spec.yaml:9:12: unsupported errorspec version '2'; this errorspec reads version 1"),
        Specs.problems("""
            categories:
              - title: All
                groups:
                  - status: 401
                    errors:
                      - code: lower
                        mesage: First
            statuses: {401: Unauthorized}
            errorspec: 2
            """));
  }

  @Test
  @DisplayName("an anchored entry used again through an alias is read twice, as any other YAML reader would")
  void aliasedEntry() {
    // Both uses are one node, so both name the anchored code's position.
    assertEquals(List.of("error-spec.yaml:10:19: duplicate code 'FIRST'"),
        Specs.problems("""
            errorspec: 1
            statuses:
              401: Unauthorized
            categories:
              - title: All
                groups:
                  - status: 401
                    errors:
                      - &first
                        code: FIRST
                        message: First
                  - status: 401
                    errors: [*first]
            """).stream().map(problem -> problem.replaceAll(";.*", "")).toList());
  }

  @Test
  @DisplayName("a catalog loads the same bytes as before: the synthetic catalog's every code, in order")
  void largeCatalog() throws Exception {
    ErrorSpec spec = new SpecLoader().parse("error-spec.yaml",
        SyntheticCatalog.yaml(2_000, 40).getBytes(StandardCharsets.UTF_8));
    assertEquals(2_000, spec.errors().count());
    assertEquals(SyntheticCatalog.code(0), spec.errors().findFirst().orElseThrow().code());
  }

  private static ErrorDef error(ErrorSpec spec, String code) {
    return spec.errors().filter(error -> error.code().equals(code)).findFirst().orElseThrow();
  }

  private static Node value(Node mapping, String key) {
    for (NodeTuple tuple : ((MappingNode) mapping).getValue()) {
      if (((ScalarNode) tuple.getKeyNode()).getValue().equals(key)) {
        return tuple.getValueNode();
      }
    }
    throw new AssertionError("no key " + key);
  }
}
