package io.github.errorspec.core.generate.java;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.github.errorspec.core.spec.ErrorDef;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * What the two packed forms share: the rows of values, the nested class {@code Packed} that holds
 * them as string constants, and the statements that read one code's values from it.
 */
final class PackedValues {

  private static final ClassName STRING = ClassName.get(String.class);

  private PackedValues() {}

  /** Each code's row; the class form, having no enum names, packs each name first. */
  static PackedRows rows(List<ErrorDef> errors, List<Column> columns, boolean withNames) {
    PackedRows rows = new PackedRows();
    for (ErrorDef error : errors) {
      PackedRows.Row row = rows.row();
      if (withNames) {
        row.text(error.code());
      }
      columns.forEach(column -> column.pack(error, row));
    }
    return rows;
  }

  /** The statements that set each column field from the packed rows. */
  static CodeBlock unpackColumns(ClassName self, List<Column> columns) {
    ClassName packed = self.nestedClass("Packed");
    CodeBlock.Builder code = CodeBlock.builder();
    columns.forEach(column -> code.addStatement("this.$N = $L", column.name(), column.unpack(packed)));
    return code.build();
  }

  /** The nested class holding the packed rows, read in order by the constructor. */
  static TypeSpec nestedType(ClassName self, PackedRows rows, boolean withNames) {
    ClassName packed = self.nestedClass("Packed");
    return TypeSpec.classBuilder(packed)
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("""
            The values of every code, packed into string constants so that they cost the class initializer
            a few bytes each rather than a constructor call's arguments. Per code, in declaration order,
            $Lthe columns in order: a number or flag as one char; a text as a length char and the text,
            0xFFFE meaning none and 0xFFFF two chars of length following.
            """, withNames ? "its name as a text, then " : "")
        .addField(FieldSpec.builder(STRING, "DATA", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .initializer("join($>$>$L$<$<)", rows.chunks())
            .build())
        .addField(FieldSpec.builder(TypeName.INT, "next", Modifier.PRIVATE, Modifier.STATIC)
            .addJavadoc("Where the next value starts in {@link #DATA}.\n")
            .build())
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
        .addMethod(MethodSpec.methodBuilder("join")
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .returns(STRING)
            .addParameter(ArrayTypeName.of(STRING), "chunks")
            .varargs(true)
            .addStatement("$T data = new $T()", StringBuilder.class, StringBuilder.class)
            .beginControlFlow("for ($T chunk : chunks)", STRING)
            .addStatement("data.append(chunk)")
            .endControlFlow()
            .addStatement("return data.toString()")
            .build())
        .addMethod(MethodSpec.methodBuilder("number")
            .addModifiers(Modifier.STATIC)
            .returns(TypeName.INT)
            .addStatement("return DATA.charAt(next++)")
            .build())
        .addMethod(MethodSpec.methodBuilder("flag")
            .addModifiers(Modifier.STATIC)
            .returns(TypeName.BOOLEAN)
            .addStatement("return DATA.charAt(next++) == 1")
            .build())
        .addMethod(MethodSpec.methodBuilder("text")
            .addModifiers(Modifier.STATIC)
            .returns(STRING)
            .addCode("""
                int length = DATA.charAt(next++);
                if (length == 0xFFFE) {
                  return null;
                }
                if (length == 0xFFFF) {
                  length = DATA.charAt(next) << 16 | DATA.charAt(next + 1);
                  next += 2;
                }
                String text = DATA.substring(next, next + length);
                next += length;
                return text;
                """)
            .build())
        .build();
  }
}
