package io.github.errorspec.core.generate.java;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import io.github.errorspec.core.spec.Diagnostic;
import io.github.errorspec.core.spec.ErrorDef;
import io.github.errorspec.core.spec.ErrorSpec;
import io.github.errorspec.core.spec.InputException;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * {@code ErrorCode}: one constant per code, carrying the values of {@link Column#of} its catalog.
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
 * <p>Each form is one {@link ErrorCodeForm}; this class adds what they share and chooses among them.
 *
 * <p>Internal static names never collide with a code: one that a code takes is given underscores
 * until it is free, and every other internal name has lowercase letters, which codes have not.
 */
final class ErrorCodeGenerator {

  /** How {@code ErrorCode} holds the values of its codes. */
  enum Form {
    /** An enum with the values on each constant's declaration. */
    READABLE_ENUM(new ReadableEnumForm()),
    /** An enum with the values packed into string constants. */
    PACKED_ENUM(new PackedEnumForm()),
    /** A class with an enum's members, the values packed. */
    PACKED_CLASS(new PackedClassForm());

    /** How this form declares the constants and holds their values. */
    private final ErrorCodeForm shape;

    Form(ErrorCodeForm shape) {
      this.shape = shape;
    }
  }

  /** The largest catalog whose constants carry their values as arguments (javac fails from 1,877 at worst). */
  static final int MAX_READABLE_CODES = 1_800;

  /**
   * The same for {@code format: problem}, whose constants carry two texts more (6 bytes of the
   * initializer each: javac fails with 1,620 such constants).
   */
  static final int MAX_READABLE_PROBLEM_CODES = 1_500;

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

  /** The most codes of {@code spec}'s format whose values are given on each constant's declaration. */
  static int maxReadableCodes(ErrorSpec spec) {
    return Column.of(spec).size() > Column.ALL.size() ? MAX_READABLE_PROBLEM_CODES : MAX_READABLE_CODES;
  }

  /** The form a catalog of {@code errors} gets. */
  static Form formFor(ErrorSpec spec, List<ErrorDef> errors) {
    List<Column> columns = Column.of(spec);
    if (errors.size() <= maxReadableCodes(spec) && errors.stream().allMatch(error -> fitsConstants(error, columns))) {
      return Form.READABLE_ENUM;
    }
    return errors.size() <= MAX_ENUM_CODES ? Form.PACKED_ENUM : Form.PACKED_CLASS;
  }

  /** Whether each text of {@code error} fits one string constant, as a readable declaration needs. */
  private static boolean fitsConstants(ErrorDef error, List<Column> columns) {
    return columns.stream().map(column -> column.value().apply(error))
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
    ErrorCodeForm form = forcedForm.orElseGet(() -> formFor(spec, errors)).shape;
    List<Column> columns = Column.of(spec);
    Optional<PackedRows> rows = form.rows(errors, columns);
    if (errors.size() > MAX_CODES || rows.filter(packed -> 8 * packed.chunkCount() > INITIALIZER_BUDGET).isPresent()) {
      throw new InputException(List.of(new Diagnostic(spec.location(), "the catalog has " + errors.size()
          + " codes; errorspec generates Java for at most " + MAX_CODES
          + " (fewer with very long texts): the JVM limits a class initializer to 64 KiB")));
    }
    Set<String> codes = errors.stream().map(ErrorDef::code).collect(Collectors.toCollection(TreeSet::new));
    ClassName self = names.errorCode();
    ErrorCodeForm.Parts parts = new ErrorCodeForm.Parts(spec, errors, self, internalName("BY_CODE", codes),
        internalName("VALUES", codes), rows, columns);
    TypeSpec.Builder type = form.declare(self)
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc(ErrorCodeDocs.type(spec, form, errors.size()));
    form.addDeclarations(type, parts);
    // Optionals made once, so that fromCode allocates nothing: it costs what a HashMap.get costs.
    ParameterizedTypeName map = ParameterizedTypeName.get(ClassName.get(Map.class), STRING,
        ParameterizedTypeName.get(ClassName.get(Optional.class), self));
    type.addField(FieldSpec.builder(map, parts.byCode(), Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer("indexByCode()")
        .build());
    for (Column column : columns) {
      FieldSpec.Builder field = FieldSpec.builder(column.fieldType(), column.name(), Modifier.PRIVATE, Modifier.FINAL);
      if (form.transientColumns()) {
        field.addModifiers(Modifier.TRANSIENT);
      }
      type.addField(field.build());
    }
    type.addMethod(MethodSpec.methodBuilder("code")
            .addModifiers(Modifier.PUBLIC)
            .returns(STRING)
            .addJavadoc("The code as it appears in error responses: the constant's name.\n\n@return the code\n")
            .addStatement("return name()")
            .build());
    columns.forEach(column -> type.addMethod(column.accessor()));
    type.addMethod(fromCode(self, parts.byCode()))
        .addMethod(indexByCode(self, map))
        .addMethods(exceptionFactories());
    form.addMembers(type, parts);
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
