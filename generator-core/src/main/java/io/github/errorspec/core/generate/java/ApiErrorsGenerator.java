package io.github.errorspec.core.generate.java;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.github.errorspec.core.spec.ErrorDef;
import io.github.errorspec.core.spec.ErrorSpec;
import io.github.errorspec.core.spec.MessageTemplate;
import io.github.errorspec.core.spec.Param;
import io.github.errorspec.core.spec.ParamType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Modifier;

/**
 * {@code ApiErrors}: one static factory per code with params, whose typed arguments fill the
 * message and go out as {@code details.params}:
 * {@code throw ApiErrors.modelNotFound("gpt-9", 3)}. Not generated for a catalog without params.
 *
 * <p>The message is rendered from {@link ErrorDef#template()}, the one reading of a message. An
 * argument never takes the name of a keyword, of a local of the factory or of another argument.
 */
final class ApiErrorsGenerator {

  /** Names a static method or an argument cannot take: {@code Object}'s methods and restricted identifiers. */
  private static final Set<String> LOCALS = Set.of("theParams", "theMessage");

  private static final Set<String> RESERVED =
      Set.of("wait", "notify", "notifyAll", "getClass", "hashCode", "equals", "toString", "clone", "finalize",
          "var", "yield", "record", "sealed", "permits");

  private final JavaNames names;

  ApiErrorsGenerator(JavaNames names) {
    this.names = names;
  }

  /** The class, or empty when no code of the catalog has params. */
  Optional<TypeSpec> generate(ErrorSpec spec) {
    List<ErrorDef> errors = spec.errors().filter(error -> !error.params().isEmpty()).collect(Collectors.toList());
    if (errors.isEmpty()) {
      return Optional.empty();
    }
    TypeSpec.Builder type = TypeSpec.classBuilder(names.apiErrors())
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addJavadoc("""
            The exceptions of the codes with params, one factory per code: each renders the code's message
            from its arguments and sends them as {@code error.details.params}, so that a client reads them
            back with {@link ApiException#params()}.
            """)
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    Set<String> methods = new HashSet<>();
    for (ErrorDef error : errors) {
      type.addMethod(factory(error, unique(javaName(camelCase(error.code())), methods)));
    }
    return Optional.of(type.build());
  }

  private MethodSpec factory(ErrorDef error, String name) {
    ClassName returned = names.statusExceptions().getOrDefault(error.status(), names.apiException());
    Map<String, String> arguments = arguments(error.params());
    MethodSpec.Builder method = MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(returned)
        .addJavadoc("{@link $T#$L}: $L\n", names.errorCode(), error.code(), JavaText.sentence(error.message()))
        .addJavadoc("\n<p>The message with the values filled in; the values go out as {@code details.params}.\n\n");
    List<String> doubles = new ArrayList<>();
    for (Param param : error.params()) {
      String argument = arguments.get(param.name());
      method.addParameter(type(param.type()), argument);
      String text = param.description().map(JavaText::javadoc)
          .orElse("the value of {@code " + param.name() + "}");
      method.addJavadoc("@param $L $L\n", argument, text);
      if (param.type() == ParamType.STRING) {
        method.addStatement("$T.requireNonNull($N, $S)", Objects.class, argument,
            error.code() + ": param " + param.name());
      } else if (param.type() == ParamType.NUMBER) {
        method.addStatement("$T.finite($S, $S, $N)", names.paramText(), error.code(), param.name(), argument);
        doubles.add(argument);
      }
    }
    method.addJavadoc("@return the exception to throw, HTTP $L\n", error.status());
    if (error.params().stream().anyMatch(param -> param.type() == ParamType.STRING)) {
      method.addJavadoc("@throws NullPointerException if a string is null\n");
    }
    if (!doubles.isEmpty()) {
      method.addJavadoc("@throws IllegalArgumentException if $L is not a finite number\n",
          String.join(" or ", doubles.stream().map(argument -> "{@code " + argument + "}").toList()));
    }
    if (error.isDeprecated()) {
      method.addAnnotation(Deprecated.class);
      error.deprecated().ifPresent(reason -> method.addJavadoc("@deprecated $L\n", JavaText.javadoc(reason)));
    }
    method.addStatement("$T theParams = new $T<>()",
        ParameterizedTypeName.get(Map.class, String.class, Object.class), LinkedHashMap.class);
    for (Param param : error.params()) {
      method.addStatement("theParams.put($S, $N)", param.name(), arguments.get(param.name()));
    }
    method.addStatement("$T theMessage = $L", String.class, message(error, arguments));
    CodeBlock create = CodeBlock.of("$T.of($T.$L, theMessage, theParams)", names.apiException(), names.errorCode(),
        error.code());
    return returned.equals(names.apiException()) ? method.addStatement("return $L", create).build()
        : method.addStatement("return ($T) $L", returned, create).build();
  }

  /** The message as one Java expression of strings joined with {@code +}. */
  private CodeBlock message(ErrorDef error, Map<String, String> arguments) {
    List<CodeBlock> pieces = new ArrayList<>();
    for (MessageTemplate.Part part : error.template().parts()) {
      if (part instanceof MessageTemplate.Text text) {
        pieces.add(CodeBlock.of("$L", JavaText.literal(text.text())));
      } else if (part instanceof MessageTemplate.Placeholder placeholder) {
        Param param = error.param(placeholder.name()).orElseThrow();
        String argument = arguments.get(param.name());
        pieces.add(switch (param.type()) {
          case STRING -> CodeBlock.of("$N", argument);
          case NUMBER -> CodeBlock.of("$T.number($N)", names.paramText(), argument);
          case INTEGER, BOOLEAN -> CodeBlock.of("$T.valueOf($N)", String.class, argument);
        });
      }
    }
    return pieces.isEmpty() ? CodeBlock.of("\"\"") : CodeBlock.join(pieces, "$W+ ");
  }

  /**
   * The Java argument of each param, by param name: the name in camel case ({@code maxTokens}), with
   * {@code _} added for a keyword ({@code class_}) and while it is taken by a local or an earlier argument.
   */
  private static Map<String, String> arguments(List<Param> params) {
    Set<String> taken = new HashSet<>(LOCALS);
    Map<String, String> arguments = new LinkedHashMap<>();
    for (Param param : params) {
      arguments.put(param.name(), unique(javaName(camelCase(param.name())), taken));
    }
    return arguments;
  }

  /** {@code name}, or {@code name_} when it is a Java keyword or reserved here. */
  private static String javaName(String name) {
    return SourceVersion.isKeyword(name) || RESERVED.contains(name) ? name + "_" : name;
  }

  /** {@code name} with {@code _} added until it is not in {@code taken}; then taken. */
  private static String unique(String name, Set<String> taken) {
    String unique = name;
    while (!taken.add(unique)) {
      unique += "_";
    }
    return unique;
  }

  /** {@code MODEL_NOT_FOUND} as {@code modelNotFound}, {@code max_tokens} as {@code maxTokens}. */
  static String camelCase(String code) {
    StringBuilder name = new StringBuilder();
    for (String word : code.toLowerCase(Locale.ROOT).split("_")) {
      if (word.isEmpty()) {
        continue;
      }
      name.append(name.length() == 0 ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
    }
    return name.length() == 0 || !Character.isJavaIdentifierStart(name.charAt(0)) ? "error" + name : name.toString();
  }

  private static TypeName type(ParamType type) {
    return switch (type) {
      case STRING -> ClassName.get(String.class);
      case INTEGER -> TypeName.LONG;
      case NUMBER -> TypeName.DOUBLE;
      case BOOLEAN -> TypeName.BOOLEAN;
    };
  }
}
