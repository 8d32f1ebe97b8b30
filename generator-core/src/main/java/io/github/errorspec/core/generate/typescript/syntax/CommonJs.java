package io.github.errorspec.core.generate.typescript.syntax;

import io.github.errorspec.core.generate.typescript.syntax.Token.Kind;
import java.util.ArrayList;
import java.util.List;

/**
 * An ES module as CommonJS: each top-level {@code export} keyword removed and the names it
 * exported assigned to {@code exports} at the end, in the form Node's ES module loader reads
 * statically, so that {@code import} of the CommonJS file sees the same names.
 */
final class CommonJs {

  private CommonJs() {}

  static String of(String module) {
    Tokens t = new Tokens(module);
    Removals removals = new Removals(module);
    List<String> names = new ArrayList<>();
    int depth = 0;
    for (int i = 0; t.at(i).kind() != Kind.END; i++) {
      Token token = t.at(i);
      if (Tokens.opens(token)) {
        depth++;
      } else if (Tokens.closes(token)) {
        depth--;
      } else if (depth == 0 && token.is("export") && (i == 0 || t.is(i - 1, ";") || t.is(i - 1, "}"))) {
        removals.upToNext(token, t.at(i + 1));
        names.add(exportedName(t, i + 1));
      }
    }
    StringBuilder out = new StringBuilder("\"use strict\";\n");
    out.append("Object.defineProperty(exports, \"__esModule\", { value: true });\n");
    out.append(removals.apply());
    if (!names.isEmpty()) {
      out.append('\n');
    }
    names.forEach(name -> out.append("exports.").append(name).append(" = ").append(name).append(";\n"));
    return out.toString();
  }

  /** The name a declaration after {@code export} declares: {@code const NAME}, {@code async function NAME}, ... */
  private static String exportedName(Tokens t, int i) {
    int j = t.is(i, "async") ? i + 1 : i;
    if (t.is(j, "function") && t.is(j + 1, "*")) {
      j++;
    }
    if ((t.is(j, "const") || t.is(j, "let") || t.is(j, "var") || t.is(j, "function") || t.is(j, "class"))
        && t.at(j + 1).isName() && (t.is(j + 2, "=") || t.is(j + 2, "(") || t.is(j + 2, "{") || t.is(j + 2, "extends")
            || t.is(j + 2, ";"))) {
      return t.at(j + 1).text();
    }
    throw new SyntaxException("only 'export' of one named declaration becomes CommonJS", t.at(i).start());
  }
}
