package io.github.errorspec.core.generate.typescript.syntax;

import io.github.errorspec.core.generate.typescript.syntax.Token.Kind;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/**
 * Splits a TypeScript source into tokens, knowing what a token reader must know to never mistake
 * text for code: strings, template literals and their substitutions, comments, and regular
 * expression literals (a {@code /} starts one where an operand may start).
 */
final class Lexer {

  /** Longest first. {@code >} is left out: it is always a token of its own. */
  private static final List<String> PUNCTUATORS = List.of("...", "??=", "===", "!==", "**=", "&&=", "||=", "<<=",
      "=>", "==", "!=", "**", "&&", "||", "??", "?.", "++", "--", "<<", "<=", "+=", "-=", "*=", "/=", "%=", "&=",
      "|=", "^=");

  /** Keywords after which a {@code /} starts a regular expression rather than dividing. */
  private static final Set<String> BEFORE_OPERAND = Set.of("return", "typeof", "instanceof", "in", "of", "new",
      "delete", "void", "throw", "case", "do", "else", "yield", "await");

  private final String source;
  private final List<Token> tokens = new ArrayList<>();
  /** The brace depth at which each open template substitution began. */
  private final Deque<Integer> substitutions = new ArrayDeque<>();
  private int position;
  private int braces;

  private Lexer(String source) {
    this.source = source;
  }

  /** The tokens of {@code source}, ending with an {@link Kind#END} token. */
  static List<Token> tokens(String source) {
    return new Lexer(source).run();
  }

  private List<Token> run() {
    while (true) {
      int leadStart = skipSpaceAndComments();
      boolean newline = source.substring(tokens.isEmpty() ? 0 : tokens.get(tokens.size() - 1).end(), position)
          .indexOf('\n') >= 0;
      if (position >= source.length()) {
        tokens.add(new Token(Kind.END, "", position, leadStart, newline));
        return tokens;
      }
      int start = position;
      Kind kind = next();
      tokens.add(new Token(kind, source.substring(start, position), start, leadStart, newline));
    }
  }

  /**
   * Skips whitespace and comments; returns where the comments attached to the next token begin:
   * the comments after the last blank line.
   */
  private int skipSpaceAndComments() {
    int leadStart = position;
    while (position < source.length()) {
      char c = source.charAt(position);
      if (c == '\n' && blankLineFollows()) {
        leadStart = position + 1;
        position++;
      } else if (Character.isWhitespace(c) || c == '\uFEFF') {
        position++;
      } else if (source.startsWith("//", position)) {
        int end = source.indexOf('\n', position);
        position = end < 0 ? source.length() : end;
      } else if (source.startsWith("/*", position)) {
        int end = source.indexOf("*/", position + 2);
        if (end < 0) {
          throw new SyntaxException("a comment is not closed", position);
        }
        position = end + 2;
      } else {
        break;
      }
    }
    while (leadStart < position && Character.isWhitespace(source.charAt(leadStart))) {
      leadStart++;
    }
    return leadStart;
  }

  /** Whether the line after the newline at {@code position} is blank. */
  private boolean blankLineFollows() {
    int i = position + 1;
    while (i < source.length() && (source.charAt(i) == ' ' || source.charAt(i) == '\t' || source.charAt(i) == '\r')) {
      i++;
    }
    return i < source.length() && source.charAt(i) == '\n';
  }

  private Kind next() {
    char c = source.charAt(position);
    if (Character.isJavaIdentifierStart(c) || c == '#') {
      position++;
      while (position < source.length() && Character.isJavaIdentifierPart(source.charAt(position))) {
        position++;
      }
      return Kind.NAME;
    }
    if (Character.isDigit(c) || (c == '.' && position + 1 < source.length() && Character.isDigit(source.charAt(position + 1)))) {
      position++;
      while (position < source.length() && (Character.isLetterOrDigit(source.charAt(position))
          || source.charAt(position) == '.' || source.charAt(position) == '_'
          || ((source.charAt(position) == '+' || source.charAt(position) == '-')
              && Character.toLowerCase(source.charAt(position - 1)) == 'e' && !source.startsWith("0x", position - 2)))) {
        position++;
      }
      return Kind.NUMBER;
    }
    if (c == '"' || c == '\'') {
      quoted(c);
      return Kind.STRING;
    }
    if (c == '`') {
      position++;
      return templatePart(Kind.TEMPLATE_HEAD);
    }
    if (c == '}' && !substitutions.isEmpty() && substitutions.peek() == braces) {
      substitutions.pop();
      position++;
      return templatePart(Kind.TEMPLATE_MIDDLE);
    }
    if (c == '/' && regexMayStart()) {
      regex();
      return Kind.REGEX;
    }
    for (String punctuator : PUNCTUATORS) {
      if (source.startsWith(punctuator, position)
          && !(punctuator.equals("?.") && position + 2 < source.length() && Character.isDigit(source.charAt(position + 2)))) {
        position += punctuator.length();
        return Kind.PUNCTUATOR;
      }
    }
    if (c == '{') {
      braces++;
    } else if (c == '}') {
      braces--;
    }
    position++;
    return Kind.PUNCTUATOR;
  }

  /** The rest of a template part, up to its closing backtick (a tail) or the next {@code ${} ({@code open}). */
  private Kind templatePart(Kind open) {
    while (position < source.length()) {
      char c = source.charAt(position);
      if (c == '\\') {
        position += 2;
      } else if (c == '`') {
        position++;
        return Kind.TEMPLATE_TAIL;
      } else if (c == '$' && source.startsWith("${", position)) {
        position += 2;
        substitutions.push(braces);
        return open;
      } else {
        position++;
      }
    }
    throw new SyntaxException("a template literal is not closed", position);
  }

  private void quoted(char quote) {
    int start = position++;
    while (position < source.length() && source.charAt(position) != quote) {
      if (source.charAt(position) == '\n') {
        break;
      }
      position += source.charAt(position) == '\\' ? 2 : 1;
    }
    if (position >= source.length() || source.charAt(position) != quote) {
      throw new SyntaxException("a string is not closed", start);
    }
    position++;
  }

  private boolean regexMayStart() {
    if (tokens.isEmpty()) {
      return true;
    }
    Token last = tokens.get(tokens.size() - 1);
    return switch (last.kind()) {
      case NAME -> BEFORE_OPERAND.contains(last.text());
      case PUNCTUATOR -> !(last.is(")") || last.is("]") || last.is("}") || last.is("++") || last.is("--"));
      case TEMPLATE_HEAD, TEMPLATE_MIDDLE -> true;
      default -> false;
    };
  }

  private void regex() {
    int start = position++;
    boolean inClass = false;
    while (position < source.length()) {
      char c = source.charAt(position);
      if (c == '\n') {
        break;
      } else if (c == '\\') {
        position++;
      } else if (c == '[') {
        inClass = true;
      } else if (c == ']') {
        inClass = false;
      } else if (c == '/' && !inClass) {
        position++;
        while (position < source.length() && Character.isLetter(source.charAt(position))) {
          position++;
        }
        return;
      }
      position++;
    }
    throw new SyntaxException("a regular expression is not closed", start);
  }
}
