package io.github.errorspec.core.generate.java;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.github.errorspec.core.spec.ErrorDef;
import io.github.errorspec.core.spec.ErrorSpec;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/** The {@code ErrorCode} enum: one constant per code, with its status, texts and retry advice. */
final class ErrorCodeGenerator {

  private static final ClassName STRING = ClassName.get(String.class);
  private static final TypeName OPTIONAL_STRING = ParameterizedTypeName.get(Optional.class, String.class);

  private final JavaNames names;

  ErrorCodeGenerator(JavaNames names) {
    this.names = names;
  }

  TypeSpec generate(ErrorSpec spec) {
    ClassName self = names.errorCode();
    TypeSpec.Builder type = TypeSpec.enumBuilder(self)
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("The error codes of $L.\n\n", JavaText.javadoc(spec.api().orElse("the API")))
        .addJavadoc("<p>Each constant is one code as it appears in error responses, with its HTTP status, message,\n"
            + "description, request field and retry advice. {@link #fromCode(String)} finds the constant for\n"
            + "a code received; {@link #exception(String)} creates the exception a server throws.\n");
    for (ErrorDef error : spec.errors().collect(Collectors.toList())) {
      type.addEnumConstant(error.code(), constant(error, spec));
    }
    ParameterizedTypeName map = ParameterizedTypeName.get(ClassName.get(Map.class), STRING, self);
    type.addField(FieldSpec.builder(map, "BY_CODE", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer("byCode()")
        .build());
    type.addField(TypeName.INT, "httpStatus", Modifier.PRIVATE, Modifier.FINAL);
    type.addField(STRING, "message", Modifier.PRIVATE, Modifier.FINAL);
    type.addField(STRING, "description", Modifier.PRIVATE, Modifier.FINAL);
    type.addField(STRING, "field", Modifier.PRIVATE, Modifier.FINAL);
    type.addField(TypeName.BOOLEAN, "retryable", Modifier.PRIVATE, Modifier.FINAL);
    type.addMethod(MethodSpec.constructorBuilder()
        .addParameter(TypeName.INT, "httpStatus")
        .addParameter(STRING, "message")
        .addParameter(STRING, "description")
        .addParameter(STRING, "field")
        .addParameter(TypeName.BOOLEAN, "retryable")
        .addStatement("this.httpStatus = httpStatus")
        .addStatement("this.message = message")
        .addStatement("this.description = description")
        .addStatement("this.field = field")
        .addStatement("this.retryable = retryable")
        .build());
    type.addMethod(Members.getter("code", STRING, "The code as it appears in error responses: the constant's name.", "name()"));
    type.addMethod(Members.getter("httpStatus", TypeName.INT, "The HTTP status of responses with this code.", "httpStatus"));
    type.addMethod(Members.getter("message", STRING, "The message sent to clients.", "message"));
    type.addMethod(Members.getter("description", STRING, "What the error means; empty when the catalog gives no description.",
        "description"));
    type.addMethod(Members.getter("field", OPTIONAL_STRING, "The request field this error is about, if it is about one.",
        "$T.ofNullable(field)", Optional.class));
    type.addMethod(Members.getter("retryable", TypeName.BOOLEAN,
        "Whether a client may retry a request that failed with this code.", "retryable"));
    type.addMethod(fromCode(self, map));
    type.addMethod(byCode(self, map));
    type.addMethods(exceptionFactories());
    return type.build();
  }

  private static TypeSpec constant(ErrorDef error, ErrorSpec spec) {
    TypeSpec.Builder constant = TypeSpec.anonymousClassBuilder("$L, $L, $L, $L, $L",
        error.status(),
        JavaText.literal(error.message()),
        JavaText.literal(error.description().orElse("")),
        error.field().map(JavaText::literal).orElse("null"),
        error.retryable());
    constant.addJavadoc("$L\n", JavaText.sentence(error.message()));
    error.description().filter(text -> !text.isBlank())
        .ifPresent(text -> constant.addJavadoc("\n<p>$L\n", JavaText.sentence(text)));
    String statusReason = spec.status(error.status()).map(status -> " " + JavaText.javadoc(status.reason())).orElse("");
    constant.addJavadoc("\n<p>HTTP $L$L$L$L.\n", error.status(), statusReason,
        error.field().map(field -> ", field <code>" + JavaText.javadoc(field) + "</code>").orElse(""),
        error.retryable() ? ", retryable" : "");
    if (error.since().isPresent() || error.deprecated().isPresent()) {
      constant.addJavadoc("\n");
    }
    error.since().ifPresent(since -> constant.addJavadoc("@since $L\n", JavaText.javadoc(since)));
    error.deprecated().ifPresent(reason -> {
      constant.addJavadoc("@deprecated $L\n", JavaText.javadoc(reason));
      constant.addAnnotation(Deprecated.class);
    });
    return constant.build();
  }


  private static MethodSpec fromCode(ClassName self, ParameterizedTypeName map) {
    return MethodSpec.methodBuilder("fromCode")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(ParameterizedTypeName.get(ClassName.get(Optional.class), self))
        .addParameter(STRING, "code")
        .addJavadoc("The constant for a code received in a response, or empty for a code this catalog does not\n"
            + "know (or null). Unlike {@code valueOf}, it never throws.\n")
        .addStatement("return $T.ofNullable(code == null ? null : BY_CODE.get(code))", Optional.class)
        .build();
  }

  private static MethodSpec byCode(ClassName self, ParameterizedTypeName map) {
    return MethodSpec.methodBuilder("byCode")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(map)
        .addStatement("$T codes = new $T<>()", map, HashMap.class)
        .beginControlFlow("for ($T errorCode : values())", self)
        .addStatement("codes.put(errorCode.name(), errorCode)")
        .endControlFlow()
        .addStatement("return $T.unmodifiableMap(codes)", Collections.class)
        .build();
  }

  private List<MethodSpec> exceptionFactories() {
    ClassName exception = names.apiException();
    return List.of(
        MethodSpec.methodBuilder("exception")
            .addModifiers(Modifier.PUBLIC)
            .returns(exception)
            .addJavadoc("The exception for this code, of the class for its HTTP status, to throw on the server.\n")
            .addStatement("return $T.of(httpStatus, name(), message, field, null, null)", exception)
            .build(),
        MethodSpec.methodBuilder("exception")
            .addModifiers(Modifier.PUBLIC)
            .returns(exception)
            .addParameter(STRING, "issue")
            .addJavadoc("The exception for this code with details of this occurrence, sent to the client as\n"
                + "{@code details.issue}.\n")
            .addStatement("return $T.of(httpStatus, name(), message, field, issue, null)", exception)
            .build(),
        MethodSpec.methodBuilder("exception")
            .addModifiers(Modifier.PUBLIC)
            .returns(exception)
            .addParameter(STRING, "field")
            .addParameter(STRING, "issue")
            .addJavadoc("The exception for this code about the given request field, for codes such as a missing\n"
                + "field whose field depends on the request.\n")
            .addStatement("return $T.of(httpStatus, name(), message, field, issue, null)", exception)
            .build());
  }
}
