package io.github.errorspec.core.generate.java;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.github.errorspec.core.spec.Diagnostic;
import io.github.errorspec.core.spec.ErrorDef;
import io.github.errorspec.core.spec.ErrorSpec;
import io.github.errorspec.core.spec.InputException;
import java.io.InvalidObjectException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * {@code ErrorCode}: one constant per code, carrying the values of {@link Column#ALL}.
 *
 * <p>It takes one of three forms, by catalog size:
 * <ul>
 *   <li>up to {@link #MAX_READABLE_CODES} codes, an enum whose constants carry their values as
 *       constructor arguments, readable where they are declared. javac spends up to 35 bytes of the
 *       class initializer (64 KiB at most) on such a constant, and fails from 1,877 of them;
 *   <li>up to {@link #MAX_ENUM_CODES}, an enum of plain constants (16 bytes each; javac fails near
 *       4,100) whose values are packed into string constants ({@link PackedRows}) and read by the
 *       constructor;
 *   <li>up to {@link #MAX_CODES}, a final class with the members of an enum whose constants cost 6
 *       bytes each, its values packed likewise.
 * </ul>
 *
 * <p>Internal static names never collide with a code: one that a code takes is given underscores
 * until it is free, and every other internal name has lowercase letters, which codes have not.
 */
final class ErrorCodeGenerator {

  /** How {@code ErrorCode} holds the values of its codes. */
  enum Form {
    /** An enum with the values on each constant's declaration. */
    READABLE_ENUM,
    /** An enum with the values packed into string constants. */
    PACKED_ENUM,
    /** A class with an enum's members, the values packed. */
    PACKED_CLASS
  }

  /** The largest catalog whose constants carry their values as arguments (javac fails from 1,877 at worst). */
  static final int MAX_READABLE_CODES = 1_800;

  /** The largest catalog generated as an enum; javac fails near 4,100 plain constants. */
  static final int MAX_ENUM_CODES = 3_800;

  /** The largest catalog generated at all; the class form fails near 10,900 (6 bytes each). */
  static final int MAX_CODES = 10_500;

  /** What one class initializer may spend, of the JVM's 65,535 bytes, leaving room for the rest. */
  private static final int INITIALIZER_BUDGET = 64_000;

  /** The most bytes of modified UTF-8 a string constant may take in a class file. */
  private static final int MAX_CONSTANT_BYTES = 65_535;

  private static final ClassName STRING = ClassName.get(String.class);

  private final JavaNames names;
  private final Optional<Form> forcedForm;

  ErrorCodeGenerator(JavaNames names, Optional<Form> forcedForm) {
    this.names = names;
    this.forcedForm = forcedForm;
  }

  /** The form a catalog of {@code errors} gets. */
  static Form formFor(List<ErrorDef> errors) {
    if (errors.size() <= MAX_READABLE_CODES && errors.stream().allMatch(ErrorCodeGenerator::fitsConstants)) {
      return Form.READABLE_ENUM;
    }
    return errors.size() <= MAX_ENUM_CODES ? Form.PACKED_ENUM : Form.PACKED_CLASS;
  }

  /** Whether each text of {@code error} fits one string constant, as a readable declaration needs. */
  private static boolean fitsConstants(ErrorDef error) {
    return Column.ALL.stream().map(column -> column.value().apply(error))
        .allMatch(value -> !(value instanceof String)
            || PackedRows.constantBytes((String) value) <= MAX_CONSTANT_BYTES);
  }

  /**
   * The {@code ErrorCode} type of the catalog.
   *
   * @throws InputException if the catalog is too large for the class form's initializer
   */
  TypeSpec generate(ErrorSpec spec) throws InputException {
    List<ErrorDef> errors = spec.errors().collect(Collectors.toList());
    Form form = forcedForm.orElseGet(() -> formFor(errors));
    PackedRows rows = form == Form.READABLE_ENUM ? null : packedRows(errors, form);
    if (errors.size() > MAX_CODES || (rows != null && 8 * rows.chunkCount() > INITIALIZER_BUDGET)) {
      throw new InputException(List.of(new Diagnostic(spec.location(), "the catalog has " + errors.size()
          + " codes; errorspec generates Java for at most " + MAX_CODES
          + " (fewer with very long texts): the JVM limits a class initializer to 64 KiB")));
    }
    Set<String> codes = errors.stream().map(ErrorDef::code).collect(Collectors.toCollection(TreeSet::new));
    String byCode = internalName("BY_CODE", codes);
    ClassName self = names.errorCode();
    TypeSpec.Builder type = (form == Form.PACKED_CLASS ? TypeSpec.classBuilder(self) : TypeSpec.enumBuilder(self))
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc(typeJavadoc(spec, form, errors.size()));
    String values = internalName("VALUES", codes);
    if (form == Form.PACKED_CLASS) {
      addClassForm(type, self, errors, spec, values);
    } else {
      for (ErrorDef error : errors) {
        String arguments = form == Form.READABLE_ENUM
            ? Column.ALL.subList(0, arity(error)).stream().map(column -> column.argument(error))
                .collect(Collectors.joining(", "))
            : "";
        // One line per declaration, however long, as a table of the codes reads best.
        TypeSpec.Builder constant = (arguments.isEmpty()
                ? TypeSpec.anonymousClassBuilder("") : TypeSpec.anonymousClassBuilder("$L", arguments))
            .addJavadoc("$L", constantJavadoc(error, spec, form));
        if (error.isDeprecated()) {
          constant.addAnnotation(Deprecated.class);
        }
        type.addEnumConstant(error.code(), constant.build());
      }
    }
    // Optionals made once, so that fromCode allocates nothing: it costs what a HashMap.get costs.
    ParameterizedTypeName map = ParameterizedTypeName.get(ClassName.get(Map.class), STRING,
        ParameterizedTypeName.get(ClassName.get(Optional.class), self));
    type.addField(FieldSpec.builder(map, byCode, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer("indexByCode()")
        .build());
    for (Column column : Column.ALL) {
      FieldSpec.Builder field = FieldSpec.builder(column.fieldType(), column.name(), Modifier.PRIVATE, Modifier.FINAL);
      if (form == Form.PACKED_CLASS) {
        // The class form serializes only its name, as enums do.
        field.addModifiers(Modifier.TRANSIENT);
      }
      type.addField(field.build());
    }
    if (form == Form.READABLE_ENUM) {
      addConstructors(type, errors);
    } else if (form == Form.PACKED_ENUM) {
      type.addMethod(MethodSpec.constructorBuilder()
          .addJavadoc("Reads the values of the code from the packed rows, which are in declaration order.\n")
          .addCode(unpackColumns(self))
          .build());
    }
    type.addMethod(MethodSpec.methodBuilder("code")
            .addModifiers(Modifier.PUBLIC)
            .returns(STRING)
            .addJavadoc("The code as it appears in error responses: the constant's name.\n\n@return the code\n")
            .addStatement("return name()")
            .build());
    Column.ALL.forEach(column -> type.addMethod(column.accessor()));
    type.addMethod(fromCode(self, byCode))
        .addMethod(indexByCode(self, map))
        .addMethods(exceptionFactories());
    if (form == Form.PACKED_CLASS) {
      addClassFormMethods(type, self, byCode, values);
    }
    if (rows != null) {
      type.addType(packed(self, rows, form == Form.PACKED_CLASS));
    }
    return type.build();
  }

  /** {@code preferred}, or with as many underscores appended as it takes to differ from every code. */
  static String internalName(String preferred, Set<String> codes) {
    String name = preferred;
    while (codes.contains(name)) {
      name += "_";
    }
    return name;
  }

  private static CodeBlock typeJavadoc(ErrorSpec spec, Form form, int count) {
    CodeBlock.Builder javadoc = CodeBlock.builder()
        .add("$L\n\n", JavaText.sentence("The error codes of " + spec.api().orElse("the API")))
        .add("<p>Each constant is one code as it appears in error responses, with its HTTP status, retry\n"
            + "advice, message, description, request field and, for some, why it is deprecated and since when.\n"
            + "{@link #fromCode(String)} finds the constant for a code received; {@link #exception(String)}\n"
            + "creates the exception a server throws.\n");
    switch (form) {
      case READABLE_ENUM:
        return javadoc.add("""

            <p>Each constant's declaration gives its values in that order. A catalog of more than $L
            codes, more than javac compiles this way, gets them packed into string constants instead.
            """, thousands(MAX_READABLE_CODES)).build();
      case PACKED_ENUM:
        return javadoc.add("""

            <p>With $L codes, more than the $L javac compiles with their values on each declaration,
            the values are packed into string constants and read when the class loads; each constant's
            Javadoc gives them.
            """, thousands(count), thousands(MAX_READABLE_CODES)).build();
      default:
        return javadoc.add("""

            <p>With $L codes, more than an enum can hold ($L), this is a class with the members of an
            enum: compare constants with {@code ==}, and use {@code if} where an enum would allow
            {@code switch}. The values are packed into string constants and read when the class loads;
            each constant's Javadoc gives them.
            """, thousands(count), thousands(MAX_ENUM_CODES)).build();
    }
  }

  private static String thousands(int number) {
    return String.format(Locale.ROOT, "%,d", number);
  }

  /**
   * The message and description; where the values are packed, also the status, field and retry
   * advice, which a readable declaration shows itself. {@code @since} and {@code @deprecated}.
   */
  private static String constantJavadoc(ErrorDef error, ErrorSpec spec, Form form) {
    StringBuilder javadoc = new StringBuilder(JavaText.sentence(error.message()));
    error.description().filter(text -> !text.isBlank())
        .ifPresent(text -> javadoc.append(text.contains("\n") ? "\n\n<p>" : " ").append(JavaText.sentence(text)));
    javadoc.append('\n');
    if (form != Form.READABLE_ENUM) {
      String reason = spec.status(error.status()).map(status -> " " + JavaText.javadoc(status.reason())).orElse("");
      javadoc.append("\n<p>HTTP ").append(error.status()).append(reason)
          .append(error.field().map(field -> ", field <code>" + JavaText.javadoc(field) + "</code>").orElse(""))
          .append(error.retryable() ? ", retryable" : "").append(".\n");
    }
    StringBuilder tags = new StringBuilder();
    error.since().ifPresent(since -> tags.append("@since ").append(JavaText.javadoc(since)).append('\n'));
    error.deprecated().ifPresent(reason -> tags.append("@deprecated ").append(JavaText.javadoc(reason)).append('\n'));
    return javadoc + (tags.length() > 0 ? "\n" + tags : "");
  }

  /** How many columns a readable declaration of {@code error} gives: trailing absent values are left out. */
  private static int arity(ErrorDef error) {
    int arity = Column.ALL.size();
    while (arity > 0 && Column.ALL.get(arity - 1).trailing()
        && Column.ALL.get(arity - 1).value().apply(error) == null) {
      arity--;
    }
    return arity;
  }

  /** The constructor of every column, and shorter ones for declarations that leave trailing values out. */
  private static void addConstructors(TypeSpec.Builder type, List<ErrorDef> errors) {
    Set<Integer> arities = errors.stream().map(ErrorCodeGenerator::arity)
        .collect(Collectors.toCollection(TreeSet::new));
    int all = Column.ALL.size();
    for (int arity : arities) {
      if (arity == all) {
        continue;
      }
      MethodSpec.Builder constructor = MethodSpec.constructorBuilder();
      List<String> arguments = new ArrayList<>();
      for (Column column : Column.ALL) {
        if (arguments.size() < arity) {
          constructor.addParameter(column.fieldType(), column.name());
          arguments.add(column.name());
        } else {
          arguments.add("null");
        }
      }
      type.addMethod(constructor.addStatement("this($L)", String.join(", ", arguments)).build());
    }
    MethodSpec.Builder constructor = MethodSpec.constructorBuilder();
    for (Column column : Column.ALL) {
      constructor.addParameter(column.fieldType(), column.name())
          .addStatement("this.$N = $N", column.name(), column.name());
    }
    type.addMethod(constructor.build());
  }

  private static CodeBlock unpackColumns(ClassName self) {
    ClassName packed = self.nestedClass("Packed");
    CodeBlock.Builder code = CodeBlock.builder();
    Column.ALL.forEach(column -> code.addStatement("this.$N = $L", column.name(), column.unpack(packed)));
    return code.build();
  }

  /** Each code's row; the class form, having no enum names, packs each name first. */
  private static PackedRows packedRows(List<ErrorDef> errors, Form form) {
    PackedRows rows = new PackedRows();
    for (ErrorDef error : errors) {
      PackedRows.Row row = rows.row();
      if (form == Form.PACKED_CLASS) {
        row.text(error.code());
      }
      Column.ALL.forEach(column -> column.pack(error, row));
    }
    return rows;
  }

  /** The nested class holding the packed rows, read in order by the constructor. */
  private static TypeSpec packed(ClassName self, PackedRows rows, boolean withNames) {
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

  /**
   * Constants as {@code public static final} fields initialized by {@code next()}, 6 bytes each of
   * the class initializer; the array of constants comes first, so that {@code next()} finds it.
   */
  private static void addClassForm(TypeSpec.Builder type, ClassName self, List<ErrorDef> errors, ErrorSpec spec,
      String values) {
    type.addModifiers(Modifier.FINAL)
        .addSuperinterface(ParameterizedTypeName.get(ClassName.get(Comparable.class), self))
        .addSuperinterface(Serializable.class)
        .addField(FieldSpec.builder(TypeName.LONG, "serialVersionUID", Modifier.PRIVATE, Modifier.STATIC,
                Modifier.FINAL)
            .initializer("1L")
            .build())
        .addField(FieldSpec.builder(ArrayTypeName.of(self), values, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .initializer("new $T[$L]", self, errors.size())
            .build())
        .addField(FieldSpec.builder(TypeName.INT, "created", Modifier.PRIVATE, Modifier.STATIC)
            .addJavadoc("How many constants {@link #next()} has created; they are created in declaration order.\n")
            .build());
    for (ErrorDef error : errors) {
      FieldSpec.Builder constant = FieldSpec.builder(self, error.code(), Modifier.PUBLIC, Modifier.STATIC,
          Modifier.FINAL).initializer("next()").addJavadoc("$L", constantJavadoc(error, spec, Form.PACKED_CLASS));
      if (error.isDeprecated()) {
        constant.addAnnotation(Deprecated.class);
      }
      type.addField(constant.build());
    }
    type.addField(FieldSpec.builder(STRING, "name", Modifier.PRIVATE, Modifier.FINAL)
            .addJavadoc("The constant's name, by which it is serialized, as an enum constant is.\n\n"
                + "@serial the name, such as {@code $L}\n", errors.get(0).code())
            .build())
        .addField(TypeName.INT, "ordinal", Modifier.PRIVATE, Modifier.FINAL, Modifier.TRANSIENT)
        .addMethod(MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PRIVATE)
            .addParameter(TypeName.INT, "ordinal")
            .addStatement("this.ordinal = ordinal")
            .addStatement("this.name = $T.text()", self.nestedClass("Packed"))
            .addCode(unpackColumns(self))
            .build())
        .addMethod(MethodSpec.methodBuilder("next")
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .returns(self)
            .addStatement("$T code = new $T(created)", self, self)
            .addStatement("$N[created++] = code", values)
            .addStatement("return code")
            .build());
  }

  private static void addClassFormMethods(TypeSpec.Builder type, ClassName self, String byCode, String values) {
    TypeName optional = ParameterizedTypeName.get(ClassName.get(Optional.class), self);
    type.addMethod(MethodSpec.methodBuilder("name")
            .addModifiers(Modifier.PUBLIC)
            .returns(STRING)
            .addJavadoc("The constant's name, as an enum constant's.\n\n@return the name\n")
            .addStatement("return name")
            .build())
        .addMethod(MethodSpec.methodBuilder("ordinal")
            .addModifiers(Modifier.PUBLIC)
            .returns(TypeName.INT)
            .addJavadoc("The constant's position in declaration order, from 0, as an enum constant's.\n\n"
                + "@return the position\n")
            .addStatement("return ordinal")
            .build())
        .addMethod(MethodSpec.methodBuilder("values")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(ArrayTypeName.of(self))
            .addJavadoc("Every constant, in declaration order, as an enum's {@code values()}.\n\n"
                + "@return a new array of the constants\n")
            .addStatement("return $N.clone()", values)
            .build())
        .addMethod(MethodSpec.methodBuilder("valueOf")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(self)
            .addParameter(STRING, "name")
            .addJavadoc("The constant with this name, as an enum's {@code valueOf}.\n\n"
                + "@param name the constant's name\n"
                + "@return the constant\n"
                + "@throws IllegalArgumentException if there is none\n")
            .addStatement("$T code = $N.get($T.requireNonNull(name, $S))", optional, byCode, Objects.class, "name")
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
            .addStatement("$T code = $N.get(name)", optional, byCode)
            .beginControlFlow("if (code == null)")
            .addStatement("throw new $T(\"No error code \" + name)", InvalidObjectException.class)
            .endControlFlow()
            .addStatement("return code.get()")
            .build());
  }

  private static MethodSpec fromCode(ClassName self, String byCode) {
    return MethodSpec.methodBuilder("fromCode")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(ParameterizedTypeName.get(ClassName.get(Optional.class), self))
        .addParameter(STRING, "code")
        .addJavadoc("The constant for a code received in a response. Unlike {@code valueOf}, it never throws.\n\n"
            + "@param code the code as sent, or null\n"
            + "@return the constant, or empty for a code this catalog does not know (or null)\n")
        .addStatement("$T found = code == null ? null : $N.get(code)",
            ParameterizedTypeName.get(ClassName.get(Optional.class), self), byCode)
        .addStatement("return found != null ? found : $T.empty()", Optional.class)
        .build();
  }

  private static MethodSpec indexByCode(ClassName self, ParameterizedTypeName map) {
    return MethodSpec.methodBuilder("indexByCode")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(map)
        .addStatement("$T codes = new $T<>()", map, HashMap.class)
        .beginControlFlow("for ($T errorCode : values())", self)
        .addStatement("codes.put(errorCode.name(), $T.of(errorCode))", Optional.class)
        .endControlFlow()
        .addStatement("return $T.unmodifiableMap(codes)", Collections.class)
        .build();
  }

  private List<MethodSpec> exceptionFactories() {
    ClassName exception = names.apiException();
    String returns = "@return the exception, of the class for the code's HTTP status\n";
    return List.of(
        MethodSpec.methodBuilder("exception")
            .addModifiers(Modifier.PUBLIC)
            .returns(exception)
            .addJavadoc("The exception for this code, of the class for its HTTP status, to throw on the server.\n\n"
                + returns)
            .addStatement("return $T.of(this, field, null, null)", exception)
            .build(),
        MethodSpec.methodBuilder("exception")
            .addModifiers(Modifier.PUBLIC)
            .returns(exception)
            .addParameter(STRING, "issue")
            .addJavadoc("The exception for this code with details of this occurrence.\n\n"
                + "@param issue what went wrong this time, sent to the client as {@code details.issue}\n" + returns)
            .addStatement("return $T.of(this, field, issue, null)", exception)
            .build(),
        MethodSpec.methodBuilder("exception")
            .addModifiers(Modifier.PUBLIC)
            .returns(exception)
            .addParameter(Throwable.class, "cause")
            .addJavadoc("The exception for this code, keeping the exception that caused it for logs and stack\n"
                + "traces; the cause is never sent to the client.\n\n"
                + "@param cause the exception that caused this error\n" + returns)
            .addStatement("return $T.of(this, field, null, cause)", exception)
            .build(),
        MethodSpec.methodBuilder("exception")
            .addModifiers(Modifier.PUBLIC)
            .returns(exception)
            .addParameter(STRING, "issue")
            .addParameter(Throwable.class, "cause")
            .addJavadoc("The exception for this code with details of this occurrence, keeping the exception that\n"
                + "caused it; the cause is never sent to the client.\n\n"
                + "@param issue what went wrong this time, sent to the client as {@code details.issue}\n"
                + "@param cause the exception that caused this error\n" + returns)
            .addStatement("return $T.of(this, field, issue, cause)", exception)
            .build(),
        MethodSpec.methodBuilder("exception")
            .addModifiers(Modifier.PUBLIC)
            .returns(exception)
            .addParameter(STRING, "field")
            .addParameter(STRING, "issue")
            .addJavadoc("The exception for this code about the given request field, for codes such as a missing\n"
                + "field whose field depends on the request.\n\n"
                + "@param field the request field, sent to the client as {@code details.field}\n"
                + "@param issue what went wrong this time, sent to the client as {@code details.issue}\n" + returns)
            .addStatement("return $T.of(this, field, issue, null)", exception)
            .build());
  }
}
