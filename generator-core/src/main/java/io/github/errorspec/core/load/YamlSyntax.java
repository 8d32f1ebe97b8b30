package io.github.errorspec.core.load;

import io.github.errorspec.core.spec.Diagnostic;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * SnakeYAML's syntax errors in the user's terms. Most come from a value that needed quotes (it
 * starts with a character YAML reserves, or holds {@code ": "}) or from a line indented wrongly;
 * the message says which and what to write instead, at the place to change. Errors not recognised
 * keep SnakeYAML's words.
 */
final class YamlSyntax {

  private static final String INVALID = "invalid YAML: ";
  private static final String QUOTE_IT = "; put the whole value in quotes";

  /** A line's start up to a key: indentation, list dashes, one word (a spec's keys have no spaces). */
  private static final Pattern KEY_ONLY = Pattern.compile("\\s*(?:-\\s+)*([A-Za-z0-9_.-]+)\\s*");
  /** A key at the start of a text, up to its ':'. */
  private static final Pattern KEY = Pattern.compile("\\s*([^\\s:#][^:#]*?)\\s*:(?:\\s.*)?");
  /** An alias or anchor name as typed: up to a space or a flow indicator. */
  private static final Pattern NAME = Pattern.compile("[^\\s,\\[\\]{}]+");

  private YamlSyntax() {}

  /** The diagnostic for a syntax error of {@code source}. */
  static Diagnostic explain(SourceText source, MarkedYAMLException e) {
    String problem = e.getProblem() == null ? "" : e.getProblem();
    String context = e.getContext() == null ? "" : e.getContext();
    Mark at = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
    Mark start = e.getContextMark();

    if (at != null && problem.contains("cannot start any token")) {
      String c = charAt(source, at);
      return c.equals("\t")
          ? problem(source, at, "a tab where YAML needs spaces: indent with spaces, and write a space after ':' "
              + "and '-'")
          : problem(source, at, cannotStart(c, ""));
    }
    if (start != null && context.startsWith("while scanning an alias")) {
      return problem(source, start, cannotStart("*", readAs(source, start, "an alias")));
    }
    if (at != null && problem.startsWith("found undefined alias")) {
      Matcher alias = NAME.matcher(source.from(at));
      if (alias.lookingAt()) {
        return problem(source, at, "no anchor " + Nodes.quote("&" + alias.group().substring(1)) + " for the alias "
            + Nodes.quote(alias.group()) + "; put the whole value in quotes if '*' is part of the text");
      }
    }
    if (start != null && context.startsWith("while scanning an anchor")) {
      return problem(source, start, cannotStart("&", readAs(source, start, "an anchor")));
    }
    if (start != null && context.startsWith("while scanning a block scalar")
        && problem.startsWith("expected a comment or a line break")) {
      String c = charAt(source, start);
      return problem(source, start, cannotStart(c, " (YAML reads '" + c
          + "' as the start of a block of text on the next lines)"));
    }
    if (at != null && problem.equals("mapping values are not allowed here")) {
      return colonInValue(source, at);
    }
    if (at != null && problem.equals("sequence entries are not allowed here")) {
      return problem(source, at, "a value cannot start with '- ' on the line of its key: put the whole value in "
          + "quotes, or start the list on the next line");
    }
    if (at != null && problem.equals("mapping keys are not allowed here")) {
      return problem(source, at, cannotStart("?", ""));
    }
    if (at != null && problem.startsWith("expected the node content, but found '")
        && List.of(",", "]", "}").contains(charAt(source, at))) {
      return problem(source, at, cannotStart(charAt(source, at), ""));
    }
    if (at != null && problem.startsWith("expected <block end>, but found ")) {
      Diagnostic explained = misplaced(source, at, problem.substring("expected <block end>, but found ".length()));
      if (explained != null) {
        return explained;
      }
    }
    if (start != null && context.startsWith("while scanning a quoted scalar")
        && (problem.contains("end of stream") || problem.contains("document separator"))) {
      return problem(source, start, "the quote that opens this value is never closed");
    }
    if (at != null && problem.startsWith("found unknown escape character")) {
      return problem(source, at, "'\\" + charAt(source, at) + "' is not an escape: in double quotes write '\\\\' "
          + "for a backslash, or put the value in single quotes");
    }
    if (start != null && context.startsWith("while scanning a simple key")
        && problem.startsWith("could not find expected ':'")) {
      return keyWithoutColon(source, start);
    }
    if (start != null && context.startsWith("while parsing a flow mapping") && problem.startsWith("expected ',' or '}'")) {
      return problem(source, at, "the '{' at line " + (start.getLine() + 1) + " is not closed, or a value inside it "
          + "needs quotes");
    }
    if (start != null && context.startsWith("while parsing a flow sequence") && problem.startsWith("expected ',' or ']'")) {
      return problem(source, at, "the '[' at line " + (start.getLine() + 1) + " is not closed, or a value inside it "
          + "needs quotes");
    }
    if (at != null && problem.equals("but found another document")) {
      return problem(source, at, "a second YAML document starts here; a spec file holds one document");
    }
    return new Diagnostic(source.location(at), INVALID + snakeYamlWords(e));
  }

  private static String cannotStart(String c, String why) {
    return "a value cannot start with '" + c + "' unless it is quoted" + why + QUOTE_IT;
  }

  /** The character at the mark as text; empty at the end of its line. */
  private static String charAt(SourceText source, Mark mark) {
    int c = source.codePointAt(mark);
    return c < 0 ? "" : Character.toString(c);
  }

  private static String readAs(SourceText source, Mark mark, String what) {
    Matcher name = NAME.matcher(source.from(mark));
    return name.lookingAt() ? " (YAML reads " + Nodes.quote(name.group()) + " as " + what + ")" : "";
  }

  /**
   * A ':' followed by a space or the line's end inside a plain value. When only a key precedes it
   * on its line, the line is indented more than the key above, which YAML reads as a value that
   * goes on; otherwise the value needed quotes.
   */
  private static Diagnostic colonInValue(SourceText source, Mark colon) {
    Matcher key = KEY_ONLY.matcher(source.before(colon));
    if (key.matches()) {
      // At the key, whose indentation is what to change.
      int keyColumn = source.before(colon).codePointCount(0, key.start(1));
      return new Diagnostic(source.location(colon, keyColumn - colon.getColumn()), INVALID
          + Nodes.quote(key.group(1)) + " is indented more than the key above it, so YAML reads it as more of that "
          + "key's value; align it with the keys above");
    }
    boolean atEnd = source.from(colon).length() <= 1 || source.from(colon).substring(1).isBlank();
    return problem(source, colon, atEnd
        ? "a value that is not quoted cannot end with ':'" + QUOTE_IT
        : "': ' inside a value that is not quoted" + QUOTE_IT);
  }

  /** A line that YAML cannot place: what SnakeYAML found where a block ended. */
  private static Diagnostic misplaced(SourceText source, Mark at, String found) {
    switch (found) {
      case "'-'":
        return problem(source, at, "a list item '-' among the keys of a mapping: remove the '-' if this line is "
            + "another key, or align it with the '-' of the other items of its list");
      case "'<block sequence start>'":
        return problem(source, at, "bad indentation of this list item: align its '-' with the '-' of the other "
            + "items of its list");
      case "'?'":
      case "'<block mapping start>'":
        Matcher key = KEY.matcher(source.from(at));
        return problem(source, at, "bad indentation of " + (key.matches() ? Nodes.quote(key.group(1)) : "this line")
            + ": align it with the other keys of its mapping");
      case "'<scalar>'":
        String before = source.before(at).stripTrailing();
        char last = before.isEmpty() ? ' ' : before.charAt(before.length() - 1);
        if (last == '"' || last == '\'') {
          return problem(source, at, "text after a closing quote: put the whole value in quotes, and inside "
              + "them write '' for ' in single quotes, \\\" for \" in double quotes");
        }
        if (last == '}' || last == ']') {
          return problem(source, at, "text after '" + last + "': YAML reads a value starting with '{' or '[' as a "
              + "mapping or a list" + QUOTE_IT);
        }
        return null;
      default:
        return null;
    }
  }

  private static Diagnostic keyWithoutColon(SourceText source, Mark start) {
    String text = source.from(start).strip();
    int colon = text.indexOf(':');
    if (colon > 0 && colon + 1 < text.length() && !Character.isWhitespace(text.charAt(colon + 1))) {
      return problem(source, start, "a space is missing after ':' in " + Nodes.quote(text) + "; write "
          + Nodes.quote(text.substring(0, colon + 1) + " " + text.substring(colon + 1)));
    }
    return problem(source, start, "no ':' after " + Nodes.quote(text) + "; each line of a mapping is 'key: value'");
  }

  private static Diagnostic problem(SourceText source, Mark mark, String message) {
    return new Diagnostic(source.location(mark), INVALID + message);
  }

  /** SnakeYAML's own message: the problem, and what it was reading at which line. */
  private static String snakeYamlWords(MarkedYAMLException e) {
    String problem = e.getProblem() != null ? e.getProblem() : e.getContext();
    if (e.getContext() != null && e.getProblem() != null && e.getContextMark() != null) {
      problem += " (" + e.getContext() + " at line " + (e.getContextMark().getLine() + 1) + ")";
    }
    return problem;
  }
}
