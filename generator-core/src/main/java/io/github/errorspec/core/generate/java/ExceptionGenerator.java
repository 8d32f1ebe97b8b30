package io.github.errorspec.core.generate.java;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.github.errorspec.core.spec.ErrorSpec;
import io.github.errorspec.core.spec.Status;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * {@code ApiException} and one subclass per error status, so that callers catch by status and tell
 * codes apart with {@code errorCode()} or {@code is(ErrorCode)}.
 */
final class ExceptionGenerator {

  private static final ClassName STRING = ClassName.get(String.class);
  private static final TypeName OPTIONAL_STRING = ParameterizedTypeName.get(Optional.class, String.class);
  private static final FieldSpec SERIAL_VERSION_UID = FieldSpec
      .builder(TypeName.LONG, "serialVersionUID", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
      .initializer("1L")
      .build();

  private final JavaNames names;

  ExceptionGenerator(JavaNames names) {
    this.names = names;
  }

  /** {@code ApiException} first, then the status classes in status order. */
  List<TypeSpec> generate(ErrorSpec spec) {
    List<TypeSpec> types = new ArrayList<>();
    types.add(apiException(spec));
    names.statusExceptions().forEach((status, name) ->
        types.add(statusException(spec, spec.status(status).orElseThrow(), name)));
    return types;
  }

  private TypeSpec apiException(ErrorSpec spec) {
    ClassName errorCode = names.errorCode();
    TypeSpec.Builder type = TypeSpec.classBuilder(names.apiException())
        .addModifiers(Modifier.PUBLIC)
        .superclass(RuntimeException.class)
        .addJavadoc("An error of $L, as the server throws it and the client receives it.\n\n",
            JavaText.javadoc(spec.api().orElse("the API")))
        .addJavadoc("<p>Each error status has a subclass, so that callers catch by status:\n<ul>\n");
    names.statusExceptions().forEach((status, name) -> type.addJavadoc("  <li>{@link $T}: $L $L\n",
        name, status, JavaText.javadoc(spec.status(status).orElseThrow().reason())));
    type.addJavadoc("</ul>\n\n<p>{@link #is($T)} and {@link #errorCode()} tell one code from another. A client that\n"
            + "receives a code this build does not know still gets the status's class, with {@link #code()}\n"
            + "giving the code as sent.\n", errorCode)
        .addField(SERIAL_VERSION_UID)
        .addField(TypeName.INT, "httpStatus", Modifier.PRIVATE, Modifier.FINAL)
        .addField(STRING, "code", Modifier.PRIVATE, Modifier.FINAL)
        .addField(errorCode, "errorCode", Modifier.PRIVATE, Modifier.FINAL)
        .addField(STRING, "field", Modifier.PRIVATE, Modifier.FINAL)
        .addField(STRING, "issue", Modifier.PRIVATE, Modifier.FINAL)
        .addField(STRING, "requestId", Modifier.PRIVATE, Modifier.FINAL)
        .addMethod(MethodSpec.constructorBuilder()
            .addParameter(TypeName.INT, "httpStatus")
            .addParameter(STRING, "code")
            .addParameter(STRING, "message")
            .addParameter(STRING, "field")
            .addParameter(STRING, "issue")
            .addParameter(STRING, "requestId")
            .addStatement("super(message)")
            .addStatement("this.httpStatus = httpStatus")
            .addStatement("this.code = code")
            .addStatement("this.errorCode = $T.fromCode(code).orElse(null)", errorCode)
            .addStatement("this.field = field")
            .addStatement("this.issue = issue")
            .addStatement("this.requestId = requestId")
            .build())
        .addMethod(Members.getter("code", STRING, "The error code as sent; empty when the response carried none (a proxy's "
            + "page,\nan empty body).", "code"))
        .addMethod(Members.getter("errorCode", ParameterizedTypeName.get(ClassName.get(Optional.class), errorCode),
            "The code as a constant, or empty for a code this build does not know.",
            "$T.ofNullable(errorCode)", Optional.class))
        .addMethod(MethodSpec.methodBuilder("is")
            .addModifiers(Modifier.PUBLIC)
            .returns(TypeName.BOOLEAN)
            .addParameter(errorCode, "errorCode")
            .addJavadoc("Whether this is an error with the given code.\n")
            .addStatement("return this.errorCode == errorCode && errorCode != null")
            .build())
        .addMethod(Members.getter("httpStatus", TypeName.INT, "The HTTP status of the response.", "httpStatus"))
        .addMethod(Members.getter("field", OPTIONAL_STRING, "The request field the error is about, if any.",
            "$T.ofNullable(field)", Optional.class))
        .addMethod(Members.getter("issue", OPTIONAL_STRING, "Details of this occurrence ({@code details.issue}), if any.",
            "$T.ofNullable(issue)", Optional.class))
        .addMethod(Members.getter("requestId", OPTIONAL_STRING,
            "The request id the server reported ({@code meta.request_id}), if any.",
            "$T.ofNullable(requestId)", Optional.class))
        .addMethod(MethodSpec.methodBuilder("retryable")
            .addModifiers(Modifier.PUBLIC)
            .returns(TypeName.BOOLEAN)
            .addJavadoc("Whether the request may be retried: as the catalog says for a known code, otherwise for\n"
                + "status 429 and every 5xx status.\n")
            .addStatement("return errorCode != null ? errorCode.retryable() : httpStatus == 429 || httpStatus >= 500")
            .build())
        .addMethod(MethodSpec.methodBuilder("toErrorResponse")
            .addModifiers(Modifier.PUBLIC)
            .returns(names.errorResponse())
            .addParameter(STRING, "requestId")
            .addJavadoc("The error response to send for this exception, stamped with the current time.\n")
            .addStatement("return toErrorResponse(requestId, $T.now())", Instant.class)
            .build())
        .addMethod(MethodSpec.methodBuilder("toErrorResponse")
            .addModifiers(Modifier.PUBLIC)
            .returns(names.errorResponse())
            .addParameter(STRING, "requestId")
            .addParameter(Instant.class, "timestamp")
            .addJavadoc("The error response to send for this exception; the timestamp is given to the second.\n")
            .addStatement("$T time = timestamp == null ? null : timestamp.truncatedTo($T.SECONDS).toString()",
                String.class, ChronoUnit.class)
            .addStatement("return new $T(code, getMessage(), field, issue, requestId, time)", names.errorResponse())
            .build())
        .addMethod(fromResponse())
        .addMethod(factory())
        .addMethod(reasonPhrase(spec))
        .addMethod(MethodSpec.methodBuilder("toString")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(String.class)
            .addCode("""
                StringBuilder text = new StringBuilder(getClass().getName()).append(": ");
                if (!code.isEmpty()) {
                  text.append(code).append(": ");
                }
                text.append(getMessage());
                if (issue != null) {
                  text.append(" (").append(issue).append(')');
                }
                if (requestId != null) {
                  text.append(" [request ").append(requestId).append(']');
                }
                return text.toString();
                """)
            .build());
    return type.build();
  }

  private MethodSpec fromResponse() {
    ClassName exception = names.apiException();
    return MethodSpec.methodBuilder("fromResponse")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(exception)
        .addParameter(TypeName.INT, "httpStatus")
        .addParameter(STRING, "body")
        .addJavadoc("""
            The exception for an error response a client received: of the class for its status, with the
            code, message, field, issue and request id the body carries.

            <p>Never fails: a body that is not an error envelope (a proxy's HTML page, an empty or broken
            body) gives the status's exception with an empty code and the status's reason as message.
            """)
        .addStatement("$T response = $T.parseOrNull(body)", names.errorResponse(), names.errorResponse())
        .beginControlFlow("if (response == null)")
        .addStatement("return of(httpStatus, \"\", reasonPhrase(httpStatus), null, null, null)")
        .endControlFlow()
        .addStatement("return of(httpStatus, response.code(), response.message(), response.field().orElse(null),\n"
            + "response.issue().orElse(null), response.requestId().orElse(null))")
        .build();
  }

  private MethodSpec factory() {
    ClassName exception = names.apiException();
    CodeBlock.Builder body = CodeBlock.builder().beginControlFlow("switch (httpStatus)");
    names.statusExceptions().forEach((status, name) ->
        body.addStatement("case $L: return new $T(code, message, field, issue, requestId)", status, name));
    body.addStatement("default: return new $T(httpStatus, code, message, field, issue, requestId)", exception)
        .endControlFlow();
    return MethodSpec.methodBuilder("of")
        .addModifiers(Modifier.STATIC)
        .returns(exception)
        .addParameter(TypeName.INT, "httpStatus")
        .addParameter(STRING, "code")
        .addParameter(STRING, "message")
        .addParameter(STRING, "field")
        .addParameter(STRING, "issue")
        .addParameter(STRING, "requestId")
        .addJavadoc("The exception of the class for {@code httpStatus}; the base class for other statuses.\n")
        .addCode(body.build())
        .build();
  }

  private static MethodSpec reasonPhrase(ErrorSpec spec) {
    CodeBlock.Builder body = CodeBlock.builder().beginControlFlow("switch (httpStatus)");
    for (Status status : spec.statuses()) {
      body.addStatement("case $L: return $L", status.code(), JavaText.literal(status.reason()));
    }
    body.addStatement("default: return \"HTTP \" + httpStatus").endControlFlow();
    return MethodSpec.methodBuilder("reasonPhrase")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(String.class)
        .addParameter(TypeName.INT, "httpStatus")
        .addCode(body.build())
        .build();
  }

  private TypeSpec statusException(ErrorSpec spec, Status status, ClassName name) {
    List<String> codes = spec.errors().filter(error -> error.status() == status.code())
        .map(error -> "{@link " + names.errorCode().simpleName() + "#" + error.code() + "}")
        .collect(Collectors.toList());
    TypeSpec.Builder type = TypeSpec.classBuilder(name)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .superclass(names.apiException())
        .addJavadoc("HTTP $L $L: every error with this status.\n", status.code(), JavaText.javadoc(status.reason()));
    if (!codes.isEmpty()) {
      type.addJavadoc("\n<p>Codes: $L.\n", String.join(", ", codes));
    }
    return type
        .addField(SERIAL_VERSION_UID)
        .addMethod(MethodSpec.constructorBuilder()
            .addParameter(STRING, "code")
            .addParameter(STRING, "message")
            .addParameter(STRING, "field")
            .addParameter(STRING, "issue")
            .addParameter(STRING, "requestId")
            .addStatement("super($L, code, message, field, issue, requestId)", status.code())
            .build())
        .build();
  }
}
