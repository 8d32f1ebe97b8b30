package io.github.errorspec.core.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SourceTemplateTest {

  private static final SourceTemplate TEMPLATE = SourceTemplate.of("sample.ts", """
      // errorspec:begin header
      // A sample header.
      // errorspec:end header
      export const name = "{{name}}";
        # errorspec:begin codes
        SAMPLE = 1
        # errorspec:end codes
      end
      """);

  @Test
  void fillsRegionsAndPlaceholders() {
    assertEquals("""
        // Generated.
        export const name = "Api";
          A = 1
          B = 2
        end
        """, TEMPLATE.fill(Map.of("header", "// Generated.\n", "codes", "  A = 1\n  B = 2\n"), Map.of("name", "Api")));
  }

  @Test
  void readsNoMarkInTheTextItFillsIn() {
    String filled = TEMPLATE.fill(Map.of("header", "// {{name}}\n// errorspec:end codes\n", "codes", ""),
        Map.of("name", "{{name}}"));
    assertEquals("// {{name}}\n// errorspec:end codes\nexport const name = \"{{name}}\";\nend\n", filled);
  }

  @Test
  void givesARegionsOwnTextForCatalogsThatKeepIt() {
    assertEquals("  SAMPLE = 1\n", TEMPLATE.region("codes"));
    assertEquals("export const name = \"{{name}}\";\n  SAMPLE = 1\nend\n",
        TEMPLATE.fill(Map.of("header", "", "codes", TEMPLATE.region("codes")), Map.of("name", "{{name}}")));
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> TEMPLATE.region("statuses"));
    assertEquals("sample.ts: no region statuses", e.getMessage());
  }

  @Test
  void placeholderLeftOverFails() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> TEMPLATE.fill(Map.of("header", "", "codes", ""), Map.of()));
    assertEquals("sample.ts:4: placeholder {{name}} has no value given", e.getMessage());
  }

  @Test
  void unknownPlaceholderFails() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> TEMPLATE.fill(Map.of("header", "", "codes", ""), Map.of("name", "x", "version", "1", "api", "2")));
    assertEquals("sample.ts: no placeholder api, version in the template", e.getMessage());
  }

  @Test
  void unknownRegionFails() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> TEMPLATE.fill(Map.of("header", "", "codes", "", "statuses", ""), Map.of("name", "x")));
    assertEquals("sample.ts: no region statuses in the template", e.getMessage());
  }

  @Test
  void regionLeftOverFails() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> TEMPLATE.fill(Map.of("header", ""), Map.of("name", "x")));
    assertEquals("sample.ts:5: region codes has no text given", e.getMessage());
  }

  @Test
  void unclosedOrRepeatedRegionFails() {
    SourceTemplate unclosed = SourceTemplate.of("open.py", "# errorspec:begin codes\nA = 1\n");
    assertThrows(IllegalStateException.class, () -> unclosed.fill(Map.of("codes", ""), Map.of()));
    SourceTemplate twice = SourceTemplate.of("twice.py",
        "# errorspec:begin codes\n# errorspec:end codes\n# errorspec:begin codes\n# errorspec:end codes\n");
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> twice.fill(Map.of("codes", ""), Map.of()));
    assertEquals("twice.py:3: region codes appears twice", e.getMessage());
    SourceTemplate stray = SourceTemplate.of("stray.py", "A = 1\n# errorspec:end codes\n");
    e = assertThrows(IllegalStateException.class, () -> stray.fill(Map.of(), Map.of()));
    assertEquals("stray.py:2: region codes ends where it did not begin", e.getMessage());
  }

  @Test
  void sampleTextStandsForAPlaceholder() {
    SourceTemplate java = SourceTemplate.of("Sample.java", "package com.example.sample;\n\nclass Sample {}\n")
        .standingFor("package", "com.example.sample");
    assertEquals("package org.acme;\n\nclass Sample {}\n", java.fill(Map.of(), Map.of("package", "org.acme")));
    assertThrows(IllegalStateException.class, () -> java.standingFor("name", "absent"));
  }

  @Test
  void sameBytesForTheSameInputWhateverTheLineEndings() {
    Map<String, String> regions = Map.of("header", "// h\n", "codes", "C = 3\n");
    String once = TEMPLATE.fill(regions, Map.of("name", "n"));
    assertEquals(once, TEMPLATE.fill(regions, Map.of("name", "n")));
    SourceTemplate crlf = SourceTemplate.of("crlf.ts", """
        // errorspec:begin header
        // errorspec:end header
        export const name = "{{name}}";
          # errorspec:begin codes
          # errorspec:end codes
        end
        """.replace("\n", "\r\n"));
    assertEquals(once, crlf.fill(regions, Map.of("name", "n")));
    assertTrue(once.indexOf('\r') < 0);
  }

  @Test
  void missingResourceFails() {
    assertThrows(IllegalStateException.class, () -> SourceTemplate.load(SourceTemplateTest.class, "absent.txt"));
  }
}
