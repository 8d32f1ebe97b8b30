package io.github.errorspec.core.generate.java;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.github.errorspec.core.generate.CatalogText;
import io.github.errorspec.core.spec.ErrorDef;
import io.github.errorspec.core.spec.ErrorSpec;
import io.github.errorspec.core.spec.WireFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javax.lang.model.element.Modifier;

/**
 * One value that each {@code ErrorCode} constant carries: its field, its constructor parameter, its
 * accessor, its argument on a readable declaration and its place in a packed row. {@link #ALL}
 * lists them in declaration order, so adding a value to every code is one entry there;
 * {@link #of} adds the problem document's values for a catalog of {@code format: problem}.
 *
 * @param name the field, parameter and accessor name
 * @param kind how the value is typed and packed
 * @param value the value of a code: an Integer, a Boolean, or a String (null for none)
 * @param summary the accessor's Javadoc
 * @param returns the accessor's {@code @return} text
 * @param trailing whether a readable declaration may leave the value out when it and every later
 *     trailing value are absent
 */
record Column(String name, Kind kind, Function<ErrorDef, Object> value, String summary, String returns,
    boolean trailing) {

  /** The values of every code, in the order of constructor arguments. */
  static final List<Column> ALL = List.of(
      new Column("httpStatus", Kind.NUMBER, ErrorDef::status,
          "The HTTP status of responses with this code.", "the status, such as 404", false),
      new Column("retryable", Kind.FLAG, ErrorDef::retryable,
          "Whether a client may retry a request that failed with this code.", "true if a retry may succeed", false),
      new Column("message", Kind.REQUIRED_TEXT, ErrorDef::message,
          "The message sent to clients.", "the message", false),
      new Column("description", Kind.TEXT_OR_EMPTY, error -> error.description().orElse(null),
          "What the error means.", "the description; empty when the catalog gives none", false),
      new Column("field", Kind.OPTIONAL_TEXT, error -> error.field().orElse(null),
          "The request field this error is about, if it is about one.", "the field, or empty", false),
      new Column("deprecated", Kind.TEXT_OR_EMPTY, error -> error.deprecated().orElse(null),
          "Why the code is deprecated, or what to use instead.", "the reason; empty when the code is not deprecated",
          true),
      new Column("since", Kind.OPTIONAL_TEXT, error -> error.since().orElse(null),
          "The version of the API that introduced the code, if the catalog says.", "the version, or empty", true));

  /**
   * The values of every code of {@code spec}: {@link #ALL}, and for {@code format: problem} each
   * code's problem {@code type} and {@code title} after its field, as {@link CatalogText} decides them.
   */
  static List<Column> of(ErrorSpec spec) {
    if (spec.format() != WireFormat.PROBLEM) {
      return ALL;
    }
    List<Column> columns = new ArrayList<>(ALL);
    int afterField = columns.indexOf(ALL.stream().filter(column -> column.name().equals("field")).findFirst()
        .orElseThrow()) + 1;
    columns.addAll(afterField, List.of(
        new Column("problemType", Kind.OPTIONAL_TEXT, error -> CatalogText.problemType(spec, error.code()).orElse(null),
            "The {@code type} of this code's problem documents (RFC 9457), if the catalog gives it one.",
            "the type URI, or empty", false),
        new Column("problemTitle", Kind.REQUIRED_TEXT, error -> CatalogText.problemTitle(spec, error),
            "The {@code title} of this code's problem documents (RFC 9457), the same for every occurrence.",
            "the title", false)));
    return List.copyOf(columns);
  }

  /** How a value is typed, presented by its accessor, and packed. */
  enum Kind {
    /** An int, such as the status: one char when packed. */
    NUMBER,
    /** A boolean: one char when packed. */
    FLAG,
    /** A text every code has. */
    REQUIRED_TEXT,
    /** A text, read as empty when a code has none. */
    TEXT_OR_EMPTY,
    /** A text, read as an {@code Optional}. */
    OPTIONAL_TEXT
  }

  private static final ClassName STRING = ClassName.get(String.class);

  /** The type of the field and of the constructor parameter. */
  TypeName fieldType() {
    switch (kind) {
      case NUMBER:
        return TypeName.INT;
      case FLAG:
        return TypeName.BOOLEAN;
      default:
        return STRING;
    }
  }

  /** The public accessor, named as the column. */
  MethodSpec accessor() {
    MethodSpec.Builder method = MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("$L\n\n@return $L\n", summary, returns);
    switch (kind) {
      case OPTIONAL_TEXT:
        return method.returns(ParameterizedTypeName.get(Optional.class, String.class))
            .addStatement("return $T.ofNullable($N)", Optional.class, name)
            .build();
      case TEXT_OR_EMPTY:
        return method.returns(STRING).addStatement("return $N != null ? $N : \"\"", name, name).build();
      default:
        return method.returns(fieldType()).addStatement("return $N", name).build();
    }
  }

  /** The value of {@code error} as an argument of its readable declaration. */
  String argument(ErrorDef error) {
    Object value = value().apply(error);
    if (value == null) {
      return "null";
    }
    return value instanceof String ? JavaText.literal((String) value) : value.toString();
  }

  /** Adds the value of {@code error} to its packed row. */
  void pack(ErrorDef error, PackedRows.Row row) {
    Object value = value().apply(error);
    switch (kind) {
      case NUMBER:
        row.number((Integer) value);
        break;
      case FLAG:
        row.flag((Boolean) value);
        break;
      default:
        row.text((String) value);
    }
  }

  /** The expression that reads the value from the packed rows, in column order. */
  CodeBlock unpack(ClassName packed) {
    switch (kind) {
      case NUMBER:
        return CodeBlock.of("$T.number()", packed);
      case FLAG:
        return CodeBlock.of("$T.flag()", packed);
      default:
        return CodeBlock.of("$T.text()", packed);
    }
  }
}
