package io.github.errorspec.core.generate.java;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The generated API's code that does not depend on the catalog, kept as ordinary Java under
 * {@code src/runtime/java} (compiled and tested as such) and shipped as resources: each source is
 * emitted with only its package line changed.
 */
final class RuntimeSources {

  /** The package the runtime sources are written in. */
  static final String PACKAGE = "io.github.errorspec.core.generate.java.runtime";

  /** The runtime sources, by type name. */
  static final List<String> NAMES = List.of(JavaNames.ERROR_HEADERS, JavaNames.ERROR_JSON, JavaNames.RETRY_POLICY);

  private static final String PACKAGE_LINE = "package " + PACKAGE + ";\n";

  private RuntimeSources() {}

  /** The source of type {@code name} in {@code packageName}, without a file comment. */
  static String source(String name, String packageName) {
    String resource = "/" + PACKAGE.replace('.', '/') + "/" + name + ".java";
    String text;
    try (InputStream in = RuntimeSources.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("errorspec is incomplete: no resource " + resource);
      }
      // A checkout with CRLF line endings must not change the output.
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (!text.startsWith(PACKAGE_LINE)) {
      throw new IllegalStateException(resource + " must start with '" + PACKAGE_LINE.strip() + "'");
    }
    return "package " + packageName + ";\n" + text.substring(PACKAGE_LINE.length());
  }
}
