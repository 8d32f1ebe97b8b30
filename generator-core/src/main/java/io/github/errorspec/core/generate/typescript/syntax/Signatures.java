package io.github.errorspec.core.generate.typescript.syntax;

import io.github.errorspec.core.generate.typescript.syntax.Token.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The declared form of signatures and class members: parameters without their default values
 * (optional instead), explicit types kept, bodies and initializers dropped, private members
 * without their types, as {@code tsc} declares them.
 */
final class Signatures {

  /** A signature's text, {@code <T>(a: T, b?: number): T}, and the index after it. */
  record Signature(String text, int end) {}

  /** A member's declared text (null: nothing to declare) and the index after it. */
  record Member(String text, int end) {}

  /** Modifiers a declaration keeps. */
  private static final Set<String> KEPT = Set.of("public", "private", "protected", "readonly", "abstract", "static",
      "accessor", "get", "set");

  private final Tokens t;

  Signatures(Tokens t) {
    this.t = t;
  }

  /** The signature from {@code i} (type parameters or {@code (}) of {@code name}, which needs a return type. */
  Signature of(int i, String name) {
    String typeParameters = "";
    if (t.is(i, "<")) {
      int end = t.afterAngles(i);
      typeParameters = t.text(i, end);
      i = end;
    }
    Signature parameters = parameters(i);
    i = parameters.end();
    if (!t.is(i, ":")) {
      if (name.equals("constructor") || name.startsWith("set ")) {
        return new Signature(typeParameters + parameters.text(), i);
      }
      throw new SyntaxException(name + " needs an explicit return type", t.at(i).start());
    }
    int end = t.afterType(i + 1);
    return new Signature(typeParameters + parameters.text() + ": " + t.text(i + 1, end), end);
  }

  /** The parameters at {@code open}, defaults turned into {@code ?}. */
  Signature parameters(int open) {
    int j = t.expect(open, "(");
    List<String> parameters = new ArrayList<>();
    while (!t.is(j, ")")) {
      StringBuilder parameter = new StringBuilder();
      if (t.is(j, "...")) {
        parameter.append("...");
        j++;
      }
      int bindingEnd = t.is(j, "{") || t.is(j, "[") ? t.matching(j) + 1 : j + 1;
      parameter.append(t.text(j, bindingEnd));
      j = bindingEnd;
      boolean optional = t.is(j, "?");
      j = optional ? j + 1 : j;
      String type = null;
      if (t.is(j, ":")) {
        int end = t.afterType(j + 1);
        type = t.text(j + 1, end);
        j = end;
      }
      if (t.is(j, "=")) {
        int end = t.skipTo(j + 1, Set.of(",", ")"));
        type = type != null ? type : LiteralTypes.widened(t, j + 1, end);
        optional = true;
        j = end;
      }
      if (type == null) {
        throw new SyntaxException("parameter " + parameter + " needs an explicit type", t.at(j).start());
      }
      parameters.add(parameter.append(optional ? "?: " : ": ").append(type).toString());
      j = t.is(j, ",") ? j + 1 : t.expectAt(j, ")");
    }
    return new Signature("(" + String.join(", ", parameters) + ")", j + 1);
  }

  /** The class member at {@code start}. */
  Member member(int start) {
    if (t.is(start, "static") && t.is(start + 1, "{")) {
      return new Member(null, t.matching(start + 1) + 1);
    }
    StringBuilder modifiers = new StringBuilder();
    boolean hidden = false;
    int j = start;
    while (Tokens.MEMBER_MODIFIERS.contains(t.at(j).text()) && t.modifierPosition(j)) {
      hidden |= t.is(j, "private");
      if (KEPT.contains(t.at(j).text())) {
        modifiers.append(t.at(j).text()).append(' ');
      }
      j++;
    }
    if (t.is(j, "*")) {
      j++;
    }
    if (t.is(j, "[") && t.at(j + 1).isName() && t.is(j + 2, ":")) {
      int end = t.skipTo(j, Set.of(";"));
      return new Member(modifiers + t.text(j, end), t.semicolon(end));
    }
    int nameEnd = t.is(j, "[") ? t.matching(j) + 1 : j + 1;
    String name = t.text(j, nameEnd);
    hidden |= name.startsWith("#");
    j = nameEnd;
    String optional = t.is(j, "?") ? "?" : "";
    j = t.is(j, "?") || t.is(j, "!") ? j + 1 : j;
    if (t.is(j, "(") || t.is(j, "<")) {
      int end = hidden ? t.matching(t.skipTo(j, Set.of("("))) + 1 : -1;
      Signature signature = hidden ? null : of(j, modifiers.toString().contains("set ") ? "set " + name : name);
      end = hidden ? t.afterTypeIfAny(end) : signature.end();
      int after = t.is(end, "{") ? t.matching(end) + 1 : t.semicolon(end);
      return new Member(hidden ? privateName(modifiers, name) : modifiers + name + optional + signature.text(), after);
    }
    String type = null;
    if (t.is(j, ":")) {
      int end = t.afterType(j + 1);
      type = ": " + t.text(j + 1, end);
      j = end;
    }
    int end = j;
    if (t.is(j, "=")) {
      end = t.skipTo(j + 1, Set.of(";"));
      if (type == null && !hidden) {
        type = LiteralTypes.ofInitializer(t, j + 1, end, modifiers.toString().contains("readonly "));
      }
    }
    if (hidden) {
      return new Member(privateName(modifiers, name), t.semicolon(end));
    }
    if (type == null) {
      throw new SyntaxException("member " + name + " needs an explicit type", t.at(start).start());
    }
    return new Member(modifiers + name + optional + type, t.semicolon(end));
  }

  private static String privateName(StringBuilder modifiers, String name) {
    return name.startsWith("#") ? "#private" : modifiers.toString().replace("get ", "").replace("set ", "") + name;
  }


}
