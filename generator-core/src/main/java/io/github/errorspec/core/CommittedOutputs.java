package io.github.errorspec.core;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * The generated files a project commits, which {@link Errorspec#sync} writes and
 * {@link Errorspec#check} verifies.
 *
 * <p>Every output but an optional docs page is required: {@code sync} creates it when missing and
 * {@code check} reports it missing.
 *
 * @param docsFile the Markdown reference page
 * @param docsOptional whether the page may be absent: then {@code sync} leaves it absent and
 *     {@code check} passes, saying how to create it (a build's default page that a project may not
 *     want)
 * @param typescriptFile the TypeScript module, {@code errors.ts}
 * @param pythonFile the Python module, {@code errors.py}
 * @param openapiFile the OpenAPI components
 */
public record CommittedOutputs(Optional<Path> docsFile, boolean docsOptional, Optional<Path> typescriptFile,
    Optional<Path> pythonFile, Optional<Path> openapiFile) {

  public CommittedOutputs {
    Objects.requireNonNull(docsFile, "docsFile");
    Objects.requireNonNull(typescriptFile, "typescriptFile");
    Objects.requireNonNull(pythonFile, "pythonFile");
    Objects.requireNonNull(openapiFile, "openapiFile");
  }

  /** No output at all. */
  public static CommittedOutputs none() {
    return new CommittedOutputs(Optional.empty(), false, Optional.empty(), Optional.empty(), Optional.empty());
  }

  /** A copy with the Markdown page {@code docsFile}, which must exist unless {@code optional}. */
  public CommittedOutputs withDocs(Path docsFile, boolean optional) {
    return new CommittedOutputs(Optional.of(docsFile), optional, typescriptFile, pythonFile, openapiFile);
  }

  /** A copy with the TypeScript module. */
  public CommittedOutputs withTypescript(Path typescriptFile) {
    return new CommittedOutputs(docsFile, docsOptional, Optional.of(typescriptFile), pythonFile, openapiFile);
  }

  /** A copy with the Python module. */
  public CommittedOutputs withPython(Path pythonFile) {
    return new CommittedOutputs(docsFile, docsOptional, typescriptFile, Optional.of(pythonFile), openapiFile);
  }

  /** A copy with the OpenAPI components file. */
  public CommittedOutputs withOpenapi(Path openapiFile) {
    return new CommittedOutputs(docsFile, docsOptional, typescriptFile, pythonFile, Optional.of(openapiFile));
  }

  /** Whether no output is configured. */
  public boolean isEmpty() {
    return docsFile.isEmpty() && typescriptFile.isEmpty() && pythonFile.isEmpty() && openapiFile.isEmpty();
  }
}
