package io.github.errorspec.core.load;

import io.github.errorspec.core.spec.InputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Random mutations of a valid spec load or are reported; they never escape as another exception. */
class MutationPropertiesTest {

  /** One edit of the seed spec: what to do, where, and what to put there. */
  record Mutation(int kind, int position, int other, String text) {}

  private static final String SEED = read(java.nio.file.Path.of("..", "error-spec.yaml"));
  private static final String PARAMS =
      read(java.nio.file.Path.of("src", "test", "resources", "golden", "params", "error-spec.yaml"));

  @Property(tries = 600)
  void mutatedSpecsLoadOrReport(@ForAll("mutations") List<Mutation> mutations) {
    loadsOrReports(SEED, mutations);
  }

  /** The catalog with params, whose messages are templates: braces and placeholders moved about too. */
  @Property(tries = 400)
  void mutatedParamsSpecsLoadOrReport(@ForAll("mutations") List<Mutation> mutations) {
    loadsOrReports(PARAMS, mutations);
  }

  private static void loadsOrReports(String spec, List<Mutation> mutations) {
    String mutated = spec;
    for (Mutation mutation : mutations) {
      mutated = apply(mutated, mutation);
    }
    try {
      new SpecLoader().parse("error-spec.yaml", mutated.getBytes(StandardCharsets.UTF_8));
    } catch (InputException expected) {
      if (expected.diagnostics().isEmpty()) {
        throw new AssertionError("an InputException without a diagnostic");
      }
      if (expected.getMessage().contains("Exception")) {
        throw new AssertionError("a message names a Java class: " + expected.getMessage());
      }
    }
  }

  @Provide
  Arbitrary<List<Mutation>> mutations() {
    Arbitrary<String> text = Arbitraries.oneOf(
        Arbitraries.of(":", "- ", "  ", "\t", "[", "]", "{", "}", "&a ", "*a", "!!str ", "!x ", "\"", "'", "#",
            "\n", "\r\n", "---\n", "? ", "<<: ", "status: 999", "code: x", "message:", "~", "\u0000", "\uFEFF",
            "`", "@", "%", "| ", "> ", "\\q", ": ", " #", "\u2028", "{x}", "{{", "}}", "{model", "params:",
            "type: ", "x: integer", "\\t{"),
        Arbitraries.strings().ofMaxLength(8));
    Arbitrary<Mutation> mutation = net.jqwik.api.Combinators.combine(
        Arbitraries.integers().between(0, 5), Arbitraries.integers().between(0, 100_000),
        Arbitraries.integers().between(0, 100_000), text).as(Mutation::new);
    return mutation.list().ofMinSize(1).ofMaxSize(4);
  }

  private static String apply(String spec, Mutation mutation) {
    List<String> lines = new ArrayList<>(List.of(spec.split("\n", -1)));
    int line = mutation.position() % lines.size();
    int other = mutation.other() % lines.size();
    switch (mutation.kind()) {
      case 0 -> lines.remove(line);
      case 1 -> lines.add(line, lines.get(other));
      case 2 -> {
        String swapped = lines.get(line);
        lines.set(line, lines.get(other));
        lines.set(other, swapped);
      }
      case 3 -> lines.set(line, lines.get(line).replaceFirst("^ {0,2}", ""));
      case 4 -> {
        String target = lines.get(line);
        int at = target.isEmpty() ? 0 : mutation.other() % (target.length() + 1);
        lines.set(line, target.substring(0, at) + mutation.text() + target.substring(at));
      }
      default -> {
        return spec.substring(0, mutation.position() % (spec.length() + 1));
      }
    }
    return String.join("\n", lines);
  }

  private static String read(java.nio.file.Path file) {
    try (InputStream in = java.nio.file.Files.newInputStream(file)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
