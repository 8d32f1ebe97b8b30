package io.github.errorspec.core.generate.spring;

import io.github.errorspec.core.generate.CatalogText;
import io.github.errorspec.core.generate.java.JavaText;
import io.github.errorspec.core.spec.ErrorDef;
import io.github.errorspec.core.spec.ErrorSpec;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The catalog's part of {@code ApiProblems}, written as data: each code's problem {@code type} and
 * {@code title} as {@link CatalogText} decides them for every output, and the catalog's reason
 * phrases (the title of a code it does not know).
 */
final class ProblemData {

  /** The most codes one generated method holds: the 64 KB a method's bytecode may take bound it. */
  static final int CODES_PER_METHOD = 500;

  private ProblemData() {}

  /** One {@code case} line per status of the catalog, returning its reason phrase. */
  static String reasons(ErrorSpec spec) {
    return spec.statuses().stream()
        .map(status -> "      case " + status.code() + ": return " + JavaText.literal(status.reason()) + ";\n")
        .collect(Collectors.joining());
  }

  /**
   * {@code typeAndTitle(String code)}: one {@code case} line per code, {@code {type, title}}, in
   * catalog order; a larger catalog continues in {@code typeAndTitle2}, {@code typeAndTitle3}...
   */
  static String methods(ErrorSpec spec) {
    List<ErrorDef> errors = spec.errors().collect(Collectors.toList());
    int methods = Math.max(1, (errors.size() + CODES_PER_METHOD - 1) / CODES_PER_METHOD);
    StringBuilder out = new StringBuilder();
    for (int method = 1; method <= methods; method++) {
      out.append("\n  /**\n   * ").append(method == 1
          ? "The {@code type} (null: none) and {@code title} the catalog decides for {@code code}; null\n"
              + "   * for a code it does not know."
          : "{@link #typeAndTitle}, continued: one method holds at most " + CODES_PER_METHOD + " codes.")
          .append("\n   */\n  private static String[] ").append(name(method)).append("(String code) {\n")
          .append("    switch (code) {\n");
      for (ErrorDef error : errors.subList((method - 1) * CODES_PER_METHOD,
          Math.min(errors.size(), method * CODES_PER_METHOD))) {
        String type = CatalogText.problemType(spec, error.code()).map(JavaText::literal).orElse("null");
        out.append("      case ").append(JavaText.literal(error.code())).append(": return new String[] {")
            .append(type).append(", ").append(JavaText.literal(CatalogText.problemTitle(spec, error))).append("};\n");
      }
      out.append("      default: return ").append(method == methods ? "null" : name(method + 1) + "(code)")
          .append(";\n    }\n  }\n");
    }
    return out.toString();
  }

  private static String name(int method) {
    return method == 1 ? "typeAndTitle" : "typeAndTitle" + method;
  }
}
