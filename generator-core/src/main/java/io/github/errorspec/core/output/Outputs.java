package io.github.errorspec.core.output;

import io.github.errorspec.core.generate.html.HtmlGenerator;
import io.github.errorspec.core.generate.java.JavaGenerator;
import io.github.errorspec.core.generate.json.JsonGenerator;
import io.github.errorspec.core.generate.openapi.OpenApiGenerator;
import io.github.errorspec.core.generate.python.PythonGenerator;
import io.github.errorspec.core.generate.python.PythonPackageGenerator;
import io.github.errorspec.core.generate.spring.SpringGenerator;
import io.github.errorspec.core.generate.typescript.TypeScriptGenerator;
import io.github.errorspec.core.generate.typescript.TypeScriptPackageGenerator;
import java.util.List;
import java.util.Optional;

/**
 * The registry: every output errorspec has, each registered once here. The facade generates the
 * source outputs of {@link #BUILT_IN}; the command line makes one option per parameter and the
 * Maven plugin reads one parameter per output, both by looping over it.
 *
 * <p>Adding an output is a generator package under {@code generate} and one constant here, listed
 * in {@link #BUILT_IN}; the Maven plugin then needs the {@code @Parameter} field named by its
 * {@link Parameter#name()} (Maven reads only declared fields), which its tests require.
 */
public final class Outputs {

  /** The Markdown reference page, {@code docsFile} / {@code --docs}. */
  public static final CommittedOutput DOCS = new MarkdownPage();

  /** The TypeScript module, {@code typescriptFile} / {@code --typescript}. */
  public static final CommittedOutput TYPESCRIPT = new WholeFile("typescript", "TypeScript file",
      Parameter.file("typescriptFile", "--typescript", "The TypeScript module, e.g. src/errors.ts."),
      spec -> new TypeScriptGenerator().generate(spec));

  /** The Python module, {@code pythonFile} / {@code --python}. */
  public static final CommittedOutput PYTHON = new WholeFile("python", "Python file",
      Parameter.file("pythonFile", "--python", "The Python module, e.g. myapi/errors.py."),
      spec -> new PythonGenerator().generate(spec));

  /** The OpenAPI 3.1 components, {@code openapiFile} / {@code --openapi}. */
  public static final CommittedOutput OPENAPI = new WholeFile("openapi", "OpenAPI file",
      Parameter.file("openapiFile", "--openapi", "The OpenAPI 3.1 components, e.g. errors.openapi.yaml."),
      spec -> new OpenApiGenerator().generate(spec));

  /** The searchable HTML reference page, {@code htmlFile} / {@code --html}. */
  public static final CommittedOutput HTML = new WholeFile("html", "HTML page",
      Parameter.file("htmlFile", "--html", "The searchable HTML reference page, e.g. docs/errors.html."),
      spec -> new HtmlGenerator().generate(spec));

  /** The catalog as JSON in spec format, {@code jsonFile} / {@code --json}. */
  public static final CommittedOutput JSON = new WholeFile("json", "JSON file",
      Parameter.file("jsonFile", "--json", "The catalog as JSON in spec format, defaults resolved, e.g. errors.json."),
      spec -> new JsonGenerator().generate(spec));

  /** The npm package of the TypeScript client, {@code typescriptPackage} / {@code --typescript-package}. */
  public static final CommittedOutput TYPESCRIPT_PACKAGE = new PackageDirectory("typescript-package",
      "TypeScript package", Parameter.directory("typescriptPackage", "--typescript-package",
          "The npm package of the TypeScript client (ESM, CommonJS, declarations), a directory, e.g. clients/npm."),
      (spec, names) -> new TypeScriptPackageGenerator().generate(spec, names));

  /** The Python package of the Python client, {@code pythonPackage} / {@code --python-package}. */
  public static final CommittedOutput PYTHON_PACKAGE = new PackageDirectory("python-package", "Python package",
      Parameter.directory("pythonPackage", "--python-package",
          "The Python package of the Python client (pyproject.toml, the module, py.typed), a directory, e.g. clients/pypi."),
      (spec, names) -> new PythonPackageGenerator().generate(spec, names));

  /** The client packages' name, {@code clientPackageName} / {@code --package-name}; by default made of the spec's api. */
  public static final Parameter PACKAGE_NAME = Parameter.text("clientPackageName", "--package-name", "NAME",
      "The name of the client packages (default: the spec's api in lower kebab case + -errors; - becomes _ for Python's import).");

  /** The client packages' version, {@code clientPackageVersion} / {@code --package-version}; the project's in Maven. */
  public static final Parameter PACKAGE_VERSION = Parameter.text("clientPackageVersion", "--package-version", "VERSION",
      "The version of the client packages, such as 1.2.0 or 1.3.0-SNAPSHOT (mapped to PEP 440 for Python: 1.3.0.dev0); "
          + "1.3-SNAPSHOT gets a patch of 0.")
      .withMavenDefault("${project.version}");

  /** The settings of the committed outputs, besides their files: the client packages' name and version. */
  public static final List<Parameter> SETTINGS = List.of(PACKAGE_NAME, PACKAGE_VERSION);

  /** The Java API, always generated. */
  public static final SourceOutput JAVA = new Sources("java", Optional.empty(), spec -> List.of(),
      (spec, packageName) -> new JavaGenerator().generate(spec, packageName));

  /** The Spring Boot integration, switched on by {@code spring} / {@code --spring}. */
  public static final SourceOutput SPRING = new Sources("spring",
      Optional.of(Parameter.flag("spring", "--spring",
          "Also generate the Spring Boot integration (needs the spec's fallbacks).")),
      spec -> new SpringGenerator().check(spec),
      (spec, packageName) -> new SpringGenerator().generate(spec, packageName));

  /** Every output, in the order results and messages list them. */
  public static final List<Output> BUILT_IN = List.of(DOCS, TYPESCRIPT, PYTHON, OPENAPI, HTML, JSON,
      TYPESCRIPT_PACKAGE, PYTHON_PACKAGE, JAVA, SPRING);

  private Outputs() {}

  /** The committed outputs of {@code outputs}, in order. */
  public static List<CommittedOutput> committed(List<? extends Output> outputs) {
    return outputs.stream().filter(CommittedOutput.class::isInstance).map(CommittedOutput.class::cast).toList();
  }

  /** The source outputs of {@code outputs}, in order. */
  public static List<SourceOutput> sources(List<? extends Output> outputs) {
    return outputs.stream().filter(SourceOutput.class::isInstance).map(SourceOutput.class::cast).toList();
  }
}
