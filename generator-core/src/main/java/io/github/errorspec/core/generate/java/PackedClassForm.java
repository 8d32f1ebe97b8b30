package io.github.errorspec.core.generate.java;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.github.errorspec.core.spec.ErrorDef;
import java.io.InvalidObjectException;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * A final class with the members of an enum, for catalogs more than an enum can hold: constants as
 * {@code public static final} fields initialized by {@code next()}, 6 bytes each of the class
 * initializer, their values (names first) packed as the packed enum's are. The array of constants
 * comes first, so that {@code next()} finds it.
 */
final class PackedClassForm implements ErrorCodeForm {

  private static final ClassName STRING = ClassName.get(String.class);
  /** Every constant's initializer, parsed once rather than once per code. */
  private static final CodeBlock NEXT = CodeBlock.of("next()");

  @Override
  public TypeSpec.Builder declare(ClassName self) {
    return TypeSpec.classBuilder(self);
  }

  @Override
  public String javadoc(int count, int maxReadable) {
    return """

        <p>With %s codes, more than an enum can hold (%s), this is a class with the members of an
        enum: compare constants with {@code ==}, and use {@code if} where an enum would allow
        {@code switch}. The values are packed into string constants and read when the class loads;
        each constant's Javadoc gives them.
        """.formatted(ErrorCodeDocs.thousands(count), ErrorCodeDocs.thousands(ErrorCodeGenerator.MAX_ENUM_CODES));
  }

  @Override
  public boolean documentsValues() {
    return true;
  }

  @Override
  public boolean transientColumns() {
    return true;
  }

  @Override
  public Optional<PackedRows> rows(List<ErrorDef> errors, List<Column> columns) {
    return Optional.of(PackedValues.rows(errors, columns, true));
  }

  @Override
  public void addDeclarations(TypeSpec.Builder type, Parts parts) {
    ClassName self = parts.self();
    type.addModifiers(Modifier.FINAL)
        .addSuperinterface(ParameterizedTypeName.get(ClassName.get(Comparable.class), self))
        .addSuperinterface(Serializable.class)
        .addField(FieldSpec.builder(TypeName.LONG, "serialVersionUID", Modifier.PRIVATE, Modifier.STATIC,
                Modifier.FINAL)
            .initializer("1L")
            .build())
        .addField(FieldSpec.builder(ArrayTypeName.of(self), parts.values(), Modifier.PRIVATE, Modifier.STATIC,
                Modifier.FINAL)
            .initializer("new $T[$L]", self, parts.errors().size())
            .build())
        .addField(FieldSpec.builder(TypeName.INT, "created", Modifier.PRIVATE, Modifier.STATIC)
            .addJavadoc("How many constants {@link #next()} has created; they are created in declaration order.\n")
            .build());
    for (ErrorDef error : parts.errors()) {
      FieldSpec.Builder constant = FieldSpec.builder(self, error.code(), Modifier.PUBLIC, Modifier.STATIC,
          Modifier.FINAL).initializer(NEXT).addJavadoc("$L", ErrorCodeDocs.constant(error, parts.spec(), true));
      if (error.isDeprecated()) {
        constant.addAnnotation(Deprecated.class);
      }
      type.addField(constant.build());
    }
    type.addField(FieldSpec.builder(STRING, "name", Modifier.PRIVATE, Modifier.FINAL)
            .addJavadoc("The constant's name, by which it is serialized, as an enum constant is.\n\n"
                + "@serial the name, such as {@code $L}\n", parts.errors().get(0).code())
            .build())
        .addField(TypeName.INT, "ordinal", Modifier.PRIVATE, Modifier.FINAL, Modifier.TRANSIENT)
        .addMethod(MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PRIVATE)
            .addParameter(TypeName.INT, "ordinal")
            .addStatement("this.ordinal = ordinal")
            .addStatement("this.name = $T.text()", self.nestedClass("Packed"))
            .addCode(PackedValues.unpackColumns(self, parts.columns()))
            .build())
        .addMethod(MethodSpec.methodBuilder("next")
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .returns(self)
            .addStatement("$T code = new $T(created)", self, self)
            .addStatement("$N[created++] = code", parts.values())
            .addStatement("return code")
            .build());
  }

  /** What an enum has by nature: name, ordinal, values, valueOf, order, and one instance per constant. */
  @Override
  public void addMembers(TypeSpec.Builder type, Parts parts) {
    ClassName self = parts.self();
    TypeName optional = ParameterizedTypeName.get(ClassName.get(Optional.class), self);
    type.addMethod(Members.getter("name", STRING, "The constant's name, as an enum constant's.", "the name", "name"))
        .addMethod(Members.getter("ordinal", TypeName.INT,
            "The constant's position in declaration order, from 0, as an enum constant's.", "the position", "ordinal"))
        .addMethod(MethodSpec.methodBuilder("values")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(ArrayTypeName.of(self))
            .addJavadoc("Every constant, in declaration order, as an enum's {@code values()}.\n\n"
                + "@return a new array of the constants\n")
            .addStatement("return $N.clone()", parts.values())
            .build())
        .addMethod(MethodSpec.methodBuilder("valueOf")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(self)
            .addParameter(STRING, "name")
            .addJavadoc("The constant with this name, as an enum's {@code valueOf}.\n\n"
                + "@param name the constant's name\n"
                + "@return the constant\n"
                + "@throws IllegalArgumentException if there is none\n")
            .addStatement("$T code = $N.get($T.requireNonNull(name, $S))", optional, parts.byCode(), Objects.class,
                "name")
            .beginControlFlow("if (code == null)")
            .addStatement("throw new IllegalArgumentException(\"No error code \" + name)")
            .endControlFlow()
            .addStatement("return code.get()")
            .build())
        .addMethod(MethodSpec.methodBuilder("compareTo")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(TypeName.INT)
            .addParameter(self, "other")
            .addJavadoc("Orders constants by declaration, as an enum does.\n\n"
                + "@param other the constant to compare with\n"
                + "@return negative, zero or positive as this constant comes before, is, or comes after the other\n")
            .addStatement("return Integer.compare(ordinal, other.ordinal)")
            .build())
        .addMethod(MethodSpec.methodBuilder("toString")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(STRING)
            .addJavadoc("The constant's name.\n\n@return the name\n")
            .addStatement("return name")
            .build())
        .addMethod(MethodSpec.methodBuilder("readResolve")
            .addModifiers(Modifier.PRIVATE)
            .returns(Object.class)
            .addException(InvalidObjectException.class)
            .addJavadoc("Keeps constants unique across serialization, as an enum's are: the constant of the name\n"
                + "read.\n\n"
                + "@return the constant\n"
                + "@throws InvalidObjectException if this build has no constant of that name\n")
            .addStatement("$T code = $N.get(name)", optional, parts.byCode())
            .beginControlFlow("if (code == null)")
            .addStatement("throw new $T(\"No error code \" + name)", InvalidObjectException.class)
            .endControlFlow()
            .addStatement("return code.get()")
            .build())
        .addType(PackedValues.nestedType(self, parts.rows().orElseThrow(), true));
  }
}
