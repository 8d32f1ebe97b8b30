package io.github.errorspec.core.generate.openapi;

import io.github.errorspec.core.generate.CatalogText;
import io.github.errorspec.core.spec.ErrorDef;
import io.github.errorspec.core.spec.MessageTemplate;
import io.github.errorspec.core.spec.Param;
import io.github.errorspec.core.spec.ParamType;
import io.github.errorspec.core.spec.ErrorSpec;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The OpenAPI side of error parameters: one schema per code with params ({@code ModelNotFoundParams}),
 * the envelope's {@code details.params} and {@code details.violations}, and the fixed example value
 * of each type that every example envelope carries, rendered into its message too.
 */
final class ParamSchemas {

  /** The example of {@code details.field} when no code names a field. */
  static final String EXAMPLE_FIELD = "name";

  private static final String EXAMPLE_TEXT = "example";
  private static final long EXAMPLE_INTEGER = 42;
  private static final double EXAMPLE_NUMBER = 0.5;
  private static final boolean EXAMPLE_BOOLEAN = true;

  private ParamSchemas() {}

  /** The schema name of each code with params, by code: the name every language gives its params type. */
  static Map<String, String> names(ErrorSpec spec) {
    return CatalogText.paramsTypeNames(spec, Set.of("ErrorResponse", "ErrorCode"));
  }

  /** The schema of a code's params, sent in {@code member}: every param required, typed and described. */
  static Yaml.Mapping schema(ErrorDef error, String member) {
    Yaml.Mapping properties = new Yaml.Mapping();
    for (Param param : error.params()) {
      Yaml.Mapping property = new Yaml.Mapping();
      param.description().ifPresent(description -> property.put("description", CommonMarkText.inline(description)));
      property.put("type", param.type().specName());
      if (param.type() == ParamType.STRING) {
        property.put("minLength", 0); // said outright: an empty text is a value too
      }
      properties.put(param.name(), property.put("examples", new Yaml.Sequence(List.of(exampleValue(param.type())))));
    }
    return new Yaml.Mapping()
        .put("description", "The values `" + error.code() + "` carries in `" + member + "`, each by name."
            + " Params may be added: clients ignore those they do not know.")
        .put("type", "object")
        .put("required", Yaml.texts(error.params().stream().map(Param::name).collect(Collectors.toList())))
        .put("properties", properties);
  }

  /** The envelope's {@code details.params}: any code's values, each a JSON string, number or boolean. */
  static Yaml.Mapping detailsParams() {
    return new Yaml.Mapping()
        .put("description", "The values of this occurrence by name, for a code that declares params: the schema"
            + " named after the code (such as `ModelNotFoundParams` for `MODEL_NOT_FOUND`) lists them. Left out when there"
            + " are none.")
        .put("type", "object")
        .put("additionalProperties", new Yaml.Mapping()
            .put("type", Yaml.texts(List.of("string", "integer", "number", "boolean"))));
  }

  /** The envelope's {@code details.violations}: every field that failed validation. */
  static Yaml.Mapping detailsViolations() {
    Yaml.Mapping violation = new Yaml.Mapping()
        .put("type", "object")
        .put("required", Yaml.texts(List.of("issue")))
        .put("properties", new Yaml.Mapping()
            .put("field", new Yaml.Mapping()
                .put("description", "The request field that failed, when the issue is about one.")
                .put("type", "string")
                .put("examples", Yaml.texts(List.of("name"))))
            .put("issue", new Yaml.Mapping()
                .put("description", "What was wrong with it, for people to read.")
                .put("type", "string")
                .put("minLength", 1)
                .put("examples", Yaml.texts(List.of("must not be blank")))));
    return new Yaml.Mapping()
        .put("description", "Every violation of a failed validation (at most 100); the first is also in `field`"
            + " and `issue`. Left out when there are none.")
        .put("type", "array")
        .put("items", violation);
  }

  /** The example params of a code: each param's type's example value, in declaration order. */
  static Yaml.Mapping exampleParams(ErrorDef error) {
    Yaml.Mapping params = new Yaml.Mapping();
    error.params().forEach(param -> params.put(param.name(), exampleValue(param.type())));
    return params;
  }

  /** The message with the example values in its placeholders; a message without params as written. */
  static String exampleMessage(ErrorDef error) {
    StringBuilder message = new StringBuilder();
    for (MessageTemplate.Part part : error.template().parts()) {
      if (part instanceof MessageTemplate.Text text) {
        message.append(text.text());
      } else {
        String name = ((MessageTemplate.Placeholder) part).name();
        message.append(error.param(name).map(param -> exampleText(param.type())).orElse(""));
      }
    }
    return message.toString();
  }

  private static Yaml exampleValue(ParamType type) {
    return switch (type) {
      case STRING -> new Yaml.Text(EXAMPLE_TEXT);
      case INTEGER -> new Yaml.Int(EXAMPLE_INTEGER);
      case NUMBER -> new Yaml.Decimal(EXAMPLE_NUMBER);
      case BOOLEAN -> new Yaml.Bool(EXAMPLE_BOOLEAN);
    };
  }

  /** The example value as the servers render it into a message. */
  private static String exampleText(ParamType type) {
    return switch (type) {
      case STRING -> EXAMPLE_TEXT;
      case INTEGER -> Long.toString(EXAMPLE_INTEGER);
      case NUMBER -> "0.5";
      case BOOLEAN -> Boolean.toString(EXAMPLE_BOOLEAN);
    };
  }

  /** The schema of {@code error.doc_url}, for a catalog with {@code docs_url}, with one code's link as example. */
  static Yaml.Mapping docUrl(String example) {
    return new Yaml.Mapping()
        .put("description", "The code's documentation: the catalog's `docs_url` + `#` + the code in lower kebab case.")
        .put("type", "string")
        // No "format: uri": a catalog may link to an IRI (non-ASCII path), which browsers follow.
        .put("examples", Yaml.texts(List.of(example)));
  }
}
