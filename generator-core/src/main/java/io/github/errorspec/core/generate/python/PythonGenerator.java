package io.github.errorspec.core.generate.python;

import io.github.errorspec.core.generate.CatalogText;
import io.github.errorspec.core.generate.SourceTemplate;
import io.github.errorspec.core.generate.StatusNames;
import io.github.errorspec.core.spec.ErrorDef;
import io.github.errorspec.core.spec.ErrorSpec;
import io.github.errorspec.core.spec.Status;
import io.github.errorspec.core.spec.WireFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Generates the Python module of a catalog, {@code errors.py}: {@code ErrorCode} (a {@code str}
 * enum whose members carry their status, message, description, field, retry advice and
 * deprecation), {@code ApiError} with one subclass per error status, decoding of responses
 * ({@code error_from_response}, {@code raise_for_response}), {@code retry_with_backoff} and the
 * server side's {@code ErrorCode.X.error()} and {@code to_json}, with one {@code TypedDict} per code
 * with params and an overload of {@code error} that pyright checks them with ({@code PythonParams}).
 *
 * <p>The module needs Python 3.8 or later and nothing beyond the standard library, and passes
 * {@code pyright --strict}. The code that does not depend on the catalog is an ordinary Python
 * file, {@code errors.py} beside this class, whose marked regions are replaced with the
 * catalog's text. Member data sits in one table of tuples rather than in each member's value, so
 * that importing the module costs what {@code enum} spends on plain members and no more: a custom
 * {@code __new__} unpacking data per member adds to it (see {@code benchmarks/python/}).
 */
public final class PythonGenerator {

  /** The path of the generated module. */
  public static final String FILE_NAME = "errors.py";

  private static final SourceTemplate MODULE = SourceTemplate.load(PythonGenerator.class, "errors.py");

  /** {@code ApiError.to_json} of a catalog of {@code format: problem}, in place of the module's envelope writer. */
  private static final String PROBLEM_TO_JSON =
      SourceTemplate.load(PythonGenerator.class, "problem_to_json.py").fill(Map.of(), Map.of());

  private static final String INDENT = "    ";
  private static final int LINE_WIDTH = 100;

  /** The whole module for {@code spec}. */
  public String generate(ErrorSpec spec) {
    StatusNames names = StatusNames.of(spec);
    PythonParams params = new PythonParams(spec, names);
    Map<String, String> regions = new LinkedHashMap<>();
    regions.put("header", header(spec));
    regions.put("typing", params.imports());
    regions.put("all", all(names, params));
    regions.put("params", params.typedDicts());
    regions.put("codes", codes(spec, params));
    regions.put("overloads", params.overloads());
    regions.put("data", data(spec) + "\n" + params.table() + "\n" + docsUrl(spec) + problems(spec));
    regions.put("to_json", spec.format() == WireFormat.PROBLEM ? PROBLEM_TO_JSON : MODULE.region("to_json"));
    regions.put("statuses", statuses(spec, names));
    return MODULE.fill(regions, Map.of());
  }

  /** For {@code format: problem}, each code's problem {@code type} and {@code title}, as CatalogText decides them. */
  private static String problems(ErrorSpec spec) {
    if (spec.format() != WireFormat.PROBLEM) {
      return "";
    }
    StringBuilder out = new StringBuilder("\n_PROBLEMS: Dict[str, Tuple[Optional[str], str]] = {\n")
        .append("    # code: (type of its problem documents, None without a type base; their title)\n");
    for (ErrorDef error : (Iterable<ErrorDef>) spec.errors()::iterator) {
      out.append("    ").append(PythonText.literal(error.code())).append(": (")
          .append(CatalogText.problemType(spec, error.code()).map(PythonText::literal).orElse("None")).append(", ")
          .append(PythonText.literal(CatalogText.problemTitle(spec, error))).append("),\n");
    }
    return out.append("}\n").toString();
  }

  /**
   * The catalog's {@code docs_url}, for {@code ApiError.doc_url}, and its problem type base, for the
   * code of a received problem's {@code type}; None when it has none.
   */
  private static String docsUrl(ErrorSpec spec) {
    return "# The catalog's docs_url: a known code's link is it + \"#\" + the code's slug.\n"
        + "_DOCS_URL: Optional[str] = " + spec.docsUrl().map(PythonText::literal).orElse("None") + "\n"
        + "# The catalog's problem type base: a received problem's type that is it + a slug names the slug's code.\n"
        + "_PROBLEM_TYPE_BASE: Optional[str] = "
        + CatalogText.problemTypeBase(spec).map(PythonText::literal).orElse("None") + "\n";
  }

  private static String header(ErrorSpec spec) {
    String api = spec.api().map(name -> PythonText.docstring(name, "")).orElse("the API");
    return "# " + CatalogText.header(spec) + "\n"
        + "\"\"\"The error codes of " + api + ", and the errors that carry them.\n"
        + "\n"
        + "``ErrorCode`` lists every code with its HTTP status, message and retry advice; ``ApiError`` has one\n"
        + "subclass per error status. Clients turn a failed response into its error with ``error_from_response``\n"
        + "or ``raise_for_response`` and retry with ``retry_with_backoff`` (``retry_with_backoff_async`` for\n"
        + "coroutines); servers raise ``ErrorCode.X.error()`` and send ``error.to_json()``. Python 3.8 or later,\n"
        + "standard library only.\n"
        + "\"\"\"\n";
  }

  private static String all(StatusNames names, PythonParams params) {
    List<String> exported = new ArrayList<>(List.of("ErrorCode", "ApiError", "Violation", "ParamValue",
        "HeadersLike", "error_from_response", "raise_for_response", "retry_with_backoff",
        "retry_with_backoff_async"));
    exported.addAll(params.exported());
    names.statuses().forEach(status -> exported.add(names.errorName(status)));
    return exported.stream().map(name -> INDENT + '"' + name + "\",\n")
        .collect(Collectors.joining("", "__all__ = [\n", "]\n"));
  }

  private static String codes(ErrorSpec spec, PythonParams params) {
    StringBuilder out = new StringBuilder()
        .append(INDENT).append("\"\"\"")
        .append(PythonText.sentence("The error codes of " + spec.api().orElse("the API"), INDENT)).append('\n')
        .append('\n')
        .append(INDENT).append("Each member is a code as it appears in error responses (``ErrorCode.X == \"X\"``),\n")
        .append(INDENT).append("with its HTTP status, message, description, request field and retry advice as\n")
        .append(INDENT).append("properties. ``ErrorCode.from_code(text)`` finds the member for a code received;\n")
        .append(INDENT).append("``ErrorCode.X.error()`` creates the error a server raises.\n")
        .append(INDENT).append("\"\"\"\n");
    spec.errors().forEach(error -> {
      out.append('\n')
          .append(INDENT).append(error.code()).append(" = \"").append(error.code()).append("\"\n")
          .append(INDENT).append("\"\"\"").append(memberDoc(spec, error, params)).append("\"\"\"\n");
    });
    return out.toString();
  }

  /** Message, description, then status, field and retry advice; deprecation and version last. */
  private static String memberDoc(ErrorSpec spec, ErrorDef error, PythonParams params) {
    List<String> paragraphs = new ArrayList<>();
    paragraphs.add(PythonText.sentence(error.message(), INDENT));
    error.description().filter(text -> !text.isBlank())
        .ifPresent(text -> paragraphs.add(PythonText.sentence(text, INDENT)));
    StringBuilder facts = new StringBuilder("HTTP ").append(error.status());
    spec.status(error.status()).ifPresent(status -> facts.append(' ').append(PythonText.docstring(status.reason(), INDENT)));
    facts.append('.');
    error.field().ifPresent(field -> facts.append(" Field: ").append(PythonText.docstring(field, INDENT)).append('.'));
    facts.append(error.retryable() ? " Retryable." : " Not retryable.");
    paragraphs.add(facts.toString());
    params.name(error).ifPresent(name -> paragraphs.add("Params: ``" + name + "``."));
    error.deprecated().ifPresent(why -> paragraphs.add("Deprecated: " + PythonText.sentence(why, INDENT)));
    error.since().ifPresent(since -> paragraphs.add("Since " + PythonText.docstring(since, INDENT) + "."));
    return String.join("\n\n" + INDENT, paragraphs);
  }

  private static String data(ErrorSpec spec) {
    StringBuilder out = new StringBuilder("_DATA: Dict[str, _Row] = {\n")
        .append(INDENT).append("# code: (status, retryable, message, description, field, deprecated, since)\n");
    spec.errors().forEach(error -> out.append(INDENT).append('"').append(error.code()).append("\": (")
        .append(error.status()).append(", ")
        .append(error.retryable() ? "True" : "False").append(", ")
        .append(PythonText.literal(error.message())).append(", ")
        .append(PythonText.literal(error.description().orElse(""))).append(", ")
        .append(optional(error.field())).append(", ")
        .append(optional(error.deprecated())).append(", ")
        .append(optional(error.since())).append("),\n"));
    return out.append("}\n").toString();
  }

  private static String optional(Optional<String> text) {
    return text.map(PythonText::literal).orElse("None");
  }

  private static String statuses(ErrorSpec spec, StatusNames names) {
    StringBuilder out = new StringBuilder();
    for (int status : names.statuses()) {
      String reason = spec.status(status).map(Status::reason).orElseThrow();
      List<String> codes = CatalogText.codes(spec, status).stream()
          .map(error -> "``" + error.code() + "``").collect(Collectors.toList());
      out.append("class ").append(names.errorName(status)).append("(ApiError):\n")
          .append(INDENT).append("\"\"\"HTTP ").append(status).append(' ')
          .append(PythonText.sentence(reason, INDENT)).append("\n\n");
      if (codes.isEmpty()) {
        out.append(INDENT).append("No code of the catalog has this status: gateways and proxies send it.\n");
      } else {
        wrap(out, "Codes: " + String.join(", ", codes) + ".");
      }
      out.append(INDENT).append("\"\"\"\n\n\n");
    }
    out.append("_CLASSES: Dict[int, Type[ApiError]] = {\n");
    names.statuses().forEach(status ->
        out.append(INDENT).append(status).append(": ").append(names.errorName(status)).append(",\n"));
    out.append("}\n\n_REASONS: Dict[int, str] = {\n");
    spec.statuses().forEach(status ->
        out.append(INDENT).append(status.code()).append(": ").append(PythonText.literal(status.reason())).append(",\n"));
    return out.append("}\n").toString();
  }

  /** Appends indented lines of at most {@link #LINE_WIDTH} columns, broken at spaces. */
  private static void wrap(StringBuilder out, String text) {
    StringBuilder line = new StringBuilder(INDENT);
    for (String word : text.split(" ")) {
      if (line.length() > INDENT.length() && line.length() + 1 + word.length() > LINE_WIDTH) {
        out.append(line).append('\n');
        line.setLength(0);
        line.append(INDENT);
      } else if (line.length() > INDENT.length()) {
        line.append(' ');
      }
      line.append(word);
    }
    out.append(line).append('\n');
  }
}
