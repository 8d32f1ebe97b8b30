package io.github.errorspec.core.generate.typescript;

import io.github.errorspec.core.generate.CatalogText;
import io.github.errorspec.core.generate.SourceTemplate;
import io.github.errorspec.core.generate.StatusNames;
import io.github.errorspec.core.spec.ErrorDef;
import io.github.errorspec.core.spec.ErrorSpec;
import io.github.errorspec.core.spec.Status;
import io.github.errorspec.core.spec.WireFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Generates the TypeScript module of a catalog, {@code errors.ts}: the {@code ErrorCode} constants
 * and union type, the {@code ERRORS} table, {@code ApiError} with one subclass per error status,
 * and the functions that decode responses ({@code errorFromResponse}, {@code raiseForStatus}),
 * retry ({@code withRetry}) and write envelopes ({@code createError}, {@code toJson}).
 *
 * <p>The module has no dependency, targets ES2020 and type-checks with TypeScript 5.x and 7 under
 * {@code --strict} and the stricter flags, with or without the DOM library. Its catalog-independent
 * code is the resource {@code errors.ts} beside this class, a module for a sample catalog; this
 * generator replaces the sample's catalog with the spec's. Same spec, same bytes.
 */
public final class TypeScriptGenerator {

  /** The name the module is written under by default. */
  public static final String FILE_NAME = "errors.ts";

  /** Widest text of a JSDoc line at the top level, after its {@code " * "}. */
  private static final int DOC_WIDTH = 97;

  private static final SourceTemplate TEMPLATE = SourceTemplate.load(TypeScriptGenerator.class, "errors.ts");

  /** {@code ApiError.toJson} of a catalog of {@code format: problem}, in place of the template's envelope writer. */
  private static final String PROBLEM_TO_JSON =
      SourceTemplate.load(TypeScriptGenerator.class, "problem-to-json.ts").fill(Map.of(), Map.of());

  /** The whole {@code errors.ts} module for {@code spec}. */
  public String generate(ErrorSpec spec) {
    StatusNames names = StatusNames.of(spec);
    return TEMPLATE.fill(Map.of(
        "header", header(spec),
        "codes", codes(spec),
        "params", TypeScriptParams.region(spec),
        "errors", errors(spec) + problems(spec),
        "toJson", spec.format() == WireFormat.PROBLEM ? PROBLEM_TO_JSON : TEMPLATE.region("toJson"),
        "classes", classes(spec, names)), Map.of());
  }

  private static String header(ErrorSpec spec) {
    return "// " + TypeScriptText.lineComment(CatalogText.header(spec)) + "\n\n"
        + TypeScriptText.docComment("", List.of(
            spec.api().map(api -> "The errors of " + TypeScriptText.sentence(api)).orElse("The errors of an API."),
            "Its error codes, what the catalog says about each, and one error class per HTTP status to catch.\n"
                + "Self-contained: no dependency; ES2020; Node 18+ and browsers.",
            "@module"));
  }

  private static String codes(ErrorSpec spec) {
    StringBuilder out = new StringBuilder("/** The error codes of the catalog, as sent in `error.code`. */\n")
        .append("export const ErrorCode = {\n");
    boolean first = true;
    for (ErrorDef error : (Iterable<ErrorDef>) spec.errors()::iterator) {
      if (!first) {
        out.append('\n');
      }
      first = false;
      out.append(TypeScriptText.docComment("  ", codeDoc(spec, error)))
          .append("  ").append(error.code()).append(": ").append(TypeScriptText.literal(error.code())).append(",\n");
    }
    return out.append("} as const;\n").toString();
  }

  /** Message, description, status with field and retry advice, then the tags. */
  private static List<String> codeDoc(ErrorSpec spec, ErrorDef error) {
    List<String> paragraphs = new ArrayList<>();
    paragraphs.add(TypeScriptText.sentence(error.message()));
    error.description().filter(text -> !text.isBlank()).map(TypeScriptText::sentence).ifPresent(paragraphs::add);
    StringBuilder status = new StringBuilder("HTTP ").append(error.status());
    spec.status(error.status()).ifPresent(found -> status.append(' ').append(TypeScriptText.doc(found.reason())));
    error.field().ifPresent(field -> status.append(", field ").append(TypeScriptText.doc(field)));
    if (error.retryable()) {
      status.append(", retryable");
    }
    paragraphs.add(status.append('.').toString());
    List<String> tags = new ArrayList<>();
    error.since().ifPresent(since -> tags.add("@since " + TypeScriptText.doc(since)));
    error.deprecated().ifPresent(why -> tags.add(deprecatedTag(why)));
    if (!tags.isEmpty()) {
      paragraphs.add(String.join("\n", tags));
    }
    return paragraphs;
  }

  private static String deprecatedTag(String why) {
    return ("@deprecated " + TypeScriptText.doc(why)).strip();
  }

  private static String errors(ErrorSpec spec) {
    StringBuilder out = new StringBuilder(
        "/** Every error code with its status, message, description, field and retry advice. */\n")
        .append("export const ERRORS: Readonly<Record<ErrorCode, ErrorInfo>> = {\n");
    for (ErrorDef error : (Iterable<ErrorDef>) spec.errors()::iterator) {
      error.deprecated().ifPresent(why -> out.append(TypeScriptText.docComment("  ", List.of(deprecatedTag(why)))));
      out.append("  ").append(error.code()).append(": { status: ").append(error.status())
          .append(", message: ").append(TypeScriptText.literal(error.message()))
          .append(", description: ").append(TypeScriptText.literal(error.description().orElse("")));
      error.field().ifPresent(field -> out.append(", field: ").append(TypeScriptText.literal(field)));
      out.append(", retryable: ").append(error.retryable());
      error.deprecated().ifPresent(why -> out.append(", deprecated: ").append(TypeScriptText.literal(why)));
      out.append(" },\n");
    }
    out.append("};\nfreezeAll(ERRORS);\n\n")
        .append("/** The reason phrase of every status the catalog lists, the message of errors with no envelope. */\n")
        .append("const REASONS: Readonly<Record<number, string>> = {\n");
    for (Status status : spec.statuses()) {
      out.append("  ").append(status.code()).append(": ").append(TypeScriptText.literal(status.reason())).append(",\n");
    }
    String api = spec.api().or(spec::packageName).orElse("");
    return out.append("};\n\n")
        .append("/** Marks this API's error classes; `Symbol.for` gives every copy of this module the same symbol. */\n")
        .append("const BRAND = Symbol.for(").append(TypeScriptText.literal("errorspec:" + api)).append(");\n\n")
        .append("/** The catalog's `docs_url`: a known code's link is it + `#` + the code's slug. */\n")
        .append("const DOCS_URL: string | undefined = ")
        .append(spec.docsUrl().map(TypeScriptText::literal).orElse("undefined")).append(";\n\n")
        .append("/** The catalog's problem type base: a received problem's `type` that is it + a slug names the slug's code. */\n")
        .append("const PROBLEM_TYPE_BASE: string | undefined = ")
        .append(CatalogText.problemTypeBase(spec).map(TypeScriptText::literal).orElse("undefined")).append(";\n")
        .toString();
  }

  /** For {@code format: problem}, each code's problem {@code type} and {@code title}, as CatalogText decides them. */
  private static String problems(ErrorSpec spec) {
    if (spec.format() != WireFormat.PROBLEM) {
      return "";
    }
    StringBuilder out = new StringBuilder("\n/** A code's problem `type` (absent without a type base) and `title`, ")
        .append("the same for every occurrence. */\n")
        .append("interface ProblemInfo {\n  readonly type?: string;\n  readonly title: string;\n}\n\n")
        .append("/** Of each code, the `type` and `title` of its problem documents (RFC 9457). */\n")
        .append("const PROBLEMS: Readonly<Record<string, ProblemInfo>> = {\n");
    for (ErrorDef error : (Iterable<ErrorDef>) spec.errors()::iterator) {
      out.append("  ").append(error.code()).append(": { ");
      CatalogText.problemType(spec, error.code())
          .ifPresent(type -> out.append("type: ").append(TypeScriptText.literal(type)).append(", "));
      out.append("title: ").append(TypeScriptText.literal(CatalogText.problemTitle(spec, error))).append(" },\n");
    }
    return out.append("};\n").toString();
  }

  /** The codes of a status, as Java and Python list them on the status's class. */
  private static String codesOf(ErrorSpec spec, int status) {
    List<ErrorDef> codes = CatalogText.codes(spec, status);
    if (codes.isEmpty()) {
      return "No code of the catalog has this status: gateways and proxies send it.";
    }
    return TypeScriptText.wrap("Codes: " + codes.stream().map(error -> "`" + error.code() + "`")
        .collect(Collectors.joining(", ")) + ".", DOC_WIDTH);
  }

  private static String classes(ErrorSpec spec, StatusNames names) {
    StringBuilder out = new StringBuilder();
    for (int status : names.statuses()) {
      String reason = spec.status(status).map(Status::reason).orElse("");
      out.append(TypeScriptText.docComment("", List.of(TypeScriptText.sentence("HTTP " + status + " " + reason),
              codesOf(spec, status))))
          .append("export class ").append(names.errorName(status)).append(" extends ApiError {\n")
          .append("  declare readonly status: ").append(status).append(";\n")
          .append("  constructor(init: ApiErrorInit) {\n")
          .append("    super(").append(status).append(", init);\n")
          .append("  }\n")
          .append("}\n\n");
    }
    out.append("/** The class of each error status. */\n")
        .append("const STATUS_CLASSES: ReadonlyMap<number, StatusClass> = new Map<number, StatusClass>([\n");
    for (int status : names.statuses()) {
      String name = names.errorName(status);
      out.append("  [").append(status).append(", brand(").append(name).append(", ")
          .append(TypeScriptText.literal(name)).append(")],\n");
    }
    return out.append("]);\n").toString();
  }
}
