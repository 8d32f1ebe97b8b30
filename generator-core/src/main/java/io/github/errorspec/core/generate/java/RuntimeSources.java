package io.github.errorspec.core.generate.java;

import io.github.errorspec.core.generate.SourceTemplate;
import io.github.errorspec.core.spec.ErrorSpec;
import io.github.errorspec.core.spec.WireFormat;
import java.util.List;
import java.util.Map;

/**
 * The generated API's code that does not depend on the catalog, kept as ordinary Java under
 * {@code src/runtime/java} (compiled and tested as such) and shipped as resources: each source is a
 * {@link SourceTemplate} whose own package name stands for the generated one.
 */
final class RuntimeSources {

  /** The package the runtime sources are written in. */
  static final String PACKAGE = "io.github.errorspec.core.generate.java.runtime";

  /** The runtime sources emitted as they are, by type name. */
  static final List<String> NAMES = List.of(JavaNames.ERROR_HEADERS, JavaNames.ERROR_JSON, JavaNames.PARAM_TEXT,
      JavaNames.RETRY_POLICY, JavaNames.VIOLATION);

  private RuntimeSources() {}

  /** The runtime source of type {@code name}, its package to be given as the placeholder {@code package}. */
  static SourceTemplate template(String name) {
    return SourceTemplate.load(RuntimeSources.class, "/" + PACKAGE.replace('.', '/') + "/" + name + ".java")
        .standingFor("package", PACKAGE);
  }

  /**
   * The source of type {@code name} in {@code packageName} for {@code spec}, without a file comment.
   * {@code ErrorJson}'s region {@code problem}, the problem document's writer, is kept for a catalog
   * of {@code format: problem} only.
   */
  static String source(String name, String packageName, ErrorSpec spec) {
    SourceTemplate template = template(name);
    Map<String, String> regions = !name.equals(JavaNames.ERROR_JSON) ? Map.of()
        : Map.of("problem", spec.format() == WireFormat.PROBLEM ? template.region("problem") : "");
    return template.fill(regions, Map.of("package", packageName));
  }
}
