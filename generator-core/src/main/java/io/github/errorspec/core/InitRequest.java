package io.github.errorspec.core;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What {@link Errorspec#init} writes: the JSON Schema beside the spec, for editors, and a starter
 * catalog when there is no spec yet.
 *
 * @param spec where the catalog is, or is to be
 */
public record InitRequest(Path spec) {

  /** The schema's file name, which the starter catalog's first line names. */
  public static final String SCHEMA_FILE = "error-spec.schema.json";

  public InitRequest {
    Objects.requireNonNull(spec, "spec");
  }

  /** Where the schema goes: beside the spec. */
  public Path schema() {
    return spec.resolveSibling(SCHEMA_FILE);
  }
}
