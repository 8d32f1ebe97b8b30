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
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
  private static final TypeName HEADERS = ParameterizedTypeName.get(ClassName.get(Map.class), STRING,
      ParameterizedTypeName.get(List.class, String.class));
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
    type.addJavadoc("""
            </ul>

            <p>{@link #is($T)} and {@link #errorCode()} tell one code from another. A client that
            receives a code this build does not know still gets the status's class, with {@link #code()}
            giving the code as sent.

            <p>A server creates the exception with {@link $T#exception()} and its overloads,
            which may keep the exception that caused it (never sent to clients), and answers with
            {@link #toErrorResponse(String)}. A client turns a response into the exception with
            {@link #fromResponse(int, String, Map)}, which also reads the {@code Retry-After} and
            {@code X-Request-Id} headers.
            """, errorCode, errorCode)
        .addField(SERIAL_VERSION_UID)
        .addField(field(TypeName.INT, "httpStatus", "The HTTP status of the response."))
        .addField(field(STRING, "code", "The error code as sent; empty when the response carried none."))
        .addField(field(errorCode, "errorCode", "The code as a constant; null for a code this build does not know."))
        .addField(field(STRING, "field", "The request field the error is about; null when none."))
        .addField(field(STRING, "issue", "Details of this occurrence; null when none."))
        .addField(field(STRING, "requestId", "The request id the server reported; null when none."))
        .addField(FieldSpec.builder(Duration.class, "retryAfter", Modifier.PRIVATE)
            .addJavadoc("How long the server asks clients to wait before retrying; null when it does not say.\n")
            .build())
        .addMethod(MethodSpec.constructorBuilder()
            .addParameter(TypeName.INT, "httpStatus")
            .addParameter(STRING, "code")
            .addParameter(STRING, "message")
            .addParameter(STRING, "field")
            .addParameter(STRING, "issue")
            .addParameter(STRING, "requestId")
            .addParameter(Throwable.class, "cause")
            .addStatement("super(message, cause)")
            .addStatement("this.httpStatus = httpStatus")
            .addStatement("this.code = code")
            .addStatement("this.errorCode = $T.fromCode(code).orElse(null)", errorCode)
            .addStatement("this.field = field")
            .addStatement("this.issue = issue")
            .addStatement("this.requestId = requestId")
            .build())
        .addMethod(Members.getter("code", STRING, "The error code as sent.",
            "the code; empty when the response carried none (a proxy's page, an empty body)", "code"))
        .addMethod(Members.getter("errorCode", ParameterizedTypeName.get(ClassName.get(Optional.class), errorCode),
            "The code as a constant of this build's catalog.", "the constant, or empty for a code this build does not "
                + "know", "$T.ofNullable(errorCode)", Optional.class))
        .addMethod(MethodSpec.methodBuilder("is")
            .addModifiers(Modifier.PUBLIC)
            .returns(TypeName.BOOLEAN)
            .addParameter(errorCode, "errorCode")
            .addJavadoc("Whether this is an error with the given code.\n\n"
                + "@param errorCode the code to compare with\n"
                + "@return true if this error has that code\n")
            .addStatement("return this.errorCode == errorCode && errorCode != null")
            .build())
        .addMethod(Members.getter("httpStatus", TypeName.INT, "The HTTP status of the response.", "the status",
            "httpStatus"))
        .addMethod(Members.getter("field", OPTIONAL_STRING, "The request field the error is about.",
            "the field, or empty", "$T.ofNullable(field)", Optional.class))
        .addMethod(Members.getter("issue", OPTIONAL_STRING, "Details of this occurrence ({@code details.issue}).",
            "the details, or empty", "$T.ofNullable(issue)", Optional.class))
        .addMethod(Members.getter("requestId", OPTIONAL_STRING,
            "The request id the server reported: {@code meta.request_id}, or else the {@code X-Request-Id} header.",
            "the request id, or empty", "$T.ofNullable(requestId)", Optional.class))
        .addMethod(MethodSpec.methodBuilder("retryable")
            .addModifiers(Modifier.PUBLIC)
            .returns(TypeName.BOOLEAN)
            .addJavadoc("Whether the request may be retried: as the catalog says for a known code, otherwise for\n"
                + "status 429 and every 5xx status.\n\n"
                + "@return true if a retry may succeed\n")
            .addStatement("return errorCode != null ? errorCode.retryable() : httpStatus == 429 || httpStatus / 100 == 5")
            .build())
        .addMethod(Members.getter("retryAfter", ParameterizedTypeName.get(Optional.class, Duration.class),
            "How long the server asks clients to wait before retrying: on a client, what the response's\n"
                + "{@code retry-after-ms} or {@code Retry-After} header said; on a server, what\n"
                + "{@link #withRetryAfter(Duration)} set, to send as {@code Retry-After}.",
            "the wait, or empty when the server does not say", "$T.ofNullable(retryAfter)", Optional.class))
        .addMethod(MethodSpec.methodBuilder("withRetryAfter")
            .addModifiers(Modifier.PUBLIC)
            .returns(names.apiException())
            .addParameter(Duration.class, "retryAfter")
            .addJavadoc("""
                Sets how long clients should wait before retrying, for a server to send as the response's
                {@code Retry-After} header: {@code throw ErrorCode.X.exception().withRetryAfter(wait)}.

                @param retryAfter the wait, or null for none
                @return this exception
                @throws IllegalArgumentException if the wait is negative
                """)
            .beginControlFlow("if (retryAfter != null && retryAfter.isNegative())")
            .addStatement("throw new IllegalArgumentException(\"retryAfter must not be negative: \" + retryAfter)")
            .endControlFlow()
            .addStatement("this.retryAfter = retryAfter")
            .addStatement("return this")
            .build())
        .addMethod(MethodSpec.methodBuilder("toErrorResponse")
            .addModifiers(Modifier.PUBLIC)
            .returns(names.errorResponse())
            .addParameter(STRING, "requestId")
            .addJavadoc("The error response to send for this exception, stamped with the current time. The cause,\n"
                + "if any, is not part of it.\n\n"
                + "@param requestId the request's id, or null for none\n"
                + "@return the envelope to send\n")
            .addStatement("return toErrorResponse(requestId, $T.now())", Instant.class)
            .build())
        .addMethod(MethodSpec.methodBuilder("toErrorResponse")
            .addModifiers(Modifier.PUBLIC)
            .returns(names.errorResponse())
            .addParameter(STRING, "requestId")
            .addParameter(Instant.class, "timestamp")
            .addJavadoc("The error response to send for this exception.\n\n"
                + "@param requestId the request's id, or null for none\n"
                + "@param timestamp when the error happened, given to the second; or null for none\n"
                + "@return the envelope to send\n")
            .addStatement("$T time = timestamp == null ? null : timestamp.truncatedTo($T.SECONDS).toString()",
                String.class, ChronoUnit.class)
            .addStatement("return new $T(code, getMessage(), field, issue, requestId, time)", names.errorResponse())
            .build())
        .addMethods(fromResponse())
        .addMethod(ofCode())
        .addMethod(ofStatus())
        .addMethod(reasonPhrase(spec))
        .addMethod(MethodSpec.methodBuilder("toString")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(String.class)
            .addJavadoc("The class, code, message, issue and request id.\n\n@return the description\n")
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

  private static FieldSpec field(TypeName type, String name, String javadoc) {
    return FieldSpec.builder(type, name, Modifier.PRIVATE, Modifier.FINAL).addJavadoc("$L\n", javadoc).build();
  }

  private List<MethodSpec> fromResponse() {
    ClassName exception = names.apiException();
    String returns = "@return the exception, of the class for the status\n";
    MethodSpec withoutHeaders = MethodSpec.methodBuilder("fromResponse")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(exception)
        .addParameter(TypeName.INT, "httpStatus")
        .addParameter(STRING, "body")
        .addJavadoc("""
            The exception for an error response a client received, when its headers are not at hand: as
            {@link #fromResponse(int, String, Map)} without headers.

            @param httpStatus the response's status
            @param body the response's body, or null
            """ + returns)
        .addStatement("return fromResponse(httpStatus, body, null, $T.systemUTC())", Clock.class)
        .build();
    MethodSpec withHeaders = MethodSpec.methodBuilder("fromResponse")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(exception)
        .addParameter(TypeName.INT, "httpStatus")
        .addParameter(STRING, "body")
        .addParameter(HEADERS, "headers")
        .addJavadoc("""
            The exception for an error response a client received: of the class for its status, with the
            code, message, field, issue and request id the body carries.

            <p>From the headers (names compared ignoring case; the first of repeated or joined values) it
            reads how long to wait before retrying, {@code retry-after-ms} (milliseconds) or else
            {@code Retry-After} (seconds, or an HTTP date), and {@code X-Request-Id} for a body that
            carries no request id. Headers of any other form are ignored.

            <p>Never fails: a body that is not an error envelope (a proxy's HTML page, a body empty, broken
            or over 1 MiB) gives the status's exception with an empty code and the status's reason as message.

            @param httpStatus the response's status
            @param body the response's body, or null
            @param headers the response's headers, as {@code java.net.http.HttpHeaders.map()} gives them; or
                null
            """ + returns)
        .addStatement("return fromResponse(httpStatus, body, headers, $T.systemUTC())", Clock.class)
        .build();
    MethodSpec withClock = MethodSpec.methodBuilder("fromResponse")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(exception)
        .addParameter(TypeName.INT, "httpStatus")
        .addParameter(STRING, "body")
        .addParameter(HEADERS, "headers")
        .addParameter(Clock.class, "clock")
        .addJavadoc("""
            As {@link #fromResponse(int, String, Map)}, counting a {@code Retry-After} date from the time
            {@code clock} tells, for tests.

            @param httpStatus the response's status
            @param body the response's body, or null
            @param headers the response's headers, or null
            @param clock the clock that tells the current time
            """ + returns)
        .addStatement("$T.requireNonNull(clock, $S)", Objects.class, "clock")
        .addStatement("$T response = $T.parseOrNull(body)", names.errorResponse(), names.errorResponse())
        .addStatement("String requestId = response == null ? null : response.requestId().orElse(null)")
        .beginControlFlow("if (requestId == null)")
        .addStatement("requestId = $T.first(headers, $S)", names.errorHeaders(), "X-Request-Id")
        .endControlFlow()
        .addStatement("$T error", exception)
        .beginControlFlow("if (response == null)")
        .addStatement("error = of(httpStatus, \"\", reasonPhrase(httpStatus), null, null, requestId, null)")
        .nextControlFlow("else")
        .addStatement("error = of(httpStatus, response.code(), response.message(), response.field().orElse(null),\n"
            + "response.issue().orElse(null), requestId, null)")
        .endControlFlow()
        .addStatement("error.retryAfter = $T.retryAfter(headers, clock.instant())", names.errorHeaders())
        .addStatement("return error")
        .build();
    return List.of(withoutHeaders, withHeaders, withClock);
  }

  /** The factory {@code ErrorCode} calls. */
  private MethodSpec ofCode() {
    return MethodSpec.methodBuilder("of")
        .addModifiers(Modifier.STATIC)
        .returns(names.apiException())
        .addParameter(names.errorCode(), "errorCode")
        .addParameter(STRING, "field")
        .addParameter(STRING, "issue")
        .addParameter(Throwable.class, "cause")
        .addJavadoc("The exception a server throws for {@code errorCode}; see {@link $T#exception()}.\n",
            names.errorCode())
        .addStatement("return of(errorCode.httpStatus(), errorCode.code(), errorCode.message(), field, issue, null, "
            + "cause)")
        .build();
  }

  private MethodSpec ofStatus() {
    ClassName exception = names.apiException();
    CodeBlock.Builder body = CodeBlock.builder().beginControlFlow("switch (httpStatus)");
    names.statusExceptions().forEach((status, name) ->
        body.addStatement("case $L: return new $T(code, message, field, issue, requestId, cause)", status, name));
    body.addStatement("default: return new $T(httpStatus, code, message, field, issue, requestId, cause)", exception)
        .endControlFlow();
    return MethodSpec.methodBuilder("of")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(exception)
        .addParameter(TypeName.INT, "httpStatus")
        .addParameter(STRING, "code")
        .addParameter(STRING, "message")
        .addParameter(STRING, "field")
        .addParameter(STRING, "issue")
        .addParameter(STRING, "requestId")
        .addParameter(Throwable.class, "cause")
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
    List<String> codes = spec.errors().filter(error -> error.status() == status.code())
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
