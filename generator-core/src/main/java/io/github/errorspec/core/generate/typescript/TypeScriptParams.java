package io.github.errorspec.core.generate.typescript;

import io.github.errorspec.core.generate.CatalogText;
import io.github.errorspec.core.spec.ErrorDef;
import io.github.errorspec.core.spec.ErrorSpec;
import io.github.errorspec.core.spec.MessageTemplate;
import io.github.errorspec.core.spec.Param;
import io.github.errorspec.core.spec.ParamType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The {@code params} region of {@code errors.ts}: an interface per code with params, the
 * {@code ErrorParams} map of every code, the {@code CodeWithParams} union, and the table
 * {@code createError} checks and renders params with, made from each message's
 * {@link MessageTemplate} (never by reading the message again).
 */
final class TypeScriptParams {

  /** Exported names of the template that end in {@code Params}, which no code's interface may take. */
  private static final Set<String> RESERVED = Set.of("ErrorParams", "NoParams", "CodeWithParams");

  /** Widest text of a JSDoc line at the top level, after its {@code " * "}. */
  private static final int DOC_WIDTH = 97;

  private TypeScriptParams() {}

  static String region(ErrorSpec spec) {
    List<ErrorDef> withParams = spec.errors().filter(error -> !error.params().isEmpty()).toList();
    Map<String, String> names = CatalogText.paramsTypeNames(spec, RESERVED);
    StringBuilder out = new StringBuilder();
    for (ErrorDef error : withParams) {
      out.append(paramsInterface(error, names.get(error.code()))).append('\n');
    }
    out.append("/** The params of each error code: what {@link createError} takes and {@link hasCode} narrows to. */\n")
        .append("export interface ErrorParams {\n");
    spec.errors().forEach(error -> out.append("  readonly ").append(error.code()).append(": ")
        .append(names.getOrDefault(error.code(), "NoParams")).append(";\n"));
    out.append("}\n\n")
        .append("/** The codes that have params: {@link createError} requires them. */\n")
        .append("export type CodeWithParams = ")
        .append(withParams.isEmpty() ? "never"
            : withParams.stream().map(error -> TypeScriptText.literal(error.code())).collect(Collectors.joining(" | ")))
        .append(";\n\n")
        .append("/** Of each code with params: their names and types, and its message as `[text, param, text, ..., text]`. */\n")
        .append("const TEMPLATES: Readonly<Record<string, Template>> = {");
    if (!withParams.isEmpty()) {
      out.append('\n');
      for (ErrorDef error : withParams) {
        out.append("  ").append(error.code()).append(": { params: [")
            .append(error.params().stream()
                .map(param -> "[" + TypeScriptText.literal(param.name()) + ", " + TypeScriptText.literal(param.type().specName()) + "]")
                .collect(Collectors.joining(", ")))
            .append("], parts: [").append(parts(error.template())).append("] },\n");
      }
    }
    return out.append("};\n").toString();
  }

  private static String paramsInterface(ErrorDef error, String name) {
    StringBuilder out = new StringBuilder(TypeScriptText.docComment("", List.of(TypeScriptText.wrap(
        "The params of `" + error.code() + "` (`error.details.params`): " + TypeScriptText.sentence(error.message()),
        DOC_WIDTH))));
    out.append("export interface ").append(name).append(" {\n");
    for (Param param : error.params()) {
      List<String> doc = new ArrayList<>();
      param.description().filter(text -> !text.isBlank()).map(TypeScriptText::sentence).ifPresent(doc::add);
      if (param.type() == ParamType.INTEGER) {
        doc.add("An integer.");
      }
      if (!doc.isEmpty()) {
        out.append(TypeScriptText.docComment("  ", List.of(String.join(" ", doc))));
      }
      out.append("  readonly ").append(param.name()).append(": ").append(tsType(param.type())).append(";\n");
    }
    return out.append("}\n").toString();
  }

  private static String tsType(ParamType type) {
    return switch (type) {
      case STRING -> "string";
      case INTEGER, NUMBER -> "number";
      case BOOLEAN -> "boolean";
    };
  }

  /** Text and param names in turn, starting and ending with text (empty where none). */
  private static String parts(MessageTemplate template) {
    List<String> parts = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    for (MessageTemplate.Part part : template.parts()) {
      if (part instanceof MessageTemplate.Text literal) {
        text.append(literal.text());
      } else if (part instanceof MessageTemplate.Placeholder placeholder) {
        parts.add(text.toString());
        text.setLength(0);
        parts.add(placeholder.name());
      }
    }
    parts.add(text.toString());
    return parts.stream().map(TypeScriptText::literal).collect(Collectors.joining(", "));
  }
}
