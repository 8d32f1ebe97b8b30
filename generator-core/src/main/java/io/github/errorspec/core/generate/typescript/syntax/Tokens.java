package io.github.errorspec.core.generate.typescript.syntax;

import io.github.errorspec.core.generate.typescript.syntax.Token.Kind;
import java.util.List;
import java.util.Set;

/**
 * The tokens of one source, with what every reader of them needs: brackets matched, types
 * skipped (TypeScript's type grammar, which never needs to know what a type means).
 */
final class Tokens {

  /** Names that end no operand: after them, {@code <} compares and {@code !} negates. */
  private static final Set<String> OPERATOR_WORDS = Set.of("return", "typeof", "instanceof", "in", "of", "new",
      "delete", "void", "throw", "case", "do", "else", "yield", "await", "extends", "as", "satisfies", "keyof");

  /** Class member modifiers, TypeScript's among them. */
  static final Set<String> MEMBER_MODIFIERS = Set.of("public", "private", "protected", "readonly", "declare",
      "abstract", "override", "static", "accessor", "async", "get", "set");

  final String source;
  final List<Token> list;

  Tokens(String source) {
    this.source = source;
    this.list = Lexer.tokens(source);
  }

  Token at(int i) {
    return list.get(Math.min(i, list.size() - 1));
  }

  /** Whether token {@code i} is {@code value}. */
  boolean is(int i, String value) {
    return at(i).is(value);
  }

  /** The source text from token {@code from} to the end of token {@code to - 1}. */
  String text(int from, int to) {
    return source.substring(at(from).start(), at(to - 1).end());
  }

  /** Whether token {@code i} may end an operand, so that {@code <} after it may open type arguments. */
  boolean endsOperand(int i) {
    if (i < 0) {
      return false;
    }
    Token token = at(i);
    return switch (token.kind()) {
      case NAME -> !OPERATOR_WORDS.contains(token.text());
      case NUMBER, STRING, REGEX, TEMPLATE_TAIL -> true;
      case PUNCTUATOR -> token.is(")") || token.is("]");
      default -> false;
    };
  }

  /** The index of the bracket closing the one at {@code open} ({@code (}, {@code [} or {@code {}). */
  int matching(int open) {
    int depth = 0;
    for (int i = open; at(i).kind() != Kind.END; i++) {
      Token token = at(i);
      if (opens(token)) {
        depth++;
      } else if (closes(token)) {
        depth--;
        if (depth == 0) {
          return i;
        }
      }
    }
    throw new SyntaxException("a bracket is not closed", at(open).start());
  }

  /** The index after the {@code >} closing type parameters or arguments opened at {@code open}. */
  int afterAngles(int open) {
    int depth = 0;
    for (int i = open; at(i).kind() != Kind.END; i++) {
      if (is(i, "<")) {
        depth++;
      } else if (is(i, ">")) {
        depth--;
        if (depth == 0) {
          return i + 1;
        }
      } else if (is(i, "(") || is(i, "[") || is(i, "{")) {
        i = matching(i);
      } else if (is(i, ";")) {
        break;
      }
    }
    throw new SyntaxException("type parameters are not closed", at(open).start());
  }

  /** Whether {@code token} opens a nesting: a bracket, or a template's first substitution. */
  static boolean opens(Token token) {
    return token.is("(") || token.is("[") || token.is("{") || token.kind() == Kind.TEMPLATE_HEAD;
  }

  /** Whether {@code token} closes a nesting: a bracket, or a template's last substitution. */
  static boolean closes(Token token) {
    return token.is(")") || token.is("]") || token.is("}") || (token.kind() == Kind.TEMPLATE_TAIL && token.text().startsWith("}"));
  }

  /**
   * The index of the first token from {@code i} at this nesting that is one of {@code stops} or
   * closes the nesting: the end of an expression or a statement.
   */
  int skipTo(int i, Set<String> stops) {
    while (at(i).kind() != Kind.END && !closes(at(i)) && !stops.contains(at(i).text())) {
      i = opens(at(i)) ? matching(i) + 1 : i + 1;
    }
    return i;
  }

  /** Whether {@code token} ends a template substitution. */
  static boolean closesSubstitution(Token token) {
    return token.kind() == Kind.TEMPLATE_MIDDLE || (token.kind() == Kind.TEMPLATE_TAIL && token.text().startsWith("}"));
  }

  /** Whether a type may start at token {@code i}. */
  boolean startsType(int i) {
    Token token = at(i);
    return token.isName() || token.isLiteral() || token.kind() == Kind.TEMPLATE_HEAD
        || token.is("(") || token.is("{") || token.is("[") || token.is("<") || token.is("-");
  }

  /** The index after the type that starts at {@code i}. */
  int afterType(int i) {
    i = afterUnion(i);
    if (is(i, "extends") && !at(i).newlineBefore()) {
      i = afterUnion(i + 1);
      i = expect(i, "?");
      i = afterType(i);
      i = expect(i, ":");
      i = afterType(i);
    }
    return i;
  }

  private int afterUnion(int i) {
    if (is(i, "|") || is(i, "&")) {
      i++;
    }
    i = afterOperator(i);
    while (is(i, "|") || is(i, "&")) {
      i = afterOperator(i + 1);
    }
    return i;
  }

  private int afterOperator(int i) {
    if ((is(i, "keyof") || is(i, "unique") || is(i, "readonly")) && startsType(i + 1)) {
      return afterOperator(i + 1);
    }
    if (is(i, "infer") && at(i + 1).isName()) {
      return i + 2;
    }
    if (is(i, "asserts") && at(i + 1).isName() && !is(i + 1, "is")) {
      return is(i + 2, "is") ? afterType(i + 3) : i + 2;
    }
    i = afterPrimary(i);
    while (is(i, "[") && !at(i).newlineBefore()) {
      i = matching(i) + 1;
    }
    return i;
  }

  private int afterPrimary(int i) {
    Token token = at(i);
    if (token.is("(")) {
      int close = matching(i);
      return is(close + 1, "=>") ? afterType(close + 2) : close + 1;
    }
    if (token.is("abstract") && is(i + 1, "new")) {
      return afterPrimary(i + 1);
    }
    if (token.is("new") || token.is("<")) {
      int j = token.is("new") ? i + 1 : i;
      j = is(j, "<") ? afterAngles(j) : j;
      return afterType(expect(matching(expectAt(j, "(")) + 1, "=>"));
    }
    if (token.is("{") || token.is("[")) {
      return matching(i) + 1;
    }
    if (token.isLiteral()) {
      return i + 1;
    }
    if (token.kind() == Kind.TEMPLATE_HEAD) {
      int j = i + 1;
      while (true) {
        j = afterType(j);
        if (at(j).kind() == Kind.TEMPLATE_TAIL) {
          return j + 1;
        }
        if (at(j).kind() != Kind.TEMPLATE_MIDDLE) {
          throw new SyntaxException("a template literal type is not closed", at(j).start());
        }
        j++;
      }
    }
    if (token.is("-") && at(i + 1).kind() == Kind.NUMBER) {
      return i + 2;
    }
    if (token.is("typeof") || token.is("import")) {
      int j = token.is("import") ? matching(expectAt(i + 1, "(")) + 1 : i + 1;
      return afterReference(token.is("import") ? j : j + 1, j);
    }
    if (token.isName()) {
      int j = afterReference(i + 1, i);
      return is(j, "is") && j == i + 1 && !at(j).newlineBefore() ? afterType(j + 1) : j;
    }
    throw new SyntaxException("a type was expected, found '" + token.text() + "'", token.start());
  }

  /** After a name at {@code start}: its {@code .member}s and type arguments, if any. */
  private int afterReference(int i, int start) {
    while (is(i, ".") && at(i + 1).isName()) {
      i += 2;
    }
    return is(i, "<") && !at(i).newlineBefore() && i > start ? afterAngles(i) : i;
  }

  /**
   * The index after type arguments opened at {@code open} in an expression, or -1 when the
   * {@code <} compares instead.
   */
  int afterTypeArguments(int open) {
    int i = open + 1;
    try {
      while (true) {
        i = afterType(i);
        if (is(i, ">")) {
          return i + 1;
        }
        if (!is(i, ",")) {
          return -1;
        }
        i++;
      }
    } catch (SyntaxException e) {
      return -1;
    }
  }

  /** The index after the type annotation ({@code : Type}) at {@code i}, if there is one. */
  int afterTypeIfAny(int i) {
    return is(i, ":") ? afterType(i + 1) : i;
  }

  /** The index after an optional {@code ;} at {@code i}. */
  int semicolon(int i) {
    return is(i, ";") ? i + 1 : i;
  }

  /** Whether the modifier-like name at {@code j} modifies a class member rather than naming it. */
  boolean modifierPosition(int j) {
    Token next = at(j + 1);
    return (next.isName() || next.kind() == Kind.STRING || next.kind() == Kind.NUMBER || next.is("[") || next.is("*"))
        && !next.newlineBefore();
  }

  int expect(int i, String value) {
    return expectAt(i, value) + 1;
  }

  int expectAt(int i, String value) {
    if (!is(i, value)) {
      throw new SyntaxException("expected '" + value + "', found '" + at(i).text() + "'", at(i).start());
    }
    return i;
  }
}
