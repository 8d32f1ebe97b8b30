package io.github.errorspec.core.generate.java;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import io.github.errorspec.core.spec.ErrorDef;
import java.util.List;
import java.util.Optional;

/**
 * An enum of plain constants (16 bytes of the class initializer each) whose values are packed into
 * string constants ({@link PackedValues}) and read by the constructor, in declaration order.
 */
final class PackedEnumForm implements ErrorCodeForm {

  @Override
  public TypeSpec.Builder declare(ClassName self) {
    return TypeSpec.enumBuilder(self);
  }

  @Override
  public String javadoc(int count, int maxReadable) {
    return """

        <p>With %s codes, more than the %s javac compiles with their values on each declaration,
        the values are packed into string constants and read when the class loads; each constant's
        Javadoc gives them.
        """.formatted(ErrorCodeDocs.thousands(count), ErrorCodeDocs.thousands(maxReadable));
  }

  @Override
  public boolean documentsValues() {
    return true;
  }

  @Override
  public Optional<PackedRows> rows(List<ErrorDef> errors, List<Column> columns) {
    return Optional.of(PackedValues.rows(errors, columns, false));
  }

  @Override
  public void addDeclarations(TypeSpec.Builder type, Parts parts) {
    for (ErrorDef error : parts.errors()) {
      TypeSpec.Builder constant = TypeSpec.anonymousClassBuilder("")
          .addJavadoc("$L", ErrorCodeDocs.constant(error, parts.spec(), true));
      if (error.isDeprecated()) {
        constant.addAnnotation(Deprecated.class);
      }
      type.addEnumConstant(error.code(), constant.build());
    }
  }

  @Override
  public void addMembers(TypeSpec.Builder type, Parts parts) {
    type.addMethod(MethodSpec.constructorBuilder()
        .addJavadoc("Reads the values of the code from the packed rows, which are in declaration order.\n")
        .addCode(PackedValues.unpackColumns(parts.self(), parts.columns()))
        .build())
        .addType(PackedValues.nestedType(parts.self(), parts.rows().orElseThrow(), false));
  }
}
