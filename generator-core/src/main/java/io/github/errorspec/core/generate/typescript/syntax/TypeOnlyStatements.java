package io.github.errorspec.core.generate.typescript.syntax;

import io.github.errorspec.core.generate.typescript.syntax.Token.Kind;

/**
 * Statements that are types only, which the JavaScript of a module leaves out whole: type
 * aliases, interfaces, {@code declare}d declarations, type-only imports and exports. TypeScript
 * that is not erasable ({@code enum}, {@code namespace}) is refused here.
 */
final class TypeOnlyStatements {

  private TypeOnlyStatements() {}

  /**
   * The index after a statement that is types only, starting at {@code i} (a type alias, an
   * interface, a {@code declare}d declaration, a type-only import or export), or -1.
   */
  static int end(Tokens t, int i) {
    int k = t.is(i, "export") ? i + 1 : i;
    if (t.is(k, "type") && t.at(k + 1).isName() && (t.is(k + 2, "=") || t.is(k + 2, "<"))) {
      int j = t.is(k + 2, "<") ? t.afterAngles(k + 2) : k + 2;
      return t.semicolon(t.afterType(t.expect(j, "=")));
    }
    if (t.is(k, "interface") && t.at(k + 1).isName()) {
      int j = k + 2;
      while (!t.is(j, "{")) {
        j = t.is(j, "<") ? t.afterAngles(j) : j + 1;
      }
      return t.matching(j) + 1;
    }
    if ((t.is(k, "declare") && t.at(k + 1).isName() && !t.at(k + 1).newlineBefore())
        || (t.is(k, "import") && t.is(k + 1, "type")) || (k > i && t.is(k, "type") && (t.is(k + 1, "{") || t.is(k + 1, "*")))) {
      int j = k + 1;
      while (!t.is(j, ";") && !t.is(j, "{") && t.at(j).kind() != Kind.END) {
        j = t.is(j, "(") || t.is(j, "[") ? t.matching(j) + 1 : j + 1;
      }
      return t.is(j, "{") ? t.semicolon(t.matching(j) + 1) : t.semicolon(j);
    }
    if (t.is(k, "enum") || (t.is(k, "const") && t.is(k + 1, "enum"))
        || ((t.is(k, "namespace") || t.is(k, "module")) && t.is(k + 2, "{") && !t.at(k + 1).newlineBefore())) {
      throw new SyntaxException("'" + t.at(k).text() + "' is not erasable TypeScript", t.at(k).start());
    }
    return -1;
  }
}
