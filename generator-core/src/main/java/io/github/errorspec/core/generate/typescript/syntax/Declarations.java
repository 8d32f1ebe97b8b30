package io.github.errorspec.core.generate.typescript.syntax;

import io.github.errorspec.core.generate.typescript.syntax.Token.Kind;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The declarations ({@code .d.ts}) of a module whose exports all have explicit types, as
 * {@code tsc --isolatedDeclarations} requires: types and interfaces as written, functions, classes
 * and constants without their bodies and values, each with its doc comment. A declaration the
 * exports do not name, directly or through another, is left out, as {@code tsc} does.
 */
final class Declarations {

  /** One top-level declaration: its name, whether exported, its text (null: one that cannot be declared). */
  private record Declaration(String name, boolean exported, String text, boolean overload) {}

  private final Tokens t;
  private final Signatures signatures;
  private final List<Declaration> found = new ArrayList<>();

  private Declarations(String source) {
    this.t = new Tokens(source);
    this.signatures = new Signatures(t);
  }

  static String of(String source) {
    Declarations declarations = new Declarations(source);
    for (int i = 0; declarations.t.at(i).kind() != Kind.END; ) {
      i = declarations.statement(i);
    }
    return declarations.emit();
  }

  private int statement(int s) {
    boolean exported = t.is(s, "export");
    int k = exported ? s + 1 : s;
    String doc = t.source.substring(t.at(s).leadStart(), t.at(s).start());
    String prefix = doc + (exported ? "export " : "");
    if (t.is(k, "type") && t.at(k + 1).isName() && (t.is(k + 2, "=") || t.is(k + 2, "<"))) {
      int j = t.is(k + 2, "<") ? t.afterAngles(k + 2) : k + 2;
      int end = t.afterType(t.expect(j, "="));
      return add(t.at(k + 1).text(), exported, prefix + t.text(k, end) + ";", false, t.semicolon(end));
    }
    if (t.is(k, "interface") && t.at(k + 1).isName()) {
      int end = t.matching(t.skipTo(k, Set.of("{"))) + 1;
      return add(t.at(k + 1).text(), exported, prefix + t.text(k, end), false, end);
    }
    if (t.is(k, "declare")) {
      int end = t.skipTo(k, Set.of(";", "{"));
      end = t.is(end, "{") ? t.semicolon(t.matching(end) + 1) : t.semicolon(end);
      int name = t.is(k + 1, "async") || t.is(k + 1, "abstract") ? k + 3 : k + 2;
      return add(t.at(name).text(), exported, doc + t.text(s, end), false, end);
    }
    if (t.is(k, "function") || (t.is(k, "async") && t.is(k + 1, "function"))) {
      return function(s, t.is(k, "async") ? k + 1 : k, exported, prefix);
    }
    if (t.is(k, "class") || (t.is(k, "abstract") && t.is(k + 1, "class"))) {
      return classDeclaration(k, exported, prefix);
    }
    if (t.is(k, "const") || t.is(k, "let") || t.is(k, "var")) {
      return variable(k, exported, prefix);
    }
    if (exported) {
      throw new SyntaxException("an export that cannot be declared: '" + t.at(k).text() + "'", t.at(k).start());
    }
    int end = t.skipTo(s, Set.of(";"));
    if (!t.is(end, ";")) {
      throw new SyntaxException("a statement without ';'", t.at(s).start());
    }
    return end + 1;
  }

  private int add(String name, boolean exported, String text, boolean overload, int end) {
    found.add(new Declaration(name, exported, text, overload));
    return end;
  }


  private int function(int s, int keyword, boolean exported, String prefix) {
    int j = keyword + 1;
    if (t.is(j, "*")) {
      j++;
    }
    String name = t.at(j).text();
    Signatures.Signature signature = signatures.of(j + 1, name);
    j = signature.end();
    boolean body = t.is(j, "{");
    int end = body ? t.matching(j) + 1 : t.semicolon(j);
    return add(name, exported, prefix + "declare function " + name + signature.text() + ";", !body, end);
  }

  private int classDeclaration(int k, boolean exported, String prefix) {
    int open = t.skipTo(k, Set.of("{"));
    String name = t.at(t.is(k, "abstract") ? k + 2 : k + 1).text();
    StringBuilder text = new StringBuilder(prefix).append("declare ").append(t.text(k, open)).append(" {\n");
    int j = open + 1;
    boolean privateNames = false;
    while (!t.is(j, "}")) {
      if (t.is(j, ";")) {
        j++;
        continue;
      }
      Signatures.Member member = signatures.member(j);
      if (member.text() != null && (!member.text().startsWith("#") || !privateNames)) {
        privateNames |= member.text().startsWith("#");
        int lineStart = t.source.lastIndexOf('\n', t.at(j).leadStart() - 1) + 1;
        text.append(t.source, lineStart, t.at(j).start())
            .append(member.text().startsWith("#") ? "#private" : member.text()).append(";\n");
      }
      j = member.end();
    }
    return add(name, exported, text.append("}").toString(), false, j + 1);
  }

  private int variable(int k, boolean exported, String prefix) {
    String keyword = t.at(k).text();
    int j = k + 1;
    if (!t.at(j).isName()) {
      throw new SyntaxException("a destructuring declaration cannot be declared", t.at(j).start());
    }
    String name = t.at(j).text();
    j++;
    if (t.is(j, "!")) {
      j++;
    }
    String type = null;
    if (t.is(j, ":")) {
      int end = t.afterType(j + 1);
      type = ": " + t.text(j + 1, end);
      j = end;
    }
    // One name per statement: a ',' here may as well be in type arguments, new Map<K, V>().
    int end = t.is(j, "=") ? t.skipTo(j + 1, Set.of(";")) : j;
    if (type == null && t.is(j, "=")) {
      type = LiteralTypes.ofInitializer(t, j + 1, end, keyword.equals("const"));
      String object = type == null ? LiteralTypes.ofObject(t, signatures, j + 1, end) : null;
      type = object == null ? type : ": " + object;
    }
    if (type == null && exported) {
      throw new SyntaxException("the export " + name + " needs an explicit type", t.at(k).start());
    }
    return add(name, exported, type == null ? null : prefix + "declare " + keyword + " " + name + type + ";", false,
        t.semicolon(end));
  }

  /** Whether the name at {@code i} refers to a declaration rather than naming a member. */
  private static boolean isReference(List<Token> tokens, int i) {
    Token next = tokens.get(i + 1);
    return !(i > 0 && tokens.get(i - 1).is(".")) && !next.is(":") && !next.is("?") && !next.is("(");
  }

  /** The exports and every declaration they name, in source order, after the source's header comments. */
  private String emit() {
    Set<String> overloaded = found.stream().filter(Declaration::overload).map(Declaration::name)
        .collect(Collectors.toSet());
    Set<String> declared = found.stream().map(Declaration::name).collect(Collectors.toSet());
    Set<String> included = new HashSet<>();
    Deque<String> pending = new ArrayDeque<>();
    found.stream().filter(Declaration::exported).map(Declaration::name).forEach(pending::add);
    while (!pending.isEmpty()) {
      String name = pending.pop();
      if (!included.add(name)) {
        continue;
      }
      for (Declaration declaration : found) {
        if (declaration.name().equals(name) && declaration.text() != null) {
          List<Token> tokens = new Tokens(declaration.text()).list;
          for (int i = 0; i < tokens.size() - 1; i++) {
            if (tokens.get(i).isName() && declared.contains(tokens.get(i).text()) && isReference(tokens, i)) {
              pending.add(tokens.get(i).text());
            }
          }
        }
      }
    }
    List<String> texts = new ArrayList<>();
    boolean local = false;
    for (Declaration declaration : found) {
      if (included.contains(declaration.name()) && declaration.text() != null
          && (declaration.overload() || !overloaded.contains(declaration.name()))) {
        texts.add(declaration.text());
        local |= !declaration.exported();
      }
    }
    if (local) {
      texts.add("export {};");
    }
    return t.source.substring(0, t.at(0).leadStart()) + String.join("\n\n", texts) + "\n";
  }
}
