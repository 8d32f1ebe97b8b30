package io.github.errorspec.core.generate.java;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.github.errorspec.core.spec.ErrorSpec;
import io.github.errorspec.core.spec.Status;
import java.util.AbstractMap;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * What {@code ErrorResponse} has for a catalog of {@code format: problem}: it is the RFC 9457
 * problem document, an unmodifiable {@link AbstractMap} of its members in their fixed order, from
 * which {@code toJson()} writes the JSON. A JSON library such as Jackson writes any {@code Map}
 * as its entries, with no annotation; so it writes the same document, absent members left out,
 * which getters could not do. Each code's {@code type} and {@code title} are {@code ErrorCode}'s
 * data, decided by {@code CatalogText}.
 */
final class ProblemMembers {

  private static final TypeName TREE = ParameterizedTypeName.get(Map.class, String.class, Object.class);

  private ProblemMembers() {}

  /**
   * An envelope's Javadoc as the problem document's: members by their names in the document
   * ({@code details.field} is {@code field}, {@code error.message} is {@code detail}).
   */
  static String documentText(String envelopeText) {
    return envelopeText.replace("{@code error.details.", "{@code ")
        .replace("{@code details.", "{@code ")
        .replace("{@code meta.", "{@code ")
        .replace("{@code error.code}", "{@code code}")
        .replace("{@code error.message}", "{@code detail}, or the title when it is left out")
        .replace("({@code error.doc_url})", "(not a member of the problem document: its {@code type} names the code)")
        .replace("An envelope", "A problem document")
        .replace("This envelope", "This problem document")
        .replace("the envelope", "the problem document");
  }

  /** The superclass: a map of the document's members. */
  static TypeName superclass() {
    return ParameterizedTypeName.get(AbstractMap.class, String.class, Object.class);
  }

  /** The class Javadoc's example and how the type is written. */
  static String javadoc() {
    return """
        <pre>
        {"type": "https://...", "title": "...", "status": 404, "detail": "...", "code": "...",
         "request_id": "...", "timestamp": "...", "field": "...", "issue": "...",
         "params": {"...": 1}, "violations": [{"field": "...", "issue": "..."}]}
        </pre>

        <p>{@link #toJson()} writes it and {@link #fromJson(String)} reads it, with no library. Absent
        members are left out, and {@code detail} when it equals {@code title}; unknown members are
        ignored when reading. The response is also an unmodifiable map of the document's members, in
        that order, so that a JSON library such as Jackson writes the same document without
        annotations. Servers send it as {@code application/problem+json}.
        """;
  }

  /** {@code status()}, {@code withStatus(int)}, the map's entries, the document and the reason phrases. */
  static List<MethodSpec> methods(ErrorSpec spec, ClassName self, ClassName errorCode, ClassName violation,
      List<String> fields) {
    return List.of(
        MethodSpec.methodBuilder("status")
            .addModifiers(Modifier.PUBLIC)
            .returns(OptionalInt.class)
            .addJavadoc("The HTTP status ({@code status}): the one given, else the code's.\n\n"
                + "@return the status, or empty for a code this build does not know given none\n")
            .addStatement("$T known = $T.fromCode(code).orElse(null)", errorCode, errorCode)
            .addStatement("return status != null ? $T.of(status)\n"
                + ": known != null ? $T.of(known.httpStatus()) : $T.empty()",
                OptionalInt.class, OptionalInt.class, OptionalInt.class)
            .build(),
        MethodSpec.methodBuilder("withStatus")
            .addModifiers(Modifier.PUBLIC)
            .returns(self)
            .addParameter(TypeName.INT, "status")
            .addJavadoc("This problem with another HTTP status ({@code status}).\n\n"
                + "@param status the status of the response\n@return the problem with that status\n")
            .addStatement("return new $T($L)", self, String.join(", ", fields))
            .build(),
        MethodSpec.methodBuilder("entrySet")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(ParameterizedTypeName.get(ClassName.get(Set.class),
                ParameterizedTypeName.get(Map.Entry.class, String.class, Object.class)))
            .addJavadoc("The document's members, in order, as {@link #toJson()} writes them.\n\n"
                + "@return the members, unmodifiable\n")
            .addStatement("return document().entrySet()")
            .build(),
        document(errorCode, violation),
        reasonPhrase(spec));
  }

  /** {@code toJson()}: the document as JSON. */
  static MethodSpec toJson(ClassName json) {
    return MethodSpec.methodBuilder("toJson")
        .addModifiers(Modifier.PUBLIC)
        .returns(String.class)
        .addJavadoc("""
            The problem document as compact JSON, members in the order of RFC 9457's and then the
            catalog's. Besides quotes, backslashes and control characters, {@code <}, {@code >}, {@code &},
            U+2028, U+2029 and unpaired surrogates are escaped, so that the JSON can be embedded in an HTML
            page or a script unchanged.

            @return the JSON
            """)
        .addStatement("return $T.writeTree(document())", json)
        .build();
  }

  private static MethodSpec document(ClassName errorCode, ClassName violation) {
    CodeBlock.Builder code = CodeBlock.builder()
        .addStatement("$T<String, Object> document = new $T<>()", Map.class, LinkedHashMap.class)
        .addStatement("$T known = $T.fromCode(code).orElse(null)", errorCode, errorCode)
        .addStatement("int status = status().orElse(0)")
        .addStatement("String title = known != null ? known.problemTitle() : reasonPhrase(status)")
        .beginControlFlow("if (known != null)")
        .addStatement("putPresent(document, $S, known.problemType().orElse(null))", "type")
        .endControlFlow()
        .addStatement("putPresent(document, $S, title)", "title")
        .beginControlFlow("if (status != 0)")
        .addStatement("document.put($S, status)", "status")
        .endControlFlow()
        .beginControlFlow("if (!message.equals(title))")
        .addStatement("document.put($S, message)", "detail")
        .endControlFlow()
        .addStatement("document.put($S, code)", "code")
        .addStatement("putPresent(document, $S, requestId)", "request_id")
        .addStatement("putPresent(document, $S, timestamp)", "timestamp")
        .addStatement("putPresent(document, $S, field)", "field")
        .addStatement("putPresent(document, $S, issue)", "issue")
        .add(Members.paramsAndViolations("document", violation))
        .addStatement("return $T.unmodifiableMap(document)", Collections.class);
    return MethodSpec.methodBuilder("document")
        .addModifiers(Modifier.PRIVATE)
        .returns(TREE)
        .addJavadoc("The members: {@code type} and {@code title} as the catalog gives them for the code (for a\n"
            + "code this build does not know, no type and the status's reason phrase), {@code detail}\n"
            + "unless it is the title, then the extension members; absent ones left out.\n")
        .addCode(code.build())
        .build();
  }

  /** The catalog's reason phrase of each status, the title of a problem whose code this build does not know. */
  private static MethodSpec reasonPhrase(ErrorSpec spec) {
    MethodSpec.Builder method = MethodSpec.methodBuilder("reasonPhrase")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(String.class)
        .addParameter(TypeName.INT, "status")
        .beginControlFlow("switch (status)");
    for (Status status : spec.statuses()) {
      method.addCode("case $L: return $L;\n", status.code(), JavaText.literal(status.reason()));
    }
    return method.addCode("default: return null;\n").endControlFlow().build();
  }
}
