package io.github.errorspec.core.generate.java;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.github.errorspec.core.generate.CatalogText;
import io.github.errorspec.core.generate.SourceTemplate;
import io.github.errorspec.core.spec.ErrorSpec;
import io.github.errorspec.core.spec.Status;
import io.github.errorspec.core.spec.WireFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * {@code ApiException} and one subclass per error status, so that callers catch by status and tell
 * codes apart with {@code errorCode()} or {@code is(ErrorCode)}. {@code ApiException} is a runtime
 * source ({@link RuntimeSources}) whose catalog-dependent parts are filled in here: its Javadoc,
 * the status classes its {@code of} creates and the reason phrases it gives a body without a code.
 */
final class ExceptionGenerator {

  private static final SourceTemplate API_EXCEPTION = RuntimeSources.template(JavaNames.API_EXCEPTION);
  private static final ClassName STRING = ClassName.get(String.class);
  private static final FieldSpec SERIAL_VERSION_UID = FieldSpec
      .builder(TypeName.LONG, "serialVersionUID", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
      .initializer("1L")
      .build();

  private final JavaNames names;

  ExceptionGenerator(JavaNames names) {
    this.names = names;
  }

  /** The status classes, in status order. */
  List<TypeSpec> statusExceptions(ErrorSpec spec) {
    List<TypeSpec> types = new ArrayList<>();
    names.statusExceptions().forEach((status, name) ->
        types.add(statusException(spec, spec.status(status).orElseThrow(), name)));
    return types;
  }

  /**
   * The source of {@code ApiException}, without a file comment: the runtime source with the
   * catalog's Javadoc, its status classes in {@code of} and its reason phrases filled in.
   */
  String apiException(ErrorSpec spec) {
    return API_EXCEPTION.fill(
        Map.of("javadoc", javadoc(spec), "statuses", statusCases(), "reasons", reasonCases(spec),
            "docsUrl", docsUrl(spec), "response", response(spec), "problemTypeBase", problemTypeBase(spec)),
        Map.of("package", names.errorCode().packageName()));
  }

  /** What {@code toErrorResponse} returns: a problem document also carries the exception's status. */
  private static String response(ErrorSpec spec) {
    String envelope = API_EXCEPTION.region("response");
    if (spec.format() != WireFormat.PROBLEM) {
      return envelope;
    }
    return envelope.replace(";\n", "\n        .withStatus(httpStatus);\n");
  }

  private String javadoc(ErrorSpec spec) {
    StringBuilder text = new StringBuilder("An error of ")
        .append(JavaText.javadoc(spec.api().orElse("the API")))
        .append(", as the server throws it and the client receives it.\n\n")
        .append("<p>Each error status has a subclass, so that callers catch by status:\n<ul>\n");
    names.statusExceptions().forEach((status, name) -> text.append("  <li>{@link ").append(name.simpleName())
        .append("}: ").append(status).append(' ').append(JavaText.javadoc(spec.status(status).orElseThrow().reason()))
        .append('\n'));
    text.append("""
        </ul>

        <p>{@link #is(ErrorCode)} and {@link #errorCode()} tell one code from another. A client that
        receives a code this build does not know still gets the status's class, with {@link #code()}
        giving the code as sent.

        <p>A server creates the exception with {@link ErrorCode#exception()} and its overloads,
        which may keep the exception that caused it (never sent to clients), and answers with
        {@link #toErrorResponse(String)}. A client turns a response into the exception with
        {@link #fromResponse(int, String, Map)}, which also reads the {@code Retry-After} and
        {@code X-Request-Id} headers.""");
    StringBuilder comment = new StringBuilder("/**\n");
    text.toString().lines().forEach(line -> comment.append(line.isEmpty() ? " *" : " * " + line).append('\n'));
    return comment.append(" */\n").toString();
  }

  /** The constant {@code DOCS_URL}: the catalog's {@code docs_url}, or null. */
  private static String docsUrl(ErrorSpec spec) {
    return "  /** The catalog's {@code docs_url}, to which a code's link adds {@code #} and its slug; null when none. */\n"
        + "  private static final String DOCS_URL = " + spec.docsUrl().map(JavaText::literal).orElse("null") + ";\n";
  }

  /** The constant {@code PROBLEM_TYPE_BASE}: the catalog's problem type base, or null. */
  private static String problemTypeBase(ErrorSpec spec) {
    return """
          /**
           * The catalog's problem type base ({@code problem.type_base}, else {@code docs_url} + {@code #}): a
           * received problem's {@code type} that is it + a slug names the slug's code; null when none.
           */
        """ + "  static final String PROBLEM_TYPE_BASE = "
        + CatalogText.problemTypeBase(spec).map(JavaText::literal).orElse("null") + ";\n";
  }

  /** The {@code case} of each status class in {@code of}. */
  private String statusCases() {
    StringBuilder cases = new StringBuilder();
    names.statusExceptions().forEach((status, name) -> cases.append("      case ").append(status)
        .append(": return new ").append(name.simpleName())
        .append("(code, message, field, issue, requestId, cause);\n"));
    return cases.toString();
  }

  /** The {@code case} of each status in {@code reasonPhrase}. */
  private static String reasonCases(ErrorSpec spec) {
    StringBuilder cases = new StringBuilder();
    for (Status status : spec.statuses()) {
      cases.append("      case ").append(status.code()).append(": return ").append(JavaText.literal(status.reason()))
          .append(";\n");
    }
    return cases.toString();
  }

  /** {@code first} then the items, separated by commas and filled into lines of about 90 columns. */
  private static String fill(String first, List<String> items) {
    StringBuilder text = new StringBuilder(first);
    int lineStart = 0;
    for (int i = 0; i < items.size(); i++) {
      String item = items.get(i) + (i < items.size() - 1 ? "," : "");
      if (i > 0 && text.length() - lineStart + item.length() + 1 > 90) {
        text.append('\n');
        lineStart = text.length();
      } else if (i > 0) {
        text.append(' ');
      }
      text.append(item);
    }
    return text.toString();
  }

  private TypeSpec statusException(ErrorSpec spec, Status status, ClassName name) {
    List<String> codes = CatalogText.codes(spec, status.code()).stream()
        .map(error -> "{@link " + names.errorCode().simpleName() + "#" + error.code() + "}")
        .collect(Collectors.toList());
    TypeSpec.Builder type = TypeSpec.classBuilder(name)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .superclass(names.apiException())
        .addJavadoc("HTTP $L $L: every error with this status.\n", status.code(), JavaText.javadoc(status.reason()));
    if (!codes.isEmpty()) {
      type.addJavadoc("\n$L.\n", fill("<p>Codes: ", codes));
    }
    return type
        .addField(SERIAL_VERSION_UID)
        .addMethod(MethodSpec.constructorBuilder()
            .addParameter(STRING, "code")
            .addParameter(STRING, "message")
            .addParameter(STRING, "field")
            .addParameter(STRING, "issue")
            .addParameter(STRING, "requestId")
            .addParameter(Throwable.class, "cause")
            .addStatement("super($L, code, message, field, issue, requestId, cause)", status.code())
            .build())
        .build();
  }
}
