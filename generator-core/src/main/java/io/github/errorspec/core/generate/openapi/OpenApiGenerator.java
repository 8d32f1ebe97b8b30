package io.github.errorspec.core.generate.openapi;

import io.github.errorspec.core.generate.CatalogText;
import io.github.errorspec.core.generate.StatusNames;
import io.github.errorspec.core.spec.ErrorDef;
import io.github.errorspec.core.spec.ErrorSpec;
import io.github.errorspec.core.spec.RetiredCode;
import io.github.errorspec.core.spec.Status;
import io.github.errorspec.core.spec.WireFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The catalog as an OpenAPI 3.1 document of components, for an API's own OpenAPI document to
 * {@code $ref}:
 *
 * <pre>
 * components:
 *   schemas:
 *     ErrorResponse: the error envelope (format: problem: the problem document, {@link ProblemSchema})
 *     ErrorCode:     every code, each described
 *   responses:
 *     BadRequest:         one per error status, named by StatusNames.baseName, listing its codes,
 *     RateLimitExceeded:  with one example envelope per code
 * </pre>
 *
 * <p>{@code error.code} is {@code anyOf: [ErrorCode, string]}, an open enumeration: a client
 * generated from this document accepts a code the API adds later instead of failing to read the
 * response. Output is deterministic: no timestamps, fixed sample values, {@code \n} line endings.
 */
public final class OpenApiGenerator {

  /** The OpenAPI version the document follows. */
  public static final String OPENAPI_VERSION = "3.1.0";

  /**
   * The document's {@code info.version}: fixed, since the components have no version of their own
   * (the API's version is in its own document) and the file must only change with the catalog.
   */
  public static final String DOCUMENT_VERSION = "0.0.0";

  /** The request id of every example envelope. */
  public static final String SAMPLE_REQUEST_ID = "req_1234567890";

  /** The timestamp of every example envelope, the seed's own. */
  public static final String SAMPLE_TIMESTAMP = "2024-01-01T00:00:00Z";

  private static final String ERROR_RESPONSE = "ErrorResponse";
  private static final String ERROR_CODE = "ErrorCode";
  private static final String SCHEMAS = "#/components/schemas/";
  private static final String MEDIA_TYPE = "application/json";

  /** The document for {@code spec}, beginning with a comment that names the spec file. */
  public String generate(ErrorSpec spec) {
    StatusNames names = StatusNames.of(spec);
    Yaml.Mapping schemas = new Yaml.Mapping()
        .put(ERROR_RESPONSE, errorResponse(spec))
        .put(ERROR_CODE, errorCode(spec));
    Map<String, String> paramSchemas = ParamSchemas.names(spec);
    spec.errors().filter(error -> paramSchemas.containsKey(error.code()))
        .forEach(error -> schemas.put(paramSchemas.get(error.code()), ParamSchemas.schema(error,
            spec.format() == WireFormat.PROBLEM ? "params" : "error.details.params")));
    Yaml.Mapping responses = new Yaml.Mapping();
    for (int status : names.statuses()) {
      responses.put(names.baseName(status), response(spec, status, paramSchemas));
    }
    Yaml.Mapping document = new Yaml.Mapping()
        .put("openapi", OPENAPI_VERSION)
        .put("info", info(spec))
        .put("components", new Yaml.Mapping().put("schemas", schemas).put("responses", responses));
    return YamlWriter.write(CatalogText.header(spec), document);
  }

  private static Yaml.Mapping info(ErrorSpec spec) {
    return new Yaml.Mapping()
        .put("title", spec.api().map(api -> api + " errors").orElse("API errors"))
        .put("version", DOCUMENT_VERSION)
        .put("description", "The error responses of " + apiName(spec) + ": the envelope `" + ERROR_RESPONSE
            + "`, the codes `" + ERROR_CODE + "` and one response per HTTP error status, for the API's own"
            + " OpenAPI document to reference with `$ref`.");
  }

  private static Yaml.Mapping errorResponse(ErrorSpec spec) {
    Optional<ErrorDef> first = spec.errors().findFirst();
    Optional<String> field = spec.errors().flatMap(error -> error.field().stream()).findFirst();

    Yaml.Mapping code = new Yaml.Mapping()
        .put("description", "The error code: one of `" + ERROR_CODE + "`, or a code added to the API after this"
            + " document was generated. Clients accept any text here and treat a code they do not know by the"
            + " HTTP status of the response.")
        .put("anyOf", new Yaml.Sequence(List.of(
            new Yaml.Mapping().put("$ref", SCHEMAS + ERROR_CODE),
            new Yaml.Mapping().put("type", "string"))));
    first.ifPresent(error -> code.put("examples", Yaml.texts(List.of(error.code()))));
    Yaml.Mapping message = new Yaml.Mapping()
        .put("description", "The catalog's message for the code, for people to read; programs match `code`, never"
            + " the message.")
        .put("type", "string")
        .put("minLength", 1);
    first.ifPresent(error -> message.put("examples", Yaml.texts(List.of(error.message()))));
    Yaml.Mapping fieldSchema = new Yaml.Mapping()
        .put("description", "The request field the error is about.")
        .put("type", "string");
    fieldSchema.put("examples", Yaml.texts(List.of(field.orElse(ParamSchemas.EXAMPLE_FIELD))));
    Yaml.Mapping details = new Yaml.Mapping()
        .put("description", "More about the error, present when there is more to say.")
        .put("type", "object")
        .put("properties", new Yaml.Mapping()
            .put("field", fieldSchema)
            .put("issue", new Yaml.Mapping()
                .put("description", "What exactly was wrong, for people to read.")
                .put("type", "string")
                .put("examples", Yaml.texts(List.of("must be a number, was abc"))))
            .put("params", ParamSchemas.detailsParams())
            .put("violations", ParamSchemas.detailsViolations()));
    Yaml.Mapping properties = new Yaml.Mapping().put("code", code).put("message", message);
    first.flatMap(example -> CatalogText.docUrl(spec, example.code()))
        .ifPresent(link -> properties.put("doc_url", ParamSchemas.docUrl(link)));
    Yaml.Mapping error = new Yaml.Mapping()
        .put("description", "What went wrong.")
        .put("type", "object")
        .put("required", Yaml.texts(List.of("code", "message")))
        .put("properties", properties.put("details", details));
    Yaml.Mapping requestId = new Yaml.Mapping()
        .put("description", "The request's id, to quote when reporting a problem.")
        .put("type", "string")
        .put("examples", Yaml.texts(List.of(SAMPLE_REQUEST_ID)));
    Yaml.Mapping timestamp = new Yaml.Mapping()
        .put("description", "When the error happened: ISO 8601, UTC, to the second.")
        .put("type", "string")
        .put("format", "date-time")
        .put("examples", Yaml.texts(List.of(SAMPLE_TIMESTAMP)));
    if (spec.format() == WireFormat.PROBLEM) {
      return ProblemSchema.schema(spec, apiName(spec), code, requestId, timestamp);
    }
    Yaml.Mapping meta = new Yaml.Mapping()
        .put("description", "About the request that failed.")
        .put("type", "object")
        .put("properties", new Yaml.Mapping().put("request_id", requestId).put("timestamp", timestamp));
    return new Yaml.Mapping()
        .put("description", "The body of every error response of " + apiName(spec) + ". Members may be added:"
            + " clients ignore those they do not know.")
        .put("type", "object")
        .put("required", Yaml.texts(List.of("success", "error")))
        .put("properties", new Yaml.Mapping()
            .put("success", new Yaml.Mapping()
                .put("description", "Always `false` in an error response.")
                .put("type", "boolean")
                .put("const", false)
                .put("examples", new Yaml.Sequence(List.of(new Yaml.Bool(false)))))
            .put("error", error)
            .put("meta", meta));
  }

  /**
   * The codes as an {@code enum}, which every tool reads, each described twice: in
   * {@code x-enum-descriptions}, a list of plain texts that SDK generators (openapi-generator and
   * others) copy into code comments, and in {@code x-enumDescriptions}, a map of Markdown texts that
   * documentation tools (Redocly, Scalar and others) show in a table.
   */
  private static Yaml.Mapping errorCode(ErrorSpec spec) {
    List<ErrorDef> errors = spec.errors().collect(Collectors.toList());
    StringBuilder description = new StringBuilder()
        .append("The error codes of ").append(apiName(spec)).append(", as sent in ").append(codeMember(spec))
        .append(" of `")
        .append(ERROR_RESPONSE).append("`, each with a fixed HTTP status.\n\n")
        .append("The API may add codes: a client reads ").append(codeMember(spec))
        .append(" as text and treats a code it does not know")
        .append(" by the HTTP status of the response.");
    if (!spec.retired().isEmpty()) {
      description.append("\n\nRetired codes, never sent again:\n");
      for (RetiredCode retired : spec.retired()) {
        description.append("\n- ").append(CommonMarkText.code(retired.code()));
        retired.since().ifPresent(since -> description.append(" (since ").append(indented(since)).append(')'));
        retired.reason().ifPresent(reason -> description.append(": ").append(indented(reason)));
      }
    }
    Yaml.Mapping schema = new Yaml.Mapping()
        .put("description", description.toString())
        .put("type", "string");
    if (!errors.isEmpty()) {
      Yaml.Mapping markdown = new Yaml.Mapping();
      errors.forEach(error -> markdown.put(error.code(), CodeDescriptions.markdown(spec, error)));
      schema.put("enum", Yaml.texts(errors.stream().map(ErrorDef::code).collect(Collectors.toList())))
          .put("x-enum-descriptions", Yaml.texts(errors.stream()
              .map(error -> CodeDescriptions.plain(spec, error)).collect(Collectors.toList())))
          .put("x-enumDescriptions", markdown);
    }
    return schema;
  }

  private static Yaml.Mapping response(ErrorSpec spec, int status, Map<String, String> paramSchemas) {
    List<ErrorDef> errors = CatalogText.codes(spec, status);
    Yaml.Mapping media = new Yaml.Mapping().put("schema", new Yaml.Mapping().put("$ref", SCHEMAS + ERROR_RESPONSE));
    if (!errors.isEmpty()) {
      Yaml.Mapping examples = new Yaml.Mapping();
      errors.forEach(error -> examples.put(error.code(), example(spec, error, paramSchemas)));
      media.put("examples", examples);
    }
    return new Yaml.Mapping()
        .put("description", responseDescription(spec, status, errors))
        .put("content", new Yaml.Mapping()
            .put(spec.format() == WireFormat.PROBLEM ? ProblemSchema.MEDIA_TYPE : MEDIA_TYPE, media));
  }

  /**
   * "Rate Limit Exceeded (HTTP 429), with one of these codes in `error.code`:" and a list item per
   * code: its message, then field, retry advice and deprecation in brackets.
   */
  private static String responseDescription(ErrorSpec spec, int status, List<ErrorDef> errors) {
    String title = spec.status(status).map(Status::reason)
        .map(reason -> CommonMarkText.inline(reason) + " (HTTP " + status + ")")
        .orElse("HTTP " + status);
    if (errors.isEmpty()) {
      return title + ". No error code of this API has this status; a gateway or proxy in front of it may still"
          + " send it, with a body that may not be `" + ERROR_RESPONSE + "`.";
    }
    StringBuilder description = new StringBuilder(title).append(", with one of these codes in ")
        .append(codeMember(spec)).append(":\n");
    for (ErrorDef error : errors) {
      List<String> notes = new ArrayList<>();
      error.field().ifPresent(field -> notes.add("field " + CommonMarkText.code(field)));
      if (error.retryable()) {
        notes.add("retryable");
      }
      error.deprecated().ifPresent(reason -> notes.add("deprecated: " + indented(reason)));
      description.append("\n- ").append(CommonMarkText.code(error.code())).append(": ").append(indented(error.message()));
      if (!notes.isEmpty()) {
        description.append(" (").append(String.join("; ", notes)).append(')');
      }
    }
    return description.toString();
  }

  /**
   * The example of one code: its message as summary, and the envelope (or problem document) a server
   * sends for it, with example values for its params (named in the description with their schema).
   */
  private static Yaml.Mapping example(ErrorSpec spec, ErrorDef error, Map<String, String> paramSchemas) {
    boolean problem = spec.format() == WireFormat.PROBLEM;
    Yaml.Mapping body = new Yaml.Mapping().put("code", error.code()).put("message", ParamSchemas.exampleMessage(error));
    CatalogText.docUrl(spec, error.code()).ifPresent(link -> body.put("doc_url", link));
    Yaml.Mapping details = new Yaml.Mapping();
    error.field().ifPresent(field -> details.put("field", field));
    if (!error.params().isEmpty()) {
      details.put("params", ParamSchemas.exampleParams(error));
    }
    if (!details.entries().isEmpty()) {
      body.put("details", details);
    }
    Yaml.Mapping example = new Yaml.Mapping().put("summary", error.message());
    List<String> notes = new ArrayList<>();
    error.deprecated().ifPresent(reason -> notes.add("Deprecated: " + CommonMarkText.continuing(reason)));
    Optional.ofNullable(paramSchemas.get(error.code())).ifPresent(name -> notes.add((problem ? "`params`"
        : "`error.details.params`") + ": `" + name + "` (`" + SCHEMAS + name + "`)."));
    if (!notes.isEmpty()) {
      example.put("description", String.join("\n\n", notes));
    }
    return example.put("value", problem ? ProblemSchema.example(spec, error, SAMPLE_REQUEST_ID, SAMPLE_TIMESTAMP)
        : new Yaml.Mapping()
        .put("success", false)
        .put("error", body)
        .put("meta", new Yaml.Mapping().put("request_id", SAMPLE_REQUEST_ID).put("timestamp", SAMPLE_TIMESTAMP)));
  }

  /** Where a response carries its code: {@code error.code} of the envelope, {@code code} of a problem document. */
  private static String codeMember(ErrorSpec spec) {
    return spec.format() == WireFormat.PROBLEM ? "`code`" : "`error.code`";
  }

  /**
   * Markdown for text that continues a line of a list item: the lines after the first are indented
   * to stay in the item.
   */
  private static String indented(String text) {
    return CommonMarkText.continuing(text).replace("\n", "\n  ");
  }

  private static String apiName(ErrorSpec spec) {
    return spec.api().map(CommonMarkText::continuing).orElse("this API");
  }
}
