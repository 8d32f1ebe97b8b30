package io.github.errorspec.core.generate.openapi;

import static io.github.errorspec.core.generate.openapi.RenderedMarkdown.typed;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.errorspec.core.generate.CatalogText;
import io.github.errorspec.core.generate.StatusNames;
import io.github.errorspec.core.spec.ErrorDef;
import io.github.errorspec.core.spec.ErrorSpec;
import io.github.errorspec.core.spec.MessageTemplate;
import io.github.errorspec.core.spec.ParamType;
import io.github.errorspec.core.spec.WireFormat;
import io.github.errorspec.core.spec.RetiredCode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The document read back with SnakeYAML, and its descriptions rendered with CommonMark: every
 * code, message, description, field, reason and status of the catalog is there as typed.
 */
@DisplayName("The OpenAPI document, read back")
class OpenApiReadBackTest {

  @ParameterizedTest(name = "{0} catalog")
  @ValueSource(strings = {"seed", "edge", "params", "problem"})
  @DisplayName("holds the API's name, the envelope's sample values and no timestamp")
  void info(String caseName) throws Exception {
    ErrorSpec spec = OpenApiDocuments.spec(caseName);
    Map<String, Object> document = read(spec);

    assertEquals(OpenApiGenerator.OPENAPI_VERSION, document.get("openapi"));
    assertEquals(Map.of("title", spec.api().orElseThrow() + " errors", "version", OpenApiGenerator.DOCUMENT_VERSION),
        without(map(document, "info"), "description"));
    Map<String, Object> properties = map(map(map(map(document, "components"), "schemas"), "ErrorResponse"),
        "properties");
    ErrorDef first = spec.errors().findFirst().orElseThrow();
    if (spec.format() == WireFormat.PROBLEM) {
      assertEquals(List.of("type", "title", "status", "detail", "code", "request_id", "timestamp", "field", "issue",
          "params", "violations"), new ArrayList<>(properties.keySet()), "the members in DESIGN's order");
      assertEquals(List.of(OpenApiGenerator.SAMPLE_REQUEST_ID), map(properties, "request_id").get("examples"));
      assertEquals(List.of(OpenApiGenerator.SAMPLE_TIMESTAMP), map(properties, "timestamp").get("examples"));
      assertEquals(List.of(CatalogText.problemType(spec, first.code()).orElseThrow()), map(properties, "type").get("examples"));
      assertEquals(List.of(CatalogText.problemTitle(spec, first)), map(properties, "title").get("examples"));
      assertEquals(List.of(first.code()), map(properties, "code").get("examples"));
      return;
    }
    Map<String, Object> meta = map(map(properties, "meta"), "properties");
    assertEquals(List.of(OpenApiGenerator.SAMPLE_REQUEST_ID), map(meta, "request_id").get("examples"));
    assertEquals(List.of(OpenApiGenerator.SAMPLE_TIMESTAMP), map(meta, "timestamp").get("examples"));
    Map<String, Object> error = map(map(properties, "error"), "properties");
    assertEquals(List.of(first.code()), map(error, "code").get("examples"));
    assertEquals(List.of(first.message()), map(error, "message").get("examples"));
  }

  @ParameterizedTest(name = "{0} catalog")
  @ValueSource(strings = {"seed", "edge", "params", "problem"})
  @DisplayName("lists every code in ErrorCode, described in plain text and in Markdown")
  void errorCode(String caseName) throws Exception {
    ErrorSpec spec = OpenApiDocuments.spec(caseName);
    Map<String, Object> schema = map(map(map(read(spec), "components"), "schemas"), "ErrorCode");

    List<ErrorDef> errors = spec.errors().collect(Collectors.toList());
    assertEquals(errors.stream().map(ErrorDef::code).collect(Collectors.toList()), schema.get("enum"));
    List<String> plain = new ArrayList<>();
    Map<String, List<String>> markdown = new LinkedHashMap<>();
    for (ErrorDef error : errors) {
      String reason = spec.status(error.status()).orElseThrow().reason();
      String retry = error.retryable() ? ", retryable" : "";
      List<String> paragraphs = new ArrayList<>(List.of(error.message()));
      List<String> rendered = new ArrayList<>(List.of(typed(error.message())));
      error.description().ifPresent(description -> {
        paragraphs.add(description);
        rendered.add(typed(description));
      });
      paragraphs.add("HTTP " + error.status() + " " + reason + error.field().map(field -> ", field " + field).orElse("")
          + retry);
      rendered.add(typed("HTTP " + error.status() + " " + reason)
          + error.field().map(field -> ", field " + oneLine(field)).orElse("") + retry);
      error.since().ifPresent(since -> {
        paragraphs.add("Since " + since);
        rendered.add("Since " + typed(since));
      });
      error.deprecated().ifPresent(deprecated -> {
        paragraphs.add("Deprecated: " + deprecated);
        rendered.add("Deprecated: " + typed(deprecated));
      });
      plain.add(String.join("\n\n", paragraphs));
      markdown.put(error.code(), rendered);
    }
    assertEquals(plain, schema.get("x-enum-descriptions"));
    Map<String, List<String>> rendered = new LinkedHashMap<>();
    map(schema, "x-enumDescriptions").forEach((code, text) -> rendered.put(code, RenderedMarkdown.blocks((String) text)));
    assertEquals(new ArrayList<>(markdown.keySet()), new ArrayList<>(rendered.keySet()));
    assertEquals(markdown, rendered);

    List<String> description = new ArrayList<>(List.of(
        "The error codes of " + typed(spec.api().orElseThrow()) + ", as sent in " + codeMember(spec)
            + " of ErrorResponse, each with a fixed HTTP status.",
        "The API may add codes: a client reads " + codeMember(spec) + " as text and treats a code it does not know by"
            + " the HTTP status of the response."));
    if (!spec.retired().isEmpty()) {
      description.add("Retired codes, never sent again:");
      for (RetiredCode retired : spec.retired()) {
        description.add("- " + retired.code() + retired.since().map(since -> " (since " + typed(since) + ")").orElse("")
            + retired.reason().map(reason -> ": " + typed(reason)).orElse(""));
      }
    }
    assertEquals(description, RenderedMarkdown.blocks((String) schema.get("description")));
  }

  @ParameterizedTest(name = "{0} catalog")
  @ValueSource(strings = {"seed", "edge", "params", "problem"})
  @DisplayName("has a response per error status, listing its codes, with one example envelope per code")
  void responses(String caseName) throws Exception {
    ErrorSpec spec = OpenApiDocuments.spec(caseName);
    StatusNames names = StatusNames.of(spec);
    Map<String, Object> document = read(spec);
    Map<String, Object> responses = map(map(document, "components"), "responses");

    assertEquals(names.statuses().stream().map(names::baseName).collect(Collectors.toList()),
        new ArrayList<>(responses.keySet()));
    for (int status : names.statuses()) {
      Map<String, Object> response = map(responses, names.baseName(status));
      Map<String, Object> media = map(map(response, "content"),
          spec.format() == WireFormat.PROBLEM ? "application/problem+json" : "application/json");
      assertEquals(Map.of("$ref", "#/components/schemas/ErrorResponse"), media.get("schema"));
      List<ErrorDef> errors = spec.errors().filter(error -> error.status() == status).collect(Collectors.toList());
      String title = typed(spec.status(status).orElseThrow().reason()) + " (HTTP " + status + ")";
      if (errors.isEmpty()) {
        assertEquals(List.of(title + ". No error code of this API has this status; a gateway or proxy in front of it"
            + " may still send it, with a body that may not be ErrorResponse."),
            RenderedMarkdown.blocks((String) response.get("description")));
        assertEquals(List.of("schema"), new ArrayList<>(media.keySet()));
        continue;
      }
      List<String> description = new ArrayList<>(List.of(title + ", with one of these codes in " + codeMember(spec) + ":"));
      for (ErrorDef error : errors) {
        List<String> notes = new ArrayList<>();
        error.field().ifPresent(field -> notes.add("field " + oneLine(field)));
        if (error.retryable()) {
          notes.add("retryable");
        }
        error.deprecated().ifPresent(reason -> notes.add("deprecated: " + typed(reason)));
        description.add("- " + error.code() + ": " + typed(error.message())
            + (notes.isEmpty() ? "" : " (" + String.join("; ", notes) + ")"));
      }
      assertEquals(description, RenderedMarkdown.blocks((String) response.get("description")));
      Map<String, Object> examples = map(media, "examples");
      assertEquals(errors.stream().map(ErrorDef::code).collect(Collectors.toList()), new ArrayList<>(examples.keySet()));
      for (ErrorDef error : errors) {
        Map<String, Object> example = map(examples, error.code());
        assertEquals(error.message(), example.get("summary"));
        assertEquals(spec.format() == WireFormat.PROBLEM ? problem(spec, error) : envelope(spec, error),
            example.get("value"));
        List<String> notes = new ArrayList<>();
        error.deprecated().ifPresent(reason -> notes.add("Deprecated: " + typed(reason)));
        if (!error.params().isEmpty()) {
          String name = paramsSchema(error.code());
          notes.add((spec.format() == WireFormat.PROBLEM ? "params: " : "error.details.params: ") + name + " (#/components/schemas/" + name + ").");
          assertEquals(error.params().stream().map(param -> param.name()).collect(Collectors.toList()),
              map(map(map(document, "components"), "schemas"), name).get("required"));
        }
        assertEquals(notes, Optional.ofNullable((String) example.get("description")).map(RenderedMarkdown::blocks)
            .orElse(List.of()));
      }
    }
  }

  /** Where a response carries its code. */
  private static String codeMember(ErrorSpec spec) {
    return spec.format() == WireFormat.PROBLEM ? "code" : "error.code";
  }

  /** The problem document a server sends for {@code error}, members in DESIGN's order, detail only when not the title. */
  private static Map<String, Object> problem(ErrorSpec spec, ErrorDef error) {
    Map<String, Object> document = new LinkedHashMap<>();
    CatalogText.problemType(spec, error.code()).ifPresent(type -> document.put("type", type));
    document.put("title", CatalogText.problemTitle(spec, error));
    document.put("status", error.status());
    if (!exampleMessage(error).equals(CatalogText.problemTitle(spec, error))) {
      document.put("detail", exampleMessage(error));
    }
    document.put("code", error.code());
    document.put("request_id", "req_1234567890");
    document.put("timestamp", "2024-01-01T00:00:00Z");
    error.field().ifPresent(field -> document.put("field", field));
    if (!error.params().isEmpty()) {
      Map<String, Object> params = new LinkedHashMap<>();
      error.params().forEach(param -> params.put(param.name(), EXAMPLES.get(param.type())));
      document.put("params", params);
    }
    return document;
  }

  /** The envelope a server sends for {@code error}, with the document's sample request id and timestamp. */
  private static Map<String, Object> envelope(ErrorSpec spec, ErrorDef error) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("code", error.code());
    body.put("message", exampleMessage(error));
    CatalogText.docUrl(spec, error.code()).ifPresent(url -> body.put("doc_url", url));
    Map<String, Object> details = new LinkedHashMap<>();
    error.field().ifPresent(field -> details.put("field", field));
    if (!error.params().isEmpty()) {
      Map<String, Object> params = new LinkedHashMap<>();
      error.params().forEach(param -> params.put(param.name(), EXAMPLES.get(param.type())));
      details.put("params", params);
    }
    if (!details.isEmpty()) {
      body.put("details", details);
    }
    return Map.of("success", false, "error", body,
        "meta", Map.of("request_id", "req_1234567890", "timestamp", "2024-01-01T00:00:00Z"));
  }

  /** The example value of each type, as YAML reads it back. */
  private static final Map<ParamType, Object> EXAMPLES =
      Map.of(ParamType.STRING, "example", ParamType.INTEGER, 42, ParamType.NUMBER, 0.5, ParamType.BOOLEAN, true);

  /** The message with each placeholder's example value, as servers render it. */
  private static String exampleMessage(ErrorDef error) {
    StringBuilder message = new StringBuilder();
    for (MessageTemplate.Part part : error.template().parts()) {
      message.append(part instanceof MessageTemplate.Text text ? text.text()
          : String.valueOf(EXAMPLES.get(error.param(((MessageTemplate.Placeholder) part).name()).orElseThrow().type())));
    }
    return message.toString();
  }

  /** MODEL_NOT_FOUND gives ModelNotFoundParams. */
  static String paramsSchema(String code) {
    return Arrays.stream(code.split("_")).map(word -> word.charAt(0) + word.substring(1).toLowerCase(Locale.ROOT))
        .collect(Collectors.joining()) + "Params";
  }

  /** A field as a code span shows it: on one line. */
  private static String oneLine(String field) {
    return field.replace("\r\n", " ").replace('\r', ' ').replace('\n', ' ');
  }

  private static Map<String, Object> read(ErrorSpec spec) {
    return YamlWriterTest.load(new OpenApiGenerator().generate(spec));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Map<String, Object> parent, String key) {
    return (Map<String, Object>) Optional.ofNullable(parent.get(key))
        .orElseThrow(() -> new AssertionError("no " + key + " in " + parent.keySet()));
  }

  private static Map<String, Object> without(Map<String, Object> map, String key) {
    Map<String, Object> copy = new LinkedHashMap<>(map);
    copy.remove(key);
    return copy;
  }
}
