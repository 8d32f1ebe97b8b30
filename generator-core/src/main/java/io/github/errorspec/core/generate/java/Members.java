package io.github.errorspec.core.generate.java;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/** Members that several generated types share in shape. */
final class Members {

  private Members() {}

  /**
   * A public accessor returning {@code expression}, a JavaPoet format with {@code args}, documented
   * by a sentence and its {@code @return} text.
   */
  static MethodSpec getter(String name, TypeName type, String summary, String returns, String expression,
      Object... args) {
    return MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PUBLIC)
        .returns(type)
        .addJavadoc("$L\n\n@return $L\n", summary, returns)
        .addStatement("return " + expression, args)
        .build();
  }

  /**
   * Puts {@code params} and {@code violations} into the map {@code target} as the JSON document
   * holds them, each only when not empty: the same members under the envelope's {@code details}
   * and at the top of a problem document.
   */
  static CodeBlock paramsAndViolations(String target, ClassName violation) {
    return CodeBlock.builder()
        .beginControlFlow("if (!params.isEmpty())")
        .addStatement("$L.put($S, params)", target, "params")
        .endControlFlow()
        .beginControlFlow("if (!violations.isEmpty())")
        .addStatement("$T<Object> list = new $T<>()", List.class, ArrayList.class)
        .beginControlFlow("for ($T violation : violations)", violation)
        .addStatement("$T<String, Object> one = new $T<>()", Map.class, LinkedHashMap.class)
        .addStatement("putPresent(one, $S, violation.field().orElse(null))", "field")
        .addStatement("one.put($S, violation.issue())", "issue")
        .addStatement("list.add($T.unmodifiableMap(one))", Collections.class)
        .endControlFlow()
        .addStatement("$L.put($S, $T.unmodifiableList(list))", target, "violations", Collections.class)
        .endControlFlow()
        .build();
  }
}
