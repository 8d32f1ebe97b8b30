package io.github.errorspec.cli;

import io.github.errorspec.core.CommittedOutputs;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The committed outputs {@code sync} writes and {@code check} verifies. */
final class OutputOptions {

  static final String NONE_GIVEN = "Nothing to sync: give at least one of --docs, --typescript, --python, --openapi";

  @Option(names = "--docs", paramLabel = "FILE", description = "The Markdown reference page.")
  Path docs;

  @Option(names = "--typescript", paramLabel = "FILE", description = "The TypeScript module, e.g. src/errors.ts.")
  Path typescript;

  @Option(names = "--python", paramLabel = "FILE", description = "The Python module, e.g. myapi/errors.py.")
  Path python;

  @Option(names = "--openapi", paramLabel = "FILE", description = "The OpenAPI 3.1 components, e.g. errors.openapi.yaml.")
  Path openapi;

  /** The outputs given; each must exist for {@code check}, and {@code sync} creates it. */
  CommittedOutputs outputs() {
    CommittedOutputs outputs = CommittedOutputs.none();
    if (docs != null) {
      outputs = outputs.withDocs(docs, false);
    }
    if (typescript != null) {
      outputs = outputs.withTypescript(typescript);
    }
    if (python != null) {
      outputs = outputs.withPython(python);
    }
    if (openapi != null) {
      outputs = outputs.withOpenapi(openapi);
    }
    return outputs;
  }
}
