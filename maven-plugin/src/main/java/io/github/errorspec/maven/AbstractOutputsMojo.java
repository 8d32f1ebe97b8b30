package io.github.errorspec.maven;

import io.github.errorspec.core.CommittedOutputs;
import io.github.errorspec.core.output.CommittedOutput;
import io.github.errorspec.core.output.Outputs;
import io.github.errorspec.core.output.PackageCoordinates;
import java.io.File;
import java.util.Optional;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * The goals over every committed output: {@code sync} writes them, {@code check} verifies them.
 * Maven sets only declared fields, so each output of {@link Outputs#BUILT_IN} has its field here,
 * named as its parameter; everything behind the fields loops over the registry.
 */
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

  /**
   * The searchable HTML reference page of the catalog: one self-contained file (style and script
   * inline, nothing fetched), each code a row whose anchor is its slug ({@code #model-not-found});
   * such as {@code ${project.basedir}/docs/errors.html}.
   *
   * @since 0.1.0
   */
  @Parameter(property = "errorspec.htmlFile")
  private File htmlFile;

  /**
   * The catalog as JSON in spec format, every default resolved (each error's status and
   * retryable), for tools and SDKs that read the codes as data; errorspec reads it back as a spec.
   * Such as {@code ${project.basedir}/errors.json}.
   *
   * @since 0.1.0
   */
  @Parameter(property = "errorspec.jsonFile")
  private File jsonFile;

  /**
   * The npm package of the TypeScript client, a directory: {@code package.json}, the module as ES
   * module and CommonJS with its declarations, for {@code npm publish}; such as
   * {@code ${project.basedir}/clients/npm}. Other files in the directory are left alone.
   *
   * @since 0.1.0
   */
  @Parameter(property = "errorspec.typescriptPackage")
  private File typescriptPackage;

  /**
   * The Python package of the Python client, a directory: {@code pyproject.toml} (setuptools), the
   * module as the package's {@code __init__.py}, {@code py.typed}; such as
   * {@code ${project.basedir}/clients/pypi}. Other files in the directory are left alone.
   *
   * @since 0.1.0
   */
  @Parameter(property = "errorspec.pythonPackage")
  private File pythonPackage;

  /**
   * The name of the client packages: the npm name (a scope such as {@code @acme/} allowed), and
   * without its scope the Python distribution name, whose import name has {@code _} for
   * {@code -}. By default the spec's {@code api} in lower kebab case plus {@code -errors}.
   *
   * @since 0.1.0
   */
  @Parameter(property = "errorspec.clientPackageName")
  private String clientPackageName;

  /**
   * The version of the client packages, {@code MAJOR.MINOR.PATCH} with an optional
   * {@code -SNAPSHOT}, {@code -alpha.N}, {@code -beta.N} or {@code -rc.N}: kept for npm, mapped to
   * PEP 440 for Python ({@code 1.2.3-SNAPSHOT} → {@code 1.2.3.dev0}); {@code MAJOR.MINOR} gets a
   * patch of 0 ({@code 1.0-SNAPSHOT} → {@code 1.0.0-SNAPSHOT}, {@code 1.0.0.dev0}).
   *
   * @since 0.1.0
   */
  @Parameter(property = "errorspec.clientPackageVersion", defaultValue = "${project.version}")
  private String clientPackageVersion;

  /**
   * The configured outputs. One whose parameter has a default (the docs page) is optional, since
   * every project has that path whether it wants the file or not.
   */
  CommittedOutputs outputs() {
    CommittedOutputs outputs = CommittedOutputs.none();
    for (CommittedOutput output : Outputs.committed(Outputs.BUILT_IN)) {
      File file = (File) parameter(output.parameter().name());
      if (file != null) {
        outputs = output.parameter().mavenDefault().isPresent() ? outputs.withOptional(output, path(file))
            : outputs.with(output, path(file));
      }
    }
    return outputs.withClientPackage(new PackageCoordinates(
        Optional.ofNullable((String) parameter(Outputs.PACKAGE_NAME.name())),
        Optional.ofNullable((String) parameter(Outputs.PACKAGE_VERSION.name()))));
  }
}
