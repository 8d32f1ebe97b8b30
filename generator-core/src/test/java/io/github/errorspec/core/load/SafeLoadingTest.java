package io.github.errorspec.core.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.errorspec.core.spec.InputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Safe loading of untrusted files")
class SafeLoadingTest {

  @Test
  @DisplayName("a global tag naming a Java class is rejected, once, and the class is never loaded")
  void globalTagConstructsNothing() {
    String notAllowed = " is not allowed: a spec holds only text, lists and mappings";
    assertEquals(List.of(
            "error-spec.yaml:2:6: tag '!!io.github.errorspec.core.load.Canary'" + notAllowed,
            "error-spec.yaml:3:11: tag '!!javax.script.ScriptEngineManager'" + notAllowed,
            "error-spec.yaml:3:47: tag '!!java.net.URLClassLoader'" + notAllowed,
            "error-spec.yaml:3:75: tag '!!java.net.URL'" + notAllowed,
            "error-spec.yaml:4:13: 'categories' must not be empty"),
        Specs.problems("""
            errorspec: 1
            api: !!io.github.errorspec.core.load.Canary []
            statuses: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL ["http://127.0.0.1/"]]]]
            categories: []
            """));
    assertNull(System.getProperty(Canary.PROPERTY), "the tagged class was loaded");
  }

  @Test
  @DisplayName("local and non-text standard tags are rejected wherever they are, even under unknown keys")
  void otherTags() {
    assertEquals(List.of(
            "error-spec.yaml:2:6: tag '!custom' is not allowed: a spec holds only text, lists and mappings; put the "
                + "whole value in quotes if '!custom' is part of the text",
            "error-spec.yaml:3:1: unknown key 'extra'; expected one of: errorspec, api, package, docs_url, format, problem, statuses, "
                + "categories, retired, fallbacks",
            "error-spec.yaml:3:8: tag '!!binary' is not allowed: a spec holds only text, lists and mappings",
            "error-spec.yaml:4:11: tag '!!set' is not allowed: a spec holds only text, lists and mappings"),
        Specs.problems("""
            errorspec: 1
            api: !custom x
            extra: !!binary aGVsbG8=
            statuses: !!set {400: Bad Request}
            categories: [{title: T, groups: [{status: 400, errors: [{code: A, message: a}]}]}]
            """));
  }

  @Test
  @DisplayName("more aliases of lists and mappings than the limit are rejected")
  void aliasLimit() {
    StringBuilder yaml = new StringBuilder("errorspec: 1\nanchor: &a [x]\nmany: [");
    yaml.append("*a, ".repeat(SpecLoader.MAX_ALIASES)).append("*a]\n");
    assertEquals(List.of("error-spec.yaml: more than " + SpecLoader.MAX_ALIASES
            + " aliases of lists and mappings, the most errorspec reads"),
        Specs.problems(yaml.toString()));
  }

  @Test
  @DisplayName("a billion-laughs document costs nothing: nodes are shared, never expanded")
  void billionLaughs() {
    StringBuilder yaml = new StringBuilder("errorspec: 1\nstatuses: {400: Bad}\nl0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    for (int level = 1; level <= 9; level++) {
      String previous = "*l" + (level - 1);
      yaml.append("l").append(level).append(": &l").append(level).append(" [")
          .append(String.join(", ", Collections.nCopies(9, previous))).append("]\n");
    }
    yaml.append("categories: *l9\n");
    List<String> problems = Specs.problems(yaml.toString());
    assertEquals("error-spec.yaml:3:1: unknown key 'l0'; expected one of: errorspec, api, package, docs_url, format, problem, statuses, "
        + "categories, retired, fallbacks", problems.get(0));
    assertEquals("error-spec.yaml:11:5: a category must be a mapping, found a list", problems.get(10));
    assertEquals(19, problems.size(), "nine categories read, each a list of aliases, not 9^9 entries");
  }

  @Test
  @DisplayName("nesting deeper than the limit is rejected")
  void nestingLimit() {
    String deep = "[".repeat(SpecLoader.MAX_NESTING_DEPTH + 1) + "]".repeat(SpecLoader.MAX_NESTING_DEPTH + 1);
    assertEquals(List.of("error-spec.yaml: lists and mappings nest deeper than " + SpecLoader.MAX_NESTING_DEPTH
            + " levels, the most errorspec reads"),
        Specs.problems("errorspec: 1\napi: " + deep + "\n"));
  }

  @Test
  @DisplayName("a file over the size limit is rejected before it is parsed")
  void sizeLimit() {
    byte[] huge = new byte[SpecLoader.MAX_FILE_BYTES + 1];
    Arrays.fill(huge, (byte) '#');
    assertEquals(List.of("error-spec.yaml:1:1: the file is larger than " + SpecLoader.MAX_FILE_BYTES
            + " bytes, the most errorspec reads"),
        Specs.problems(huge));
  }

  @Test
  @DisplayName("bytes that are not UTF-8 are reported at their line and column")
  void notUtf8() {
    byte[] latin1 = "errorspec: 1\napi: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
    assertEquals(List.of("error-spec.yaml:2:9: the file is not UTF-8: byte 0xE9 at offset 21 cannot start a "
            + "character here"),
        Specs.problems(latin1));
  }

  @Test
  @DisplayName("U+FFFD written in the file is text like any other, not taken for a malformed byte")
  void replacementCharacterWritten() throws Exception {
    String yaml = Specs.withErrors("""
        - code: TOKEN_EXPIRED
          message: "Unreadable \uFFFD token"
        """);
    assertEquals("Unreadable \uFFFD token", Specs.load(yaml).errors().findFirst().orElseThrow().message());
  }

  @Test
  @DisplayName("a malformed byte after a U+FFFD written in the file is still reported where it is")
  void notUtf8AfterReplacementCharacter() {
    byte[] written = "errorspec: 1\napi: \uFFFD ".getBytes(StandardCharsets.UTF_8);
    byte[] content = Arrays.copyOf(written, written.length + 2);
    content[written.length] = (byte) 0xE9;
    content[written.length + 1] = '\n';
    assertEquals(List.of("error-spec.yaml:2:8: the file is not UTF-8: byte 0xE9 at offset 22 cannot start a "
            + "character here"),
        Specs.problems(content));
  }

  @Test
  @DisplayName("control characters YAML forbids are reported at their line and column")
  void controlCharacter() {
    assertEquals(List.of("error-spec.yaml:2:9: invalid YAML: the character U+0000 is not allowed in YAML text"),
        Specs.problems("errorspec: 1\napi: caf\u0000\n"));
  }

  @Test
  @DisplayName("positions stay right in CRLF files")
  void crlfPositions() {
    assertEquals(List.of("error-spec.yaml:12:13: unknown key 'mesage'; did you mean 'message'?"),
        Specs.problems(Specs.withErrors("""
            - code: A
              mesage: a
            """).replace("\n", "\r\n")));
  }

  @Test
  @DisplayName("a missing file is named, without a stack trace")
  void missingFile(@TempDir Path dir) {
    Path missing = dir.resolve("error-spec.yaml");
    InputException e = assertThrows(InputException.class, () -> new SpecLoader().load(missing));
    assertEquals(missing + ": no such spec file", e.getMessage());
  }

  @Test
  @DisplayName("a file is named in messages as its path is written")
  void pathInMessages(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("spec.yaml"), "errorspec: 3\n");
    InputException e = assertThrows(InputException.class, () -> new SpecLoader().load(file));
    assertEquals(file + ":1:12: unsupported errorspec version '3'; this errorspec reads version 1", e.getMessage());
  }
}
