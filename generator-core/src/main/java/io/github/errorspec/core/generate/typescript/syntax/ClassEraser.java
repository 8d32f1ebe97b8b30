package io.github.errorspec.core.generate.typescript.syntax;

import java.util.Set;

/**
 * The erasable syntax of classes: type parameters and arguments, {@code implements}, TypeScript's
 * modifiers, optional and definite marks, member types; whole {@code declare}d and abstract
 * members, index signatures and overloads. Bodies and initializers are read by {@link TypeEraser}.
 */
final class ClassEraser {

  private static final Set<String> TYPESCRIPT_MODIFIERS = Set.of("public", "private", "protected", "readonly",
      "declare", "abstract", "override");

  private final TypeEraser eraser;
  private final Tokens t;
  private final Removals removals;

  ClassEraser(TypeEraser eraser, Tokens t, Removals removals) {
    this.eraser = eraser;
    this.t = t;
    this.removals = removals;
  }

  /** A class declaration or expression at {@code class}; returns the index after its body. */
  int classDeclaration(int i) {
    int j = i + 1;
    if (t.at(j).isName() && !t.is(j, "extends") && !t.is(j, "implements")) {
      j++;
    }
    j = eraser.typeParameters(j);
    if (t.is(j, "extends")) {
      j++;
      while (!t.is(j, "{") && !t.is(j, "implements")) {
        if (t.is(j, "<") && t.endsOperand(j - 1)) {
          int end = t.afterAngles(j);
          removals.span(t.at(j), t.at(end - 1));
          j = end;
        } else {
          j = t.is(j, "(") || t.is(j, "[") ? eraser.afterBracket(j) : j + 1;
        }
      }
    }
    if (t.is(j, "implements")) {
      int end = t.afterType(j + 1);
      while (t.is(end, ",")) {
        end = t.afterType(end + 1);
      }
      removals.between(t.at(j - 1), t.at(end - 1));
      j = end;
    }
    j = t.expectAt(j, "{") + 1;
    while (!t.is(j, "}")) {
      j = t.is(j, ";") ? j + 1 : member(j);
    }
    return j + 1;
  }

  /** One class member at {@code start}; returns the index after it. */
  private int member(int start) {
    if (t.is(start, "static") && t.is(start + 1, "{")) {
      return eraser.afterBracket(start + 1);
    }
    Removals.Mark mark = removals.mark();
    boolean erased = false;
    int j = start;
    while (Tokens.MEMBER_MODIFIERS.contains(t.at(j).text()) && t.modifierPosition(j)) {
      erased |= t.is(j, "declare") || t.is(j, "abstract");
      if (TYPESCRIPT_MODIFIERS.contains(t.at(j).text())) {
        removals.upToNext(t.at(j), t.at(j + 1));
      }
      j++;
    }
    if (t.is(j, "*")) {
      j++;
    }
    boolean index = t.is(j, "[") && t.at(j + 1).isName() && t.is(j + 2, ":");
    j = t.is(j, "[") ? (index ? t.matching(j) + 1 : eraser.afterBracket(j)) : j + 1;
    if (t.is(j, "?") || t.is(j, "!")) {
      removals.token(t.at(j));
      j++;
    }
    j = eraser.typeParameters(j);
    if (t.is(j, "(")) {
      j = eraser.signatureRest(j);
      if (t.is(j, "{")) {
        j = eraser.afterBracket(j);
        return erased ? removeMember(mark, start, j) : j;
      }
      return removeMember(mark, start, t.semicolon(j));
    }
    if (t.is(j, ":")) {
      int end = t.afterType(j + 1);
      removals.between(t.at(j - 1), t.at(end - 1));
      j = end;
    }
    if (t.is(j, "=")) {
      j = eraser.walk(j + 1, false, true);
    }
    j = t.semicolon(j);
    return erased || index ? removeMember(mark, start, j) : j;
  }

  private int removeMember(Removals.Mark mark, int start, int end) {
    removals.reset(mark);
    removals.whole(t.at(start), t.at(end - 1));
    return end;
  }
}
