package io.github.errorspec.core.generate.typescript.syntax;

import io.github.errorspec.core.generate.typescript.syntax.Token.Kind;
import java.util.Set;

/**
 * The JavaScript of a TypeScript module: the module with its erasable syntax removed (type
 * annotations, type parameters and arguments, {@code as} and {@code satisfies}, non-null
 * assertions, TypeScript's modifiers, and whole type aliases, interfaces, {@code declare}d,
 * abstract and overload declarations with their doc comments). What remains runs as the module
 * would have run compiled with {@code useDefineForClassFields}. Syntax that is not erasable
 * ({@code enum}, {@code namespace}, parameter properties) is refused.
 */
final class TypeEraser {

  /** Parenthesised conditions, not parameter lists, even when a block follows. */
  private static final Set<String> CONDITIONS = Set.of("if", "while", "for", "switch", "with", "return");

  private final Tokens t;
  private final Removals removals;
  private final ClassEraser classes;

  private TypeEraser(String source) {
    this.t = new Tokens(source);
    this.removals = new Removals(source);
    this.classes = new ClassEraser(this, t, removals);
  }

  /** The JavaScript of {@code source}. */
  static String erase(String source) {
    TypeEraser eraser = new TypeEraser(source);
    int end = eraser.walk(0, false, false);
    if (eraser.t.at(end).kind() != Kind.END) {
      throw new SyntaxException("unexpected '" + eraser.t.at(end).text() + "'", eraser.t.at(end).start());
    }
    return eraser.removals.apply();
  }

  /**
   * Reads code from {@code i} up to a closing bracket, the end of a template substitution, or the
   * end, and also a {@code ,} or {@code ;} when asked; returns the index of the token it stopped at.
   */
  int walk(int i, boolean stopAtComma, boolean stopAtSemicolon) {
    while (true) {
      Token token = t.at(i);
      if (token.kind() == Kind.END || token.is(")") || token.is("]") || token.is("}") || Tokens.closesSubstitution(token)
          || (stopAtComma && token.is(",")) || (stopAtSemicolon && token.is(";"))) {
        return i;
      }
      i = step(i);
    }
  }

  /** Reads the construct at {@code i}; returns the index after it. */
  private int step(int i) {
    Token token = t.at(i);
    if (statementStart(i)) {
      int end = TypeOnlyStatements.end(t, i);
      if (end > 0) {
        removals.whole(t.at(i), t.at(end - 1));
        return end;
      }
    }
    if (token.is("abstract") && t.is(i + 1, "class") && (statementStart(i) || t.is(i - 1, "export"))) {
      removals.upToNext(token, t.at(i + 1));
      return i + 1;
    }
    if (token.is("function")) {
      return function(i);
    }
    if (token.is("class")) {
      return classes.classDeclaration(i);
    }
    if (token.is("const") || token.is("let") || token.is("var")) {
      return declarators(i + 1);
    }
    if (token.is("(")) {
      return parenthesis(i);
    }
    if (token.is("[") || token.is("{")) {
      return afterBracket(i);
    }
    if (token.kind() == Kind.TEMPLATE_HEAD) {
      int j = i + 1;
      while (true) {
        j = walk(j, false, false);
        if (t.at(j).kind() != Kind.TEMPLATE_MIDDLE) {
          return j + 1;
        }
        j++;
      }
    }
    if ((token.is("as") || token.is("satisfies")) && (t.endsOperand(i - 1) || t.is(i - 1, "}")) && t.startsType(i + 1)) {
      int end = t.afterType(i + 1);
      removals.between(t.at(i - 1), t.at(end - 1));
      return end;
    }
    if (token.is("!") && t.endsOperand(i - 1) && !token.newlineBefore()) {
      removals.token(token);
      return i + 1;
    }
    if (token.is("<") && t.endsOperand(i - 1)) {
      int end = t.afterTypeArguments(i);
      if (end > 0 && (t.is(end, "(") || t.at(end).kind() == Kind.TEMPLATE_HEAD || t.at(end).kind() == Kind.TEMPLATE_TAIL)) {
        removals.span(token, t.at(end - 1));
        return end;
      }
    }
    return i + 1;
  }

  private boolean statementStart(int i) {
    return i == 0 || t.is(i - 1, ";") || t.is(i - 1, "{") || t.is(i - 1, "}");
  }

  /** A function declaration or expression; one without a body (an overload) is removed whole. */
  private int function(int i) {
    int j = i + 1;
    if (t.is(j, "*")) {
      j++;
    }
    if (t.at(j).isName()) {
      j++;
    }
    j = typeParameters(j);
    j = signatureRest(j);
    if (t.is(j, "{")) {
      return afterBracket(j);
    }
    int start = i;
    while (start > 0 && (t.is(start - 1, "async") || t.is(start - 1, "export") || t.is(start - 1, "default"))) {
      start--;
    }
    int end = t.semicolon(j);
    removals.whole(t.at(start), t.at(end - 1));
    return end;
  }

  int typeParameters(int j) {
    if (t.is(j, "<")) {
      int end = t.afterAngles(j);
      removals.span(t.at(j), t.at(end - 1));
      return end;
    }
    return j;
  }

  /** Parameters at {@code open} and the return type after them, if any. */
  int signatureRest(int open) {
    int j = parameters(open);
    if (t.is(j, ":")) {
      int end = t.afterType(j + 1);
      removals.between(t.at(j - 1), t.at(end - 1));
      return end;
    }
    return j;
  }

  /** A parameter list at {@code open}; returns the index after its {@code )}. */
  private int parameters(int open) {
    int j = t.expect(open, "(");
    while (!t.is(j, ")")) {
      if (Set.of("public", "private", "protected", "readonly", "override").contains(t.at(j).text())
          && (t.at(j + 1).isName() || t.is(j + 1, "{") || t.is(j + 1, "["))) {
        throw new SyntaxException("parameter properties are not erasable TypeScript", t.at(j).start());
      }
      boolean self = t.is(j, "this") && (t.is(j + 1, ":") || t.is(j + 1, ",") || t.is(j + 1, ")"));
      int start = j;
      if (t.is(j, "...")) {
        j++;
      }
      j = t.is(j, "{") || t.is(j, "[") ? afterBracket(j) : j + 1;
      int bindingEnd = j - 1;
      if (t.is(j, "?")) {
        j++;
      }
      if (t.is(j, ":")) {
        j = t.afterType(j + 1);
      }
      if (self) {
        j = t.is(j, ",") ? j + 1 : j;
        removals.range(t.at(start).start(), t.at(j).start());
        continue;
      }
      if (j - 1 > bindingEnd) {
        removals.between(t.at(bindingEnd), t.at(j - 1));
      }
      if (t.is(j, "=")) {
        j = walk(j + 1, true, false);
      }
      if (t.is(j, ",")) {
        j++;
      } else if (!t.is(j, ")")) {
        throw new SyntaxException("unexpected '" + t.at(j).text() + "' in parameters", t.at(j).start());
      }
    }
    return j + 1;
  }

  /** {@code (} of a parameter list (an arrow function's, a method's, a catch clause's) or of an expression. */
  private int parenthesis(int i) {
    int close = t.matching(i);
    // A method's name, computed name or type parameters before the parameters: name(...) {, [key](...) {, name<T>(...) {
    boolean named = t.at(i - 1).isName() && !CONDITIONS.contains(t.at(i - 1).text()) || t.is(i - 1, "]") || t.is(i - 1, ">");
    if (t.is(close + 1, "=>") || t.is(i - 1, "catch") || (t.is(close + 1, "{") && named)) {
      return parameters(i);
    }
    if (t.is(close + 1, ":")) {
      try {
        int end = t.afterType(close + 2);
        if (t.is(end, "=>") || (t.is(end, "{") && named)) {
          return signatureRest(i);
        }
      } catch (SyntaxException e) {
        // a conditional expression's ':', not a return type
      }
    }
    return afterBracket(i);
  }

  int afterBracket(int open) {
    int close = walk(open + 1, false, false);
    if (t.at(close).kind() == Kind.END || Tokens.closesSubstitution(t.at(close))) {
      throw new SyntaxException("a bracket is not closed", t.at(open).start());
    }
    return close + 1;
  }

  /** The declarators of a {@code const}, {@code let} or {@code var}: {@code name!: Type = value, ...}. */
  private int declarators(int j) {
    while (true) {
      j = t.is(j, "{") || t.is(j, "[") ? afterBracket(j) : j + 1;
      int bindingEnd = j - 1;
      if (t.is(j, "!")) {
        j++;
      }
      if (t.is(j, ":")) {
        j = t.afterType(j + 1);
      }
      if (j - 1 > bindingEnd) {
        removals.between(t.at(bindingEnd), t.at(j - 1));
      }
      if (t.is(j, "=")) {
        j = walk(j + 1, true, true);
      }
      if (!t.is(j, ",")) {
        return j;
      }
      j++;
    }
  }
}
