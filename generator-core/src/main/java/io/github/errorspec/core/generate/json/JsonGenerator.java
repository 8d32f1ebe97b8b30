package io.github.errorspec.core.generate.json;

import io.github.errorspec.core.spec.Category;
import io.github.errorspec.core.spec.ErrorDef;
import io.github.errorspec.core.spec.ErrorSpec;
import io.github.errorspec.core.spec.Fallbacks;
import io.github.errorspec.core.spec.Group;
import io.github.errorspec.core.spec.Param;
import io.github.errorspec.core.spec.RetiredCode;
import io.github.errorspec.core.spec.Status;
import io.github.errorspec.core.spec.WireFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The catalog as JSON in spec format: the keys of {@code error-spec.yaml} in the order the format
 * lists them, and every default resolved, so that a tool reading it needs no rule of errorspec's:
 * each error states its {@code status} and {@code retryable}. errorspec reads the file back as a
 * spec (YAML reads JSON) and generates the same outputs from it. JSON has no comments, so the file
 * has no header line.
 */
public final class JsonGenerator {

  /** The JSON of {@code spec}, pretty-printed with two spaces. */
  public String generate(ErrorSpec spec) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("errorspec", spec.version());
    spec.api().ifPresent(api -> root.put("api", api));
    spec.packageName().ifPresent(name -> root.put("package", name));
    spec.docsUrl().ifPresent(url -> root.put("docs_url", url));
    // The envelope, the default, is left unsaid: catalogs of before format existed keep their bytes.
    if (spec.format() != WireFormat.ENVELOPE) {
      root.put("format", spec.format().key());
      spec.problemTypeBase().ifPresent(base -> root.put("problem", Map.of("type_base", base)));
    }
    Map<String, Object> statuses = new LinkedHashMap<>();
    for (Status status : spec.statuses()) {
      statuses.put(String.valueOf(status.code()), status.reason());
    }
    root.put("statuses", statuses);
    root.put("categories", spec.categories().stream().map(JsonGenerator::category).toList());
    if (!spec.retired().isEmpty()) {
      root.put("retired", spec.retired().stream().map(JsonGenerator::retired).toList());
    }
    spec.fallbacks().location().ifPresent(written -> root.put("fallbacks", fallbacks(spec.fallbacks())));
    return JsonWriter.write(root);
  }

  private static Map<String, Object> category(Category category) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("title", category.title());
    json.put("groups", category.groups().stream().map(JsonGenerator::group).toList());
    return json;
  }

  private static Map<String, Object> group(Group group) {
    Map<String, Object> json = new LinkedHashMap<>();
    group.heading().ifPresent(heading -> json.put("heading", heading));
    json.put("status", group.status());
    json.put("errors", group.errors().stream().map(JsonGenerator::error).toList());
    return json;
  }

  private static Map<String, Object> error(ErrorDef error) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("code", error.code());
    json.put("message", error.message());
    put(json, "description", error.description());
    json.put("status", error.status());
    put(json, "field", error.field());
    json.put("retryable", error.retryable());
    put(json, "deprecated", error.deprecated());
    put(json, "since", error.since());
    if (!error.params().isEmpty()) {
      Map<String, Object> params = new LinkedHashMap<>();
      error.params().forEach(param -> params.put(param.name(), param(param)));
      json.put("params", params);
    }
    return json;
  }

  /** A param as the spec writes it: its type, or its type and description. */
  private static Object param(Param param) {
    if (param.description().isEmpty()) {
      return param.type().specName();
    }
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("type", param.type().specName());
    json.put("description", param.description().get());
    return json;
  }

  private static Map<String, Object> retired(RetiredCode code) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("code", code.code());
    put(json, "since", code.since());
    put(json, "reason", code.reason());
    return json;
  }

  private static Map<String, Object> fallbacks(Fallbacks fallbacks) {
    Map<String, Object> json = new LinkedHashMap<>();
    fallbacks.statuses().forEach(fallback -> json.put(String.valueOf(fallback.status()), fallback.code()));
    fallbacks.validation().ifPresent(fallback -> json.put("validation", fallback.code()));
    return json;
  }

  private static void put(Map<String, Object> json, String key, Optional<String> value) {
    value.ifPresent(text -> json.put(key, text));
  }

}
