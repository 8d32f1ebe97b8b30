package io.github.errorspec.core.generate.java;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.github.errorspec.core.spec.ErrorSpec;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * {@code ErrorResponse}: the JSON error envelope as a value. Its JSON is read and written by the
 * package-private {@code ErrorJson}, a runtime source, so that generated clients and servers need
 * no library.
 */
final class ErrorResponseGenerator {

  private static final ClassName STRING = ClassName.get(String.class);
  private static final TypeName OPTIONAL_STRING = ParameterizedTypeName.get(Optional.class, String.class);
  private static final List<String> FIELDS = List.of("code", "message", "field", "issue", "requestId", "timestamp");

  private final JavaNames names;

  ErrorResponseGenerator(JavaNames names) {
    this.names = names;
  }

  TypeSpec generate(ErrorSpec spec) {
    ClassName self = names.errorResponse();
    ClassName json = names.errorJson();
    TypeSpec.Builder type = TypeSpec.classBuilder(self)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addJavadoc("The JSON error envelope of $L:\n\n", JavaText.javadoc(spec.api().orElse("the API")))
        .addJavadoc("""
            <pre>
            {"success": false,
             "error": {"code": "...", "message": "...", "details": {"field": "...", "issue": "..."}},
             "meta": {"request_id": "...", "timestamp": "..."}}
            </pre>

            <p>{@link #toJson()} writes it and {@link #fromJson(String)} reads it, with no library. Members
            that are absent are left out; unknown members are ignored when reading.
            """);
    FIELDS.forEach(field -> type.addField(STRING, field, Modifier.PRIVATE, Modifier.FINAL));
    MethodSpec.Builder constructor = MethodSpec.constructorBuilder()
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("""
            An envelope; {@code code} and {@code message} are required, the other values may be null.

            @param code the error code
            @param message the human-readable message
            @param field the request field the error is about ({@code details.field})
            @param issue details of this occurrence ({@code details.issue})
            @param requestId the request's id ({@code meta.request_id})
            @param timestamp when the error happened, ISO-8601 ({@code meta.timestamp})
            """);
    FIELDS.forEach(field -> constructor.addParameter(STRING, field));
    constructor.addStatement("this.code = $T.requireNonNull(code, $S)", Objects.class, "code")
        .addStatement("this.message = $T.requireNonNull(message, $S)", Objects.class, "message");
    FIELDS.subList(2, FIELDS.size()).forEach(field -> constructor.addStatement("this.$N = $N", field, field));
    return type.addMethod(constructor.build())
        .addMethod(Members.getter("code", STRING, "The error code ({@code error.code}).", "the code", "code"))
        .addMethod(Members.getter("message", STRING, "The human-readable message ({@code error.message}).",
            "the message", "message"))
        .addMethod(optionalGetter("field", "The request field ({@code error.details.field}).", "the field"))
        .addMethod(optionalGetter("issue", "Details of this occurrence ({@code error.details.issue}).", "the details"))
        .addMethod(optionalGetter("requestId", "The request's id ({@code meta.request_id}).", "the request id"))
        .addMethod(optionalGetter("timestamp", "When the error happened ({@code meta.timestamp}).", "the timestamp"))
        .addMethod(MethodSpec.methodBuilder("toJson")
            .addModifiers(Modifier.PUBLIC)
            .returns(STRING)
            .addJavadoc("""
                The envelope as compact JSON. Besides quotes, backslashes and control characters, {@code <},
                {@code >}, {@code &}, U+2028, U+2029 and unpaired surrogates are escaped, so that the JSON can
                be embedded in an HTML page or a script unchanged.

                @return the JSON
                """)
            .addStatement("return $T.write(code, message, field, issue, requestId, timestamp)", json)
            .build())
        .addMethod(MethodSpec.methodBuilder("fromJson")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(self)
            .addParameter(STRING, "json")
            .addJavadoc("""
                Reads an envelope. Only {@code error.code} is required; a missing message reads as empty, and
                members that are not strings read as absent. Reading takes time in proportion to the text's
                length, and little memory beyond the text's own, whatever the text.

                @param json the JSON text
                @return the envelope
                @throws IllegalArgumentException if {@code json} is not JSON, or not an error envelope
                """)
            .addStatement("$T read = $T.read(json)", json, json)
            .addStatement("return new $T(read.code, read.message == null ? \"\" : read.message, read.field,\n"
                + "read.issue, read.requestId, read.timestamp)", self)
            .build())
        .addMethod(MethodSpec.methodBuilder("parseOrNull")
            .addModifiers(Modifier.STATIC)
            .returns(self)
            .addParameter(STRING, "body")
            .addJavadoc("The envelope in {@code body}, or null when the body is no envelope.\n")
            .addCode("""
                if (body == null) {
                  return null;
                }
                try {
                  return fromJson(body);
                } catch (IllegalArgumentException notAnEnvelope) {
                  return null;
                }
                """)
            .build())
        .addMethod(equalsMethod(self))
        .addMethod(MethodSpec.methodBuilder("hashCode")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(TypeName.INT)
            .addJavadoc("A hash of every member.\n\n@return the hash\n")
            .addStatement("return $T.hash($L)", Objects.class, String.join(", ", FIELDS))
            .build())
        .addMethod(MethodSpec.methodBuilder("toString")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(STRING)
            .addJavadoc("The envelope as JSON.\n\n@return the JSON, as {@link #toJson()} writes it\n")
            .addStatement("return toJson()")
            .build())
        .build();
  }

  private static MethodSpec optionalGetter(String name, String summary, String returns) {
    return Members.getter(name, OPTIONAL_STRING, summary, returns + ", or empty", "$T.ofNullable($N)",
        Optional.class, name);
  }

  private static MethodSpec equalsMethod(ClassName self) {
    StringBuilder comparisons = new StringBuilder();
    for (String field : FIELDS) {
      comparisons.append(comparisons.length() == 0 ? "" : "\n&& ").append("$1T.equals(").append(field)
          .append(", that.").append(field).append(')');
    }
    return MethodSpec.methodBuilder("equals")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(TypeName.BOOLEAN)
        .addParameter(Object.class, "other")
        .addJavadoc("Whether {@code other} is an envelope with the same members.\n\n"
            + "@param other the object to compare with\n"
            + "@return true if every member is equal\n")
        .beginControlFlow("if (!(other instanceof $T))", self)
        .addStatement("return false")
        .endControlFlow()
        .addStatement("$T that = ($T) other", self, self)
        .addStatement("return " + comparisons, Objects.class)
        .build();
  }
}
