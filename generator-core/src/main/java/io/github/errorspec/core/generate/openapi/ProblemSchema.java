package io.github.errorspec.core.generate.openapi;

import io.github.errorspec.core.generate.CatalogText;
import io.github.errorspec.core.spec.ErrorDef;
import io.github.errorspec.core.spec.ErrorSpec;
import java.util.List;
import java.util.Optional;

/**
 * The OpenAPI side of {@code format: problem}: the schema of the RFC 9457 problem document, with
 * the catalog's {@code code} as an extension member, and each code's example document. Members and
 * their order are DESIGN's; {@code type} and {@code title} are {@link CatalogText}'s.
 */
final class ProblemSchema {

  /** The media type of a problem document. */
  static final String MEDIA_TYPE = "application/problem+json";

  private ProblemSchema() {}

  /**
   * The schema {@code ErrorResponse} of a problem catalog; {@code code} is the envelope's open
   * enumeration, and {@code type}'s example the first code's type.
   */
  static Yaml.Mapping schema(ErrorSpec spec, String apiName, Yaml.Mapping code, Yaml.Mapping requestId,
      Yaml.Mapping timestamp) {
    Optional<ErrorDef> first = spec.errors().findFirst();
    Yaml.Mapping type = new Yaml.Mapping()
        .put("description", "The problem type: "
            + CatalogText.problemTypeBase(spec).map(base -> "`" + CommonMarkText.continuing(base)
                + "` + the code in lower kebab case.").orElse("left out (`about:blank`).")
            + " Left out for a code the API added after this document was generated.")
        .put("type", "string")
        .put("format", "uri-reference");
    first.flatMap(error -> CatalogText.problemType(spec, error.code()))
        .ifPresent(example -> type.put("examples", Yaml.texts(List.of(example))));
    Yaml.Mapping title = new Yaml.Mapping()
        .put("description", "The same for every occurrence of a code: its message, or for a message with params its"
            + " description (else the status's reason phrase).")
        .put("type", "string");
    first.ifPresent(error -> title.put("examples", Yaml.texts(List.of(CatalogText.problemTitle(spec, error)))));
    Yaml.Mapping properties = new Yaml.Mapping()
        .put("type", type)
        .put("title", title)
        .put("status", new Yaml.Mapping()
            .put("description", "The HTTP status of the response.")
            .put("type", "integer")
            .put("minimum", 100)
            .put("maximum", 599)
            .put("examples", new Yaml.Sequence(List.of(new Yaml.Int(first.map(ErrorDef::status).orElse(400))))))
        .put("detail", new Yaml.Mapping()
            .put("description", "This occurrence's message, for people to read: the code's message with the values"
                + " of its params. Left out when it is the title.")
            .put("type", "string")
            .put("examples", Yaml.texts(List.of(first.map(ParamSchemas::exampleMessage).orElse("Not found")))))
        .put("code", code)
        .put("request_id", requestId)
        .put("timestamp", timestamp)
        .put("field", new Yaml.Mapping()
            .put("description", "The request field the error is about.")
            .put("type", "string")
            .put("examples", Yaml.texts(List.of(spec.errors().flatMap(error -> error.field().stream()).findFirst()
                .orElse(ParamSchemas.EXAMPLE_FIELD)))))
        .put("issue", new Yaml.Mapping()
            .put("description", "What exactly was wrong, for people to read.")
            .put("type", "string")
            .put("examples", Yaml.texts(List.of("must be a number, was abc"))))
        .put("params", ParamSchemas.detailsParams())
        .put("violations", ParamSchemas.detailsViolations());
    return new Yaml.Mapping()
        .put("description", "The body of every error response of " + apiName + ": an RFC 9457 problem document"
            + " (`" + MEDIA_TYPE + "`) with the catalog's `code` and the other members as extensions. Members may"
            + " be added: clients ignore those they do not know.")
        .put("type", "object")
        .put("required", Yaml.texts(List.of("status", "code", "timestamp")))
        .put("properties", properties);
  }

  /** The problem document a server sends for {@code error}, with the example values of its params. */
  static Yaml.Mapping example(ErrorSpec spec, ErrorDef error, String requestId, String timestamp) {
    Yaml.Mapping document = new Yaml.Mapping();
    CatalogText.problemType(spec, error.code()).ifPresent(type -> document.put("type", type));
    String title = CatalogText.problemTitle(spec, error);
    String detail = ParamSchemas.exampleMessage(error);
    document.put("title", title).put("status", new Yaml.Int(error.status()));
    if (!detail.equals(title)) {
      document.put("detail", detail);
    }
    document.put("code", error.code()).put("request_id", requestId).put("timestamp", timestamp);
    error.field().ifPresent(field -> document.put("field", field));
    if (!error.params().isEmpty()) {
      document.put("params", ParamSchemas.exampleParams(error));
    }
    return document;
  }
}
