package io.github.errorspec.core.generate.java;

import static io.github.errorspec.core.generate.java.CompiledApi.call;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.errorspec.core.load.SpecLoader;
import io.github.errorspec.core.spec.ErrorDef;
import io.github.errorspec.core.spec.ErrorSpec;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Random valid catalogs: their generated code compiles and every code survives the envelope. */
class RandomCatalogPropertiesTest {

  private static final String PACKAGE = "com.example.random";

  /** A catalog as the parts a spec file is written from. */
  record Catalog(List<Integer> statuses, List<String> reasons, List<String> messages, List<String> fields) {}

  @Property(tries = 6)
  void generatedCodeCompilesAndRoundTrips(@ForAll("catalogs") Catalog catalog) throws Exception {
    ErrorSpec spec = new SpecLoader().parse("error-spec.yaml", yaml(catalog).getBytes(StandardCharsets.UTF_8));
    CompiledApi api = CompiledApi.compile(PACKAGE, new JavaGenerator().generate(spec, PACKAGE), 8);

    for (ErrorDef error : spec.errors().toList()) {
      Object code = api.errorCode(error.code());
      assertEquals(error.message(), call(code, "message"));
      assertEquals(error.field(), call(code, "field"));
      Object thrown = call(code, "exception", error.message());
      String json = (String) call(call(thrown, "toErrorResponse", "req"), "toJson");
      Object received = api.fromResponse(error.status(), json);
      assertEquals(thrown.getClass().getName(), received.getClass().getName());
      assertEquals(error.code(), call(received, "code"));
      assertEquals(error.message(), ((Exception) received).getMessage());
      assertEquals(Optional.of(error.message()), call(received, "issue"));
      assertEquals(error.field(), call(received, "field"));
    }
  }

  @Provide
  Arbitrary<Catalog> catalogs() {
    Arbitrary<Set<Integer>> statuses = Arbitraries.integers().between(400, 599).set().ofMinSize(1).ofMaxSize(4);
    Arbitrary<List<String>> reasons = text().list().ofSize(4);
    Arbitrary<List<String>> messages = text().list().ofMinSize(1).ofMaxSize(12);
    Arbitrary<List<String>> fields = text().injectNull(0.5).list().ofSize(12);
    return Combinators.combine(statuses, reasons, messages, fields)
        .as((s, r, m, f) -> new Catalog(new ArrayList<>(s), r, m, f));
  }

  /** Any non-blank text: controls, quotes, backslashes, every plane, but no lone surrogates. */
  static Arbitrary<String> text() {
    Arbitrary<String> chars = Arbitraries.strings()
        .withCharRange('\u0000', '\uD7FF')
        .withCharRange('\uE000', '\uFFFD')
        .withChars('"', '\\', '*', '/', '@', '<', '>', '&', '$', '%', '{', '}', '|', '`', '#')
        .ofMinLength(1).ofMaxLength(30);
    Arbitrary<String> emoji = Arbitraries.of("\uD83D\uDE00", "\uD834\uDD1E", "e\u0301", "\u202E", "*/", "\\u0022");
    return Combinators.combine(chars, emoji).as((text, extra) -> text + extra).filter(text -> !text.isBlank());
  }

  static String yaml(Catalog catalog) {
    StringBuilder yaml = new StringBuilder("errorspec: 1\nstatuses:\n");
    for (int i = 0; i < catalog.statuses().size(); i++) {
      yaml.append("  ").append(catalog.statuses().get(i)).append(": ").append(quote(catalog.reasons().get(i)))
          .append('\n');
    }
    yaml.append("categories:\n  - title: Random\n    groups:\n");
    for (int s = 0; s < catalog.statuses().size(); s++) {
      StringBuilder group = new StringBuilder();
      for (int i = s; i < catalog.messages().size(); i += catalog.statuses().size()) {
        group.append("          - code: CODE_").append(i).append('\n')
            .append("            message: ").append(quote(catalog.messages().get(i))).append('\n');
        String field = catalog.fields().get(i);
        if (field != null) {
          group.append("            field: ").append(quote(field)).append('\n');
        }
      }
      if (group.length() > 0) {
        yaml.append("      - status: ").append(catalog.statuses().get(s)).append("\n        errors:\n").append(group);
      }
    }
    return yaml.toString();
  }

  /** A YAML double-quoted scalar holding exactly {@code text}. */
  static String quote(String text) {
    StringBuilder quoted = new StringBuilder("\"");
    text.codePoints().forEach(c -> {
      if (c == '"' || c == '\\') {
        quoted.append('\\').appendCodePoint(c);
      } else if (c >= 0x20 && c < 0x7F) {
        quoted.appendCodePoint(c);
      } else if (c < 0x10000) {
        quoted.append(String.format(java.util.Locale.ROOT, "\\u%04x", c));
      } else {
        quoted.append(String.format(java.util.Locale.ROOT, "\\U%08x", c));
      }
    });
    return quoted.append('"').toString();
  }
}
