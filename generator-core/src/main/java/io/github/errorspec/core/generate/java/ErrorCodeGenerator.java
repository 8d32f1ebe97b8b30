package io.github.errorspec.core.generate.java;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.github.errorspec.core.spec.ErrorDef;
import io.github.errorspec.core.spec.Diagnostic;
import io.github.errorspec.core.spec.ErrorSpec;
import io.github.errorspec.core.spec.InputException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * {@code ErrorCode}: one constant per code, with its status, texts and retry advice.
 *
 * <p>Up to {@link #MAX_ENUM_CODES} codes it is an enum, so that users can switch on it. javac
 * spends 16 bytes of the enum's initializer per constant, and the JVM allows 64 KiB, so larger
 * catalogs get a final class with the same members ({@code values()}, {@code name()},
 * {@code ordinal()}, {@code valueOf} included) whose constants cost 6 bytes each, up to
 * {@link #MAX_CODES}. Either way the per-code data is packed into string constants
 * ({@link PackedRows}) rather than passed to constructors.
 */
final class ErrorCodeGenerator {

  /** The largest catalog generated as an enum; javac fails near 4,050 (16 initializer bytes each). */
  static final int MAX_ENUM_CODES = 3_800;

  /** The largest catalog generated at all; the class form fails near 10,850 (6 bytes each). */
  static final int MAX_CODES = 10_500;

  /** What the class form's initializer may spend, of the JVM's 65,535 bytes, leaving room for the rest. */
  private static final int INITIALIZER_BUDGET = 64_000;

  private static final ClassName STRING = ClassName.get(String.class);
  private static final TypeName STRINGS = ArrayTypeName.of(String.class);
  private static final TypeName OPTIONAL_STRING = ParameterizedTypeName.get(Optional.class, String.class);

  private final JavaNames names;

  ErrorCodeGenerator(JavaNames names) {
    this.names = names;
  }

  /**
   * The enum, or the class form for catalogs larger than {@link #MAX_ENUM_CODES}.
   *
   * @throws InputException if the catalog is too large for the class form's initializer
   */
  TypeSpec generate(ErrorSpec spec) throws InputException {
    List<ErrorDef> errors = spec.errors().collect(Collectors.toList());
    // Each string constant of packed rows costs the initializer about 8 bytes more.
    PackedRows rows = rows(errors, false);
    boolean asEnum = errors.size() <= MAX_ENUM_CODES && 16 * errors.size() + 8 * rows.chunkCount() <= INITIALIZER_BUDGET;
    if (!asEnum) {
      rows = rows(errors, true);
      if (errors.size() > MAX_CODES || 6 * errors.size() + 8 * rows.chunkCount() > INITIALIZER_BUDGET) {
        throw new InputException(List.of(new Diagnostic(spec.location(), "the catalog has " + errors.size()
            + " codes; errorspec generates Java for at most " + MAX_CODES
            + " (fewer with very long texts): the JVM limits a class initializer to 64 KiB")));
      }
    }
    ClassName self = names.errorCode();
    TypeSpec.Builder type = (asEnum ? TypeSpec.enumBuilder(self) : TypeSpec.classBuilder(self))
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("The error codes of $L.\n\n", JavaText.javadoc(spec.api().orElse("the API")))
        .addJavadoc("<p>Each constant is one code as it appears in error responses, with its HTTP status, message,\n"
            + "description, request field and retry advice. {@link #fromCode(String)} finds the constant for\n"
            + "a code received; {@link #exception(String)} creates the exception a server throws.\n");
    if (!asEnum) {
      type.addModifiers(Modifier.FINAL)
          .addSuperinterface(ParameterizedTypeName.get(ClassName.get(Comparable.class), self))
          .addSuperinterface(Serializable.class)
          .addJavadoc("\n<p>With $L codes, more than an enum can hold ($L), this is a class with the members of an\n"
              + "enum: compare constants with {@code ==}, and use {@code if} where an enum would allow\n"
              + "{@code switch}.\n", errors.size(), MAX_ENUM_CODES);
    }
    if (asEnum) {
      for (ErrorDef error : errors) {
        TypeSpec.Builder constant = TypeSpec.anonymousClassBuilder("").addJavadoc("$L", constantJavadoc(error, spec));
        if (error.isDeprecated()) {
          constant.addAnnotation(Deprecated.class);
        }
        type.addEnumConstant(error.code(), constant.build());
      }
      addData(type, rows, errors.size(), false);
    } else {
      addClassForm(type, self, rows, errors, spec);
    }
    // Optionals made once, so that fromCode allocates nothing: it costs what a HashMap.get costs.
    ParameterizedTypeName map = ParameterizedTypeName.get(ClassName.get(Map.class), STRING,
        ParameterizedTypeName.get(ClassName.get(Optional.class), self));
    type.addField(FieldSpec.builder(map, "BY_CODE", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer("byCode()")
        .build());
    type.addMethod(Members.getter("code", STRING, "The code as it appears in error responses: the constant's name.",
            "name()"))
        .addMethod(Members.getter("httpStatus", TypeName.INT, "The HTTP status of responses with this code.",
            "STATUS_AND_RETRYABLE[ordinal()] >> 1"))
        .addMethod(Members.getter("message", STRING, "The message sent to clients.", "MESSAGES[ordinal()]"))
        .addMethod(Members.getter("description", STRING,
            "What the error means; empty when the catalog gives no description.", "DESCRIPTIONS[ordinal()]"))
        .addMethod(Members.getter("field", OPTIONAL_STRING, "The request field this error is about, if it is about one.",
            "$T.ofNullable(FIELDS[ordinal()])", Optional.class))
        .addMethod(Members.getter("retryable", TypeName.BOOLEAN,
            "Whether a client may retry a request that failed with this code.",
            "(STATUS_AND_RETRYABLE[ordinal()] & 1) == 1"))
        .addMethod(fromCode(self))
        .addMethod(byCode(self, map))
        .addMethods(exceptionFactories())
        .addMethod(unpack(asEnum));
    return type.build();
  }

  /** Each code's row; the class form, having no enum names, carries them first among the texts. */
  private static PackedRows rows(List<ErrorDef> errors, boolean withNames) {
    PackedRows rows = new PackedRows();
    for (ErrorDef error : errors) {
      List<String> texts = new ArrayList<>();
      if (withNames) {
        texts.add(error.code());
      }
      texts.addAll(Arrays.asList(error.message(), error.description().orElse(""), error.field().orElse(null)));
      rows.add(error.status(), error.retryable(), texts);
    }
    return rows;
  }

  /** The data arrays, decoded once from the packed rows. */
  private static void addData(TypeSpec.Builder type, PackedRows rows, int count, boolean withNames) {
    type.addField(FieldSpec.builder(ArrayTypeName.of(String[].class), "COLUMNS", Modifier.PRIVATE, Modifier.STATIC,
            Modifier.FINAL)
        .addJavadoc("Per code: status * 2 + retryable, then its texts; see {@link #unpack}.\n")
        .initializer("unpack($L,$>$>$L$<$<)", count, rows.chunks())
        .build());
    int column = 0;
    type.addField(FieldSpec.builder(ArrayTypeName.of(char.class), "STATUS_AND_RETRYABLE", Modifier.PRIVATE,
            Modifier.STATIC, Modifier.FINAL)
        .initializer("COLUMNS[$L][0].toCharArray()", column++)
        .build());
    if (withNames) {
      type.addField(FieldSpec.builder(STRINGS, "NAMES", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
          .initializer("COLUMNS[$L]", column++)
          .build());
    }
    for (String name : List.of("MESSAGES", "DESCRIPTIONS", "FIELDS")) {
      type.addField(FieldSpec.builder(STRINGS, name, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
          .initializer("COLUMNS[$L]", column++)
          .build());
    }
  }

  /**
   * Constants as {@code public static final} fields initialized by {@code next()}, 6 bytes each of
   * the class initializer; the data comes first so that {@code next()} finds it.
   */
  private static void addClassForm(TypeSpec.Builder type, ClassName self, PackedRows rows, List<ErrorDef> errors,
      ErrorSpec spec) {
    type.addField(FieldSpec.builder(TypeName.LONG, "serialVersionUID", Modifier.PRIVATE, Modifier.STATIC,
            Modifier.FINAL)
        .initializer("1L")
        .build());
    addData(type, rows, errors.size(), true);
    type.addField(FieldSpec.builder(ArrayTypeName.of(self), "VALUES", Modifier.PRIVATE, Modifier.STATIC,
            Modifier.FINAL)
        .initializer("new $T[$L]", self, errors.size())
        .build());
    type.addField(FieldSpec.builder(TypeName.INT, "created", Modifier.PRIVATE, Modifier.STATIC)
        .addJavadoc("How many constants {@link #next()} has created; they are created in declaration order.\n")
        .build());
    for (ErrorDef error : errors) {
      FieldSpec.Builder constant = FieldSpec.builder(self, error.code(), Modifier.PUBLIC, Modifier.STATIC,
          Modifier.FINAL).initializer("next()").addJavadoc("$L", constantJavadoc(error, spec));
      if (error.isDeprecated()) {
        constant.addAnnotation(Deprecated.class);
      }
      type.addField(constant.build());
    }
    type.addField(TypeName.INT, "ordinal", Modifier.PRIVATE, Modifier.FINAL)
        .addMethod(MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PRIVATE)
            .addParameter(TypeName.INT, "ordinal")
            .addStatement("this.ordinal = ordinal")
            .build())
        .addMethod(MethodSpec.methodBuilder("next")
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .returns(self)
            .addStatement("$T code = new $T(created)", self, self)
            .addStatement("VALUES[created++] = code")
            .addStatement("return code")
            .build())
        .addMethod(Members.getter("name", STRING, "The constant's name, as an enum constant's.", "NAMES[ordinal]"))
        .addMethod(Members.getter("ordinal", TypeName.INT, "The constant's position in declaration order, from 0.",
            "ordinal"))
        .addMethod(MethodSpec.methodBuilder("values")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(ArrayTypeName.of(self))
            .addJavadoc("Every constant, in declaration order, as an enum's {@code values()}.\n")
            .addStatement("return VALUES.clone()")
            .build())
        .addMethod(MethodSpec.methodBuilder("valueOf")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(self)
            .addParameter(STRING, "name")
            .addJavadoc("The constant with this name, as an enum's {@code valueOf}.\n\n"
                + "@throws IllegalArgumentException if there is none\n")
            .addStatement("$T code = BY_CODE.get($T.requireNonNull(name, $S))",
                ParameterizedTypeName.get(ClassName.get(Optional.class), self), java.util.Objects.class, "name")
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
            .addJavadoc("Orders constants by declaration, as an enum does.\n")
            .addStatement("return Integer.compare(ordinal, other.ordinal)")
            .build())
        .addMethod(MethodSpec.methodBuilder("toString")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(STRING)
            .addJavadoc("The constant's name.\n")
            .addStatement("return name()")
            .build())
        .addMethod(MethodSpec.methodBuilder("readResolve")
            .addModifiers(Modifier.PRIVATE)
            .returns(Object.class)
            .addJavadoc("Keeps constants unique across serialization, as an enum's are.\n")
            .addStatement("return VALUES[ordinal]")
            .build());
  }

  /** Message, description, status, field and retry advice; {@code @since} and {@code @deprecated}. */
  private static String constantJavadoc(ErrorDef error, ErrorSpec spec) {
    List<String> paragraphs = new ArrayList<>();
    paragraphs.add(JavaText.sentence(error.message()));
    error.description().filter(text -> !text.isBlank()).ifPresent(text -> paragraphs.add("<p>" + JavaText.sentence(text)));
    String statusReason = spec.status(error.status()).map(status -> " " + JavaText.javadoc(status.reason())).orElse("");
    paragraphs.add("<p>HTTP " + error.status() + statusReason
        + error.field().map(field -> ", field <code>" + JavaText.javadoc(field) + "</code>").orElse("")
        + (error.retryable() ? ", retryable" : "") + ".");
    StringBuilder tags = new StringBuilder();
    error.since().ifPresent(since -> tags.append("@since ").append(JavaText.javadoc(since)).append('\n'));
    error.deprecated().ifPresent(reason -> tags.append("@deprecated ").append(JavaText.javadoc(reason)).append('\n'));
    return String.join("\n\n", paragraphs) + "\n" + (tags.length() > 0 ? "\n" + tags : "");
  }

  private static MethodSpec fromCode(ClassName self) {
    return MethodSpec.methodBuilder("fromCode")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(ParameterizedTypeName.get(ClassName.get(Optional.class), self))
        .addParameter(STRING, "code")
        .addJavadoc("The constant for a code received in a response, or empty for a code this catalog does not\n"
            + "know (or null). Unlike {@code valueOf}, it never throws.\n")
        .addStatement("$T found = code == null ? null : BY_CODE.get(code)",
            ParameterizedTypeName.get(ClassName.get(Optional.class), self))
        .addStatement("return found != null ? found : $T.empty()", Optional.class)
        .build();
  }

  private static MethodSpec byCode(ClassName self, ParameterizedTypeName map) {
    return MethodSpec.methodBuilder("byCode")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(map)
        .addStatement("$T codes = new $T<>()", map, HashMap.class)
        .beginControlFlow("for ($T errorCode : values())", self)
        .addStatement("codes.put(errorCode.name(), $T.of(errorCode))", Optional.class)
        .endControlFlow()
        .addStatement("return $T.unmodifiableMap(codes)", Collections.class)
        .build();
  }

  /** The decoder of {@link PackedRows}: column 0 holds status * 2 + retryable as chars, the rest texts. */
  private static MethodSpec unpack(boolean asEnum) {
    int texts = asEnum ? 3 : 4;
    return MethodSpec.methodBuilder("unpack")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(ArrayTypeName.of(String[].class))
        .addParameter(TypeName.INT, "count")
        .addParameter(STRINGS, "chunks")
        .varargs(true)
        .addJavadoc("""
            Decodes the packed rows: per code a char of status * 2 + retryable, then $L texts, each a
            length char and the text ({@code \\uFFFE}: none; {@code \\uFFFF}: two chars of length follow).
            Column 0 is the status chars as one string; columns 1 to $L are the texts.
            """, texts, texts)
        .addCode("""
            StringBuilder packed = new StringBuilder();
            for (String chunk : chunks) {
              packed.append(chunk);
            }
            String[][] columns = new String[$L][count];
            char[] statuses = new char[count];
            int at = 0;
            for (int code = 0; code < count; code++) {
              statuses[code] = packed.charAt(at++);
              for (int column = 1; column < columns.length; column++) {
                int length = packed.charAt(at++);
                if (length == 0xFFFE) {
                  continue;
                }
                if (length == 0xFFFF) {
                  length = packed.charAt(at) << 16 | packed.charAt(at + 1);
                  at += 2;
                }
                columns[column][code] = packed.substring(at, at + length);
                at += length;
              }
            }
            columns[0] = new String[] {new String(statuses)};
            return columns;
            """, texts + 1)
        .build();
  }

  private List<MethodSpec> exceptionFactories() {
    ClassName exception = names.apiException();
    return List.of(
        MethodSpec.methodBuilder("exception")
            .addModifiers(Modifier.PUBLIC)
            .returns(exception)
            .addJavadoc("The exception for this code, of the class for its HTTP status, to throw on the server.\n")
            .addStatement("return $T.of(httpStatus(), name(), message(), FIELDS[ordinal()], null, null)", exception)
            .build(),
        MethodSpec.methodBuilder("exception")
            .addModifiers(Modifier.PUBLIC)
            .returns(exception)
            .addParameter(STRING, "issue")
            .addJavadoc("The exception for this code with details of this occurrence, sent to the client as\n"
                + "{@code details.issue}.\n")
            .addStatement("return $T.of(httpStatus(), name(), message(), FIELDS[ordinal()], issue, null)", exception)
            .build(),
        MethodSpec.methodBuilder("exception")
            .addModifiers(Modifier.PUBLIC)
            .returns(exception)
            .addParameter(STRING, "field")
            .addParameter(STRING, "issue")
            .addJavadoc("The exception for this code about the given request field, for codes such as a missing\n"
                + "field whose field depends on the request.\n")
            .addStatement("return $T.of(httpStatus(), name(), message(), field, issue, null)", exception)
            .build());
  }
}
