package io.github.errorspec.core.generate.java;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * {@code ErrorResponse}'s JavaBean getters: {@code getSuccess()}, {@code getError()} and
 * {@code getMeta()}, the envelope's three members as a tree of maps, lists and scalars. A JSON
 * library that writes getters without annotations (Jackson 2 and 3) then writes the envelope
 * {@code toJson()} writes, with no library dependency in the generated code; the record-style
 * accessors are not getters, so nothing else is picked up.
 */
final class EnvelopeBeanGetters {

  private static final TypeName TREE = ParameterizedTypeName.get(Map.class, String.class, Object.class);
  private static final String FOR_LIBRARIES = "For JSON libraries that write JavaBean getters, such as Jackson: the three "
      + "getters\nmake the envelope {@link #toJson()} writes. Reading stays {@link #fromJson(String)}'s job.\n";

  private EnvelopeBeanGetters() {}

  static List<MethodSpec> all(ClassName violation) {
    return List.of(success(), error(violation), meta());
  }

  private static MethodSpec success() {
    return MethodSpec.methodBuilder("getSuccess")
        .addModifiers(Modifier.PUBLIC)
        .returns(TypeName.BOOLEAN)
        .addJavadoc("The {@code success} member, always false.\n" + FOR_LIBRARIES + "\n@return false\n")
        .addStatement("return false")
        .build();
  }

  private static MethodSpec error(ClassName violation) {
    return MethodSpec.methodBuilder("getError")
        .addModifiers(Modifier.PUBLIC)
        .returns(TREE)
        .addJavadoc("The {@code error} member: {@code code}, {@code message}, {@code doc_url} and, when any is present,\n"
            + "{@code details} with {@code field}, {@code issue}, {@code params} and {@code violations}, "
            + "absent\nmembers left out.\n" + FOR_LIBRARIES
            + "\n@return the member as unmodifiable maps, lists, strings, numbers and booleans\n")
        .addStatement("$T<String, Object> error = new $T<>()", Map.class, LinkedHashMap.class)
        .addStatement("error.put($S, code)", "code")
        .addStatement("error.put($S, message)", "message")
        .addStatement("putPresent(error, $S, docUrl)", "doc_url")
        .addStatement("$T<String, Object> details = new $T<>()", Map.class, LinkedHashMap.class)
        .addStatement("putPresent(details, $S, field)", "field")
        .addStatement("putPresent(details, $S, issue)", "issue")
        .addCode(Members.paramsAndViolations("details", violation))
        .beginControlFlow("if (!details.isEmpty())")
        .addStatement("error.put($S, $T.unmodifiableMap(details))", "details", Collections.class)
        .endControlFlow()
        .addStatement("return $T.unmodifiableMap(error)", Collections.class)
        .build();
  }

  private static MethodSpec meta() {
    return MethodSpec.methodBuilder("getMeta")
        .addModifiers(Modifier.PUBLIC)
        .returns(TREE)
        .addJavadoc("The {@code meta} member: {@code request_id} and {@code timestamp}, absent ones left out.\n"
            + FOR_LIBRARIES
            + "Without a request id and a timestamp it is null, which a library may write as {@code null}\n"
            + "where {@code toJson()} leaves the member out (Jackson: unless told to leave nulls out).\n"
            + "\n@return the member as an unmodifiable map, or null when both are absent\n")
        .beginControlFlow("if (requestId == null && timestamp == null)")
        .addStatement("return null")
        .endControlFlow()
        .addStatement("$T<String, Object> meta = new $T<>()", Map.class, LinkedHashMap.class)
        .addStatement("putPresent(meta, $S, requestId)", "request_id")
        .addStatement("putPresent(meta, $S, timestamp)", "timestamp")
        .addStatement("return $T.unmodifiableMap(meta)", Collections.class)
        .build();
  }

  /** The helper the getters share: a member that is null is left out. */
  static MethodSpec putPresent() {
    return MethodSpec.methodBuilder("putPresent")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .addParameter(TREE, "tree")
        .addParameter(String.class, "name")
        .addParameter(String.class, "value")
        .beginControlFlow("if (value != null)")
        .addStatement("tree.put(name, value)")
        .endControlFlow()
        .build();
  }
}
