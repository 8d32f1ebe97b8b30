package io.github.errorspec.core.generate.python;

import io.github.errorspec.core.generate.CatalogText;
import io.github.errorspec.core.generate.StatusNames;
import io.github.errorspec.core.spec.ErrorDef;
import io.github.errorspec.core.spec.ErrorSpec;
import io.github.errorspec.core.spec.MessageTemplate;
import io.github.errorspec.core.spec.Param;
import io.github.errorspec.core.spec.ParamType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The parts of the Python module about error parameters: one {@code TypedDict} per code with
 * params, the overloads of {@code ErrorCode.error} that make pyright check them per code, and the
 * table the module renders messages from.
 */
final class PythonParams {

  private static final String INDENT = "    ";

  /** The {@code TypedDict} name of each code with params, in catalog order. */
  private final Map<ErrorDef, String> names = new LinkedHashMap<>();
  private final StatusNames statusNames;

  PythonParams(ErrorSpec spec, StatusNames statusNames) {
    this.statusNames = statusNames;
    Map<String, ErrorDef> byCode = new LinkedHashMap<>();
    spec.errors().forEach(error -> byCode.put(error.code(), error));
    CatalogText.paramsTypeNames(spec, Set.of()).forEach((code, name) -> names.put(byCode.get(code), name));
  }

  /** The imports the other parts need, when there are any. */
  String imports() {
    return names.isEmpty() ? "" : "from typing import Literal, TypedDict\n";
  }

  /** The names {@code __all__} exports. */
  List<String> exported() {
    return List.copyOf(names.values());
  }

  /** The name of {@code error}'s {@code TypedDict}, when it has params. */
  Optional<String> name(ErrorDef error) {
    return Optional.ofNullable(names.get(error));
  }

  /** One functional-syntax {@code TypedDict} per code, so that keys such as {@code class} work. */
  String typedDicts() {
    StringBuilder out = new StringBuilder();
    names.forEach((error, name) -> {
      out.append(out.length() == 0 ? "" : "\n").append(name).append(" = TypedDict(\"").append(name).append("\", ")
          .append(error.params().stream()
              .map(param -> PythonText.literal(param.name()) + ": " + pythonType(param.type()))
              .collect(Collectors.joining(", ", "{", "}")))
          .append(")\n")
          .append("\"\"\"The params of ``ErrorCode.").append(error.code()).append("``, every key required.\n\n");
      for (Param param : error.params()) {
        out.append("- ``").append(param.name()).append("``: ").append(param.type().specName());
        param.description().filter(text -> !text.isBlank())
            .ifPresent(text -> out.append(". ").append(PythonText.sentence(text, "  ")));
        out.append('\n');
      }
      out.append("\"\"\"\n");
    });
    return out.length() == 0 ? "" : out.append("\n\n").toString();
  }

  /**
   * One overload of {@code error} per code with params, its {@code self} the member's literal
   * type, then the overload every other call takes (none without any code with params: one
   * overload alone is an error).
   */
  String overloads() {
    if (names.isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder("\n");
    names.forEach((error, name) -> out.append(INDENT).append("@overload\n")
        .append(INDENT).append("def error(self: \"Literal[ErrorCode.").append(error.code())
        .append("]\", issue: Optional[str] = None, field: Optional[str] = None, *,\n")
        .append(INDENT).append("          params: ").append(name)
        .append(", violations: Iterable[Violation] = ()) -> \"").append(errorClass(error.status())).append("\": ...\n\n"));
    return out.append(INDENT).append("@overload\n")
        .append(INDENT).append("def error(self, issue: Optional[str] = None, field: Optional[str] = None, *,\n")
        .append(INDENT).append("          violations: Iterable[Violation] = ()) -> \"ApiError\": ...\n")
        .toString();
  }

  /** The table {@code error(params=...)} checks values and renders messages with. */
  String table() {
    StringBuilder out = new StringBuilder("_PARAMS: Dict[str, _ParamsRow] = {\n")
        .append(INDENT).append("# code: ({param: type}, the message: text and param names alternating, text first and last)\n");
    names.keySet().forEach(error -> out.append(INDENT).append('"').append(error.code()).append("\": (")
        .append(error.params().stream()
            .map(param -> PythonText.literal(param.name()) + ": " + PythonText.literal(param.type().specName()))
            .collect(Collectors.joining(", ", "{", "}")))
        .append(", ").append(tuple(alternating(error.template()))).append("),\n"));
    return out.append("}\n").toString();
  }

  private static String tuple(List<String> parts) {
    String items = parts.stream().map(PythonText::literal).collect(Collectors.joining(", "));
    return parts.size() == 1 ? "(" + items + ",)" : "(" + items + ")";
  }

  /** Text, a param's name, text, ...: always text first and last, empty where two names meet. */
  private static List<String> alternating(MessageTemplate template) {
    List<String> parts = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    for (MessageTemplate.Part part : template.parts()) {
      if (part instanceof MessageTemplate.Text literal) {
        text.append(literal.text());
      } else if (part instanceof MessageTemplate.Placeholder placeholder) {
        parts.add(text.toString());
        parts.add(placeholder.name());
        text.setLength(0);
      }
    }
    parts.add(text.toString());
    return parts;
  }

  private String errorClass(int status) {
    return statusNames.statuses().contains(status) ? statusNames.errorName(status) : "ApiError";
  }

  private static String pythonType(ParamType type) {
    return switch (type) {
      case STRING -> "str";
      case INTEGER -> "int";
      case NUMBER -> "float";
      case BOOLEAN -> "bool";
    };
  }

}
