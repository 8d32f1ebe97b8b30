package io.github.errorspec.core.generate.java;

import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
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
}
