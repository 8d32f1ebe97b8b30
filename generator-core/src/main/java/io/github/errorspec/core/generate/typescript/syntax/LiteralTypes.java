package io.github.errorspec.core.generate.typescript.syntax;

import io.github.errorspec.core.generate.typescript.syntax.Token.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The type of an initializer that has no annotation, where {@code tsc --isolatedDeclarations}
 * can tell it from the text alone: a literal ({@code 32}, or {@code number} where it may change),
 * and an {@code as const} object or array of literals, each member {@code readonly} and
 * keeping its doc comment.
 */
final class LiteralTypes {

  private LiteralTypes() {}

  /**
   * The declared form of the initializer from {@code start} to {@code end}: {@code " = 32"} or
   * {@code ": { readonly ... }"}; null when the text does not tell it.
   *
   * @param constant whether the value can never change, so that a literal keeps its own type
   */
  static String ofInitializer(Tokens t, int start, int end, boolean constant) {
    if (end - start >= 3 && t.is(end - 2, "as") && t.is(end - 1, "const")) {
      return ": " + literal(t, start, end - 2, "");
    }
    if (isLiteral(t, start, end)) {
      return constant ? " = " + t.text(start, end) : ": " + widened(t, start, end);
    }
    return null;
  }

  /** The type of a parameter's default, a literal: {@code string}, {@code number} or {@code boolean}. */
  static String widened(Tokens t, int start, int end) {
    if (!isLiteral(t, start, end)) {
      throw new SyntaxException("a default that is not a literal needs an explicit type", t.at(start).start());
    }
    Token token = t.at(end - 1);
    return token.kind() == Kind.NUMBER ? "number" : token.is("true") || token.is("false") ? "boolean" : "string";
  }

  /**
   * The type of a plain object literal from {@code start} to {@code end} whose members are literals
   * (widened: they may change), functions with explicit return types, methods, or such objects;
   * null for any other initializer.
   */
  static String ofObject(Tokens t, Signatures signatures, int start, int end) {
    if (!t.is(start, "{") || t.matching(start) != end - 1) {
      return null;
    }
    List<String> members = new ArrayList<>();
    int j = start + 1;
    while (j < end - 1) {
      int memberEnd = t.skipTo(j, Set.of(","));
      int k = t.is(j, "async") && !t.is(j + 1, ":") && !t.is(j + 1, "(") ? j + 1 : j;
      Token key = t.at(k);
      if (!(key.isName() || key.kind() == Kind.STRING || key.kind() == Kind.NUMBER)) {
        return null;
      }
      if (t.is(k + 1, "(") || t.is(k + 1, "<")) {
        members.add(key.text() + signatures.of(k + 1, key.text()).text());
      } else if (t.is(k + 1, ":")) {
        String value = valueType(t, signatures, k + 2, memberEnd);
        if (value == null) {
          return null;
        }
        members.add(key.text() + ": " + value);
      } else {
        return null;
      }
      j = t.is(memberEnd, ",") ? memberEnd + 1 : memberEnd;
    }
    return "{ " + String.join("; ", members) + (members.isEmpty() ? "}" : "; }");
  }

  /** The type of an object member's value: a literal (widened), an arrow function with a return type, an object. */
  private static String valueType(Tokens t, Signatures signatures, int start, int end) {
    if (isLiteral(t, start, end)) {
      return widened(t, start, end);
    }
    if (t.is(start, "{")) {
      return ofObject(t, signatures, start, end);
    }
    int arrow = t.is(start, "async") ? start + 1 : start;
    if (t.is(arrow, "(") || t.is(arrow, "<")) {
      Signatures.Signature signature = signatures.of(arrow, "function");
      if (t.is(signature.end(), "=>")) {
        int colon = signature.text().lastIndexOf("): ");
        return signature.text().substring(0, colon + 1) + " => " + signature.text().substring(colon + 3);
      }
    }
    return null;
  }

  private static boolean isLiteral(Tokens t, int start, int end) {
    Token token = t.at(start);
    if (end - start == 2 && token.is("-")) {
      return t.at(start + 1).kind() == Kind.NUMBER;
    }
    return end - start == 1 && (token.isLiteral() || token.is("true") || token.is("false"));
  }

  /** The {@code as const} type of the value from {@code start} to {@code end}. */
  private static String literal(Tokens t, int start, int end, String indent) {
    Token token = t.at(start);
    if (isLiteral(t, start, end) || (end - start == 1 && token.is("null"))) {
      return t.text(start, end);
    }
    if ((token.is("{") || token.is("[")) && t.matching(start) == end - 1) {
      boolean object = token.is("{");
      List<String> members = new ArrayList<>();
      int j = start + 1;
      while (j < end - 1) {
        int valueStart = j;
        String key = "";
        if (object) {
          if (!(t.at(j).isName() || t.at(j).kind() == Kind.STRING || t.at(j).kind() == Kind.NUMBER) || !t.is(j + 1, ":")) {
            throw new SyntaxException("only 'key: literal' members have an 'as const' type", t.at(j).start());
          }
          if (indent.isEmpty()) {
            int lineStart = Math.max(t.source.lastIndexOf('\n', t.at(j).leadStart() - 1) + 1, t.at(j - 1).end());
            key = t.at(j).newlineBefore() ? t.source.substring(lineStart, t.at(j).start()) : "  ";
          }
          key += "readonly " + t.at(j).text() + ": ";
          valueStart = j + 2;
        }
        int valueEnd = t.skipTo(valueStart, Set.of(","));
        members.add(key + literal(t, valueStart, valueEnd, indent + "  "));
        j = t.is(valueEnd, ",") ? valueEnd + 1 : valueEnd;
      }
      if (!object) {
        return "readonly [" + String.join(", ", members) + "]";
      }
      if (!indent.isEmpty()) {
        return "{ " + String.join("; ", members) + " }";
      }
      return "{\n" + String.join(";\n", members) + ";\n}";
    }
    throw new SyntaxException("only literals have an 'as const' type", token.start());
  }
}
