package io.github.errorspec.core.generate.java;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import io.github.errorspec.core.spec.ErrorSpec;
import io.github.errorspec.core.spec.WireFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import javax.lang.model.element.Modifier;

/**
 * {@code ErrorResponse}: the JSON error envelope as a value. Its JSON is read and written by the
 * package-private {@code ErrorJson}, a runtime source, so that generated clients and servers need
 * no library.
 */
final class ErrorResponseGenerator {

  private static final ClassName STRING = ClassName.get(String.class);
  private static final TypeName OPTIONAL_STRING = ParameterizedTypeName.get(Optional.class, String.class);
  private static final List<String> FIELDS =
      List.of("code", "message", "docUrl", "field", "issue", "params", "violations", "requestId", "timestamp");
  private static final List<String> STRINGS = List.of("code", "message", "field", "issue", "requestId", "timestamp");
  private static final TypeName PARAMS = ParameterizedTypeName.get(Map.class, String.class, Object.class);
  private static final TypeName PARAMS_GIVEN = ParameterizedTypeName.get(ClassName.get(Map.class), STRING,
      WildcardTypeName.subtypeOf(Object.class));

  private final JavaNames names;

  ErrorResponseGenerator(JavaNames names) {
    this.names = names;
  }

  TypeSpec generate(ErrorSpec spec) {
    ClassName self = names.errorResponse();
    ClassName json = names.errorJson();
    boolean problem = spec.format() == WireFormat.PROBLEM;
    // A problem document also has a status: the last argument of the private constructor.
    List<String> fields = new ArrayList<>(FIELDS);
    if (problem) {
      fields.add("status");
    }
    String status = problem ? ", null" : "";
    UnaryOperator<String> doc = problem ? ProblemMembers::documentText : UnaryOperator.identity();
    TypeSpec.Builder type = TypeSpec.classBuilder(self)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addJavadoc("The JSON error $L of $L:\n\n", problem ? "document (RFC 9457 Problem Details)" : "envelope",
            JavaText.javadoc(spec.api().orElse("the API")));
    if (problem) {
      type.superclass(ProblemMembers.superclass()).addJavadoc(ProblemMembers.javadoc());
    } else {
      type.addJavadoc("""
            <pre>
            {"success": false,
             "error": {"code": "...", "message": "...", "doc_url": "https://...",
                       "details": {"field": "...", "issue": "...", "params": {"...": 1},
                                   "violations": [{"field": "...", "issue": "..."}]}},
             "meta": {"request_id": "...", "timestamp": "..."}}
            </pre>

            <p>{@link #toJson()} writes it and {@link #fromJson(String)} reads it, with no library. Members
            that are absent are left out; unknown members are ignored when reading. Its only getters,
            {@link #getSuccess()}, {@link #getError()} and {@link #getMeta()}, let a JSON library such as
            Jackson write the same envelope without annotations.
            """);
    }
    ClassName violation = names.violation();
    TypeName violations = ParameterizedTypeName.get(ClassName.get(List.class), violation);
    for (String field : FIELDS) {
      TypeName fieldType = field.equals("params") ? PARAMS : field.equals("violations") ? violations : STRING;
      type.addField(fieldType, field, Modifier.PRIVATE, Modifier.FINAL);
    }
    if (problem) {
      type.addField(Integer.class, "status", Modifier.PRIVATE, Modifier.FINAL);
    }
    MethodSpec.Builder constructor = MethodSpec.constructorBuilder()
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc(doc.apply("""
            An envelope; {@code code} and {@code message} are required, the other values may be null.

            @param code the error code
            @param message the human-readable message
            @param field the request field the error is about ({@code details.field})
            @param issue details of this occurrence ({@code details.issue})
            @param params the values of this occurrence ({@code details.params}), in order: strings,
                booleans, {@code Long}s and finite {@code Double}s ({@code Integer}s taken as {@code Long}s)
            @param violations every failed check of a failed validation ({@code details.violations})
            @param requestId the request's id ({@code meta.request_id})
            @param timestamp when the error happened, ISO-8601 ({@code meta.timestamp})
            @throws IllegalArgumentException if a param value is of another type, or not finite
            """));
    MethodSpec.Builder all = MethodSpec.constructorBuilder()
        .addModifiers(Modifier.PRIVATE)
        .addJavadoc(doc.apply("""
            An envelope with a documentation link; as the public constructor, plus:

            @param code the error code
            @param message the human-readable message
            @param docUrl the error's documentation link ({@code error.doc_url})
            @param field the request field the error is about ({@code details.field})
            @param issue details of this occurrence ({@code details.issue})
            @param params the values of this occurrence ({@code details.params})
            @param violations every failed check of a failed validation ({@code details.violations})
            @param requestId the request's id ({@code meta.request_id})
            @param timestamp when the error happened, ISO-8601 ({@code meta.timestamp})
            """));
    for (String field : FIELDS) {
      TypeName given = field.equals("params") ? PARAMS_GIVEN
          : field.equals("violations") ? ParameterizedTypeName.get(ClassName.get(List.class), violation) : STRING;
      all.addParameter(given, field);
      if (!field.equals("docUrl")) {
        constructor.addParameter(given, field);
      }
    }
    if (problem) {
      all.addParameter(Integer.class, "status").addJavadoc("@param status the HTTP status, or null for the code's\n");
    }
    constructor.addStatement("this(code, message, null, field, issue, params, violations, requestId, timestamp$L)",
        status);
    all.addStatement("this.code = $T.requireNonNull(code, $S)", Objects.class, "code")
        .addStatement("this.message = $T.requireNonNull(message, $S)", Objects.class, "message")
        .addStatement("this.docUrl = docUrl")
        .addStatement("this.field = field")
        .addStatement("this.issue = issue")
        .addStatement("this.params = params == null ? $T.<String, Object>emptyMap() : $T.params(params)",
            Collections.class, json)
        .addStatement("this.violations = violations == null ? $T.<$T>emptyList()\n"
            + ": $T.unmodifiableList(new $T<>(violations))", Collections.class, violation, Collections.class,
            ArrayList.class)
        .beginControlFlow("for ($T violation : this.violations)", violation)
        .addStatement("$T.requireNonNull(violation, $S)", Objects.class, "violation")
        .endControlFlow()
        .addStatement("this.requestId = requestId")
        .addStatement("this.timestamp = timestamp");
    if (problem) {
      all.addStatement("this.status = status");
    }
    MethodSpec.Builder plain = MethodSpec.constructorBuilder()
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc(doc.apply("""
            An envelope without params or violations; {@code code} and {@code message} are required, the
            other values may be null.

            @param code the error code
            @param message the human-readable message
            @param field the request field the error is about ({@code details.field})
            @param issue details of this occurrence ({@code details.issue})
            @param requestId the request's id ({@code meta.request_id})
            @param timestamp when the error happened, ISO-8601 ({@code meta.timestamp})
            """))
        .addStatement("this(code, message, field, issue, null, null, requestId, timestamp)");
    STRINGS.forEach(field -> plain.addParameter(STRING, field));
    return type.addMethod(plain.build())
        .addMethod(constructor.build())
        .addMethod(all.build())
        .addMethod(Members.getter("code", STRING, doc.apply("The error code ({@code error.code})."), "the code", "code"))
        .addMethod(Members.getter("message", STRING, doc.apply("The human-readable message ({@code error.message})."),
            "the message", "message"))
        .addMethod(optionalGetter("docUrl", doc.apply("The error's documentation link ({@code error.doc_url})."),
            "the link"))
        .addMethod(MethodSpec.methodBuilder("withDocUrl")
            .addModifiers(Modifier.PUBLIC)
            .returns(self)
            .addParameter(STRING, "docUrl")
            .addJavadoc(doc.apply("""
                This envelope with another documentation link ({@code error.doc_url}).

                @param docUrl the link, or null for none
                @return the envelope with that link
                """))
            .addStatement("return new $T($L)", self, String.join(", ", fields))
            .build())
        .addMethod(optionalGetter("field", doc.apply("The request field ({@code error.details.field})."), "the field"))
        .addMethod(optionalGetter("issue", doc.apply("Details of this occurrence ({@code error.details.issue})."),
            "the details"))
        .addMethod(Members.getter("params", PARAMS,
            doc.apply("The values of this occurrence ({@code error.details.params}), in order:\n")
                + "each a {@code String}, {@code Long}, {@code Double} or {@code Boolean}.",
            "the values, unmodifiable; empty when none", "params"))
        .addMethod(Members.getter("violations", violations, doc.apply("Every failed check of a failed validation "
            + "({@code error.details.violations})."), "the violations, unmodifiable; empty when none", "violations"))
        .addMethod(optionalGetter("requestId", doc.apply("The request's id ({@code meta.request_id})."),
            "the request id"))
        .addMethod(optionalGetter("timestamp", doc.apply("When the error happened ({@code meta.timestamp})."),
            "the timestamp"))
        .addMethods(problem ? ProblemMembers.methods(spec, self, names.errorCode(), violation, fields)
            : EnvelopeBeanGetters.all(violation))
        .addMethod(problem ? ProblemMembers.toJson(json) : MethodSpec.methodBuilder("toJson")
            .addModifiers(Modifier.PUBLIC)
            .returns(STRING)
            .addJavadoc("""
                The envelope as compact JSON. Besides quotes, backslashes and control characters, {@code <},
                {@code >}, {@code &}, U+2028, U+2029 and unpaired surrogates are escaped, so that the JSON can
                be embedded in an HTML page or a script unchanged.

                @return the JSON
                """)
            .addStatement("return $T.write(code, message, docUrl, field, issue, params, violations, requestId,\n"
                + "timestamp)", json)
            .build())
        .addMethod(MethodSpec.methodBuilder("fromJson")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(self)
            .addParameter(STRING, "json")
            .addJavadoc("""
                Reads an envelope (the getters are for writing only: a JSON library cannot read one back).
                Only {@code error.code} is required; a missing message reads as empty, and
                members that are not strings read as absent. Of {@code details.params} the strings, numbers
                and booleans are kept (an integer as a {@code Long}, or a {@code Double} when too large; any
                other number as a {@code Double}); of {@code details.violations} the objects with a string
                {@code issue}; either member of another type reads as empty. Reading takes time in proportion
                to the text's length, and little memory beyond the text's own, whatever the text.

                <p>An RFC 9457 problem document (no envelope, but a {@code type}, {@code title} or
                {@code detail} string or a {@code status} number) is read into the same values: the message
                from {@code detail}, else {@code title}, else empty; the code from {@code code}, else from a
                {@code type} under the catalog's type base, else empty; the others from the extension members
                {@code field}, {@code issue}, {@code params}, {@code violations}, {@code request_id} and
                {@code timestamp}.

                @param json the JSON text
                @return the envelope
                @throws IllegalArgumentException if {@code json} is not JSON, or neither an error envelope nor
                    a problem document
                """)
            .addStatement("$T read = $T.read(json, $T.PROBLEM_TYPE_BASE)", json, json, names.apiException())
            .addStatement("return new $T(read.code, read.message == null ? \"\" : read.message, read.docUrl,\n"
                + "read.field, read.issue, read.params, read.violations, read.requestId, read.timestamp$L)", self,
                status)
            .build())
        .addMethod(EnvelopeBeanGetters.putPresent())
        .addMethod(equalsMethod(self, fields, problem ? "a problem document" : "an envelope"))
        .addMethod(MethodSpec.methodBuilder("hashCode")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(TypeName.INT)
            .addJavadoc("A hash of every member.\n\n@return the hash\n")
            .addStatement("return $T.hash($L)", Objects.class, String.join(", ", fields))
            .build())
        .addMethod(MethodSpec.methodBuilder("toString")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(STRING)
            .addJavadoc("The $L as JSON.\n\n@return the JSON, as {@link #toJson()} writes it\n",
                problem ? "document" : "envelope")
            .addStatement("return toJson()")
            .build())
        .build();
  }

  private static MethodSpec optionalGetter(String name, String summary, String returns) {
    return Members.getter(name, OPTIONAL_STRING, summary, returns + ", or empty", "$T.ofNullable($N)",
        Optional.class, name);
  }

  private static MethodSpec equalsMethod(ClassName self, List<String> fields, String what) {
    StringBuilder comparisons = new StringBuilder();
    for (String field : fields) {
      comparisons.append(comparisons.length() == 0 ? "" : "\n&& ").append("$1T.equals(").append(field)
          .append(", that.").append(field).append(')');
    }
    return MethodSpec.methodBuilder("equals")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(TypeName.BOOLEAN)
        .addParameter(Object.class, "other")
        .addJavadoc("Whether {@code other} is " + what + " with the same members.\n\n"
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
