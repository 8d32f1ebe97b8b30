package io.github.errorspec.maven;

import io.github.errorspec.core.CommittedOutputs;
import java.io.File;
import org.apache.maven.plugins.annotations.Parameter;

/** The goals over every committed output: {@code sync} writes them, {@code check} verifies them. */
abstract class AbstractOutputsMojo extends AbstractBaselineMojo {

  /**
   * The Markdown reference page. {@code sync} and {@code check} use it when it exists;
   * {@code errorspec:docs} creates it.
   *
   * @since 0.1.0
   */
  @Parameter(property = "errorspec.docsFile", defaultValue = "${project.basedir}/docs/error-codes.md", required = true)
  private File docsFile;

  /**
   * The TypeScript module of the catalog for JavaScript and TypeScript clients and Node servers
   * ({@code ErrorCode}, {@code ApiError} and a class per status, decoding, retry); such as
   * {@code ${project.basedir}/web/src/errors.ts}.
   *
   * @since 0.1.0
   */
  @Parameter(property = "errorspec.typescriptFile")
  private File typescriptFile;

  /**
   * The Python module of the catalog for Python clients and Flask or FastAPI servers
   * ({@code ErrorCode}, {@code ApiError} and a class per status, decoding, retry); such as
   * {@code ${project.basedir}/clients/python/myapi/errors.py}.
   *
   * @since 0.1.0
   */
  @Parameter(property = "errorspec.pythonFile")
  private File pythonFile;

  /**
   * The OpenAPI 3.1 components of the catalog (the envelope, the codes, one response per error
   * status), for the API's own OpenAPI document to {@code $ref}; such as
   * {@code ${project.basedir}/errors.openapi.yaml}.
   *
   * @since 0.1.0
   */
  @Parameter(property = "errorspec.openapiFile")
  private File openapiFile;

  /** The configured outputs; the docs page is optional, since every project has its default path. */
  CommittedOutputs outputs() {
    CommittedOutputs outputs = CommittedOutputs.none().withDocs(path(docsFile), true);
    if (typescriptFile != null) {
      outputs = outputs.withTypescript(path(typescriptFile));
    }
    if (pythonFile != null) {
      outputs = outputs.withPython(path(pythonFile));
    }
    if (openapiFile != null) {
      outputs = outputs.withOpenapi(path(openapiFile));
    }
    return outputs;
  }
}
