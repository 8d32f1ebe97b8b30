package io.github.errorspec.core.generate.java;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.errorspec.core.generate.GeneratedFile;
import io.github.errorspec.core.generate.GoldenCatalog;
import io.github.errorspec.core.load.SpecLoader;
import io.github.errorspec.core.spec.ErrorSpec;
import io.github.errorspec.core.testing.SyntheticCatalog;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.tools.DiagnosticCollector;
import javax.tools.DocumentationTool;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The real {@code javadoc} tool over generated sources, with every doclint check: users' Javadoc
 * jobs include generated sources, so they must not add a single warning. Unlike javac's doclint,
 * javadoc also checks the serialized form: the private fields of serializable classes.
 */
@DisplayName("Javadoc of the generated sources")
class GeneratedJavadocTest {

  @ParameterizedTest(name = "{0} catalog")
  @EnumSource(GoldenCatalog.class)
  @DisplayName("javadoc -Xdoclint:all reports nothing")
  void catalogs(GoldenCatalog catalog, @TempDir Path directory) throws IOException {
    assertEquals("", javadoc(catalog.packageName(), catalog.javaSources(), directory));
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(ErrorCodeGenerator.Form.class)
  @DisplayName("javadoc -Xdoclint:all reports nothing for each form of ErrorCode")
  void forms(ErrorCodeGenerator.Form form, @TempDir Path directory) throws Exception {
    ErrorSpec spec = new SpecLoader().parse("error-spec.yaml",
        SyntheticCatalog.yamlWithEveryValue(5).getBytes(StandardCharsets.UTF_8));
    List<GeneratedFile> files = JavaGenerator.withForm(form).generate(spec, "com.example.synthetic");
    assertEquals("", javadoc("com.example.synthetic", files, directory));
  }

  /** What javadoc reports for the package, warnings and errors, one per line; empty when nothing. */
  static String javadoc(String packageName, List<GeneratedFile> files, Path directory) throws IOException {
    Path sources = directory.resolve("src");
    for (GeneratedFile file : files) {
      Path target = sources.resolve(file.path());
      Files.createDirectories(target.getParent());
      Files.writeString(target, file.content(), StandardCharsets.UTF_8);
    }
    DocumentationTool tool = ToolProvider.getSystemDocumentationTool();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    StringWriter output = new StringWriter();
    try (StandardJavaFileManager fileManager = tool.getStandardFileManager(diagnostics, Locale.ROOT,
        StandardCharsets.UTF_8)) {
      List<String> options = List.of("-Xdoclint:all", "-quiet", "-encoding", "UTF-8", "-d",
          directory.resolve("doc").toString(), "-sourcepath", sources.toString(), packageName);
      Boolean succeeded = tool.getTask(output, fileManager, diagnostics, null, options, null).call();
      String reported = diagnostics.getDiagnostics().stream()
          .map(diagnostic -> diagnostic.getKind() + " "
              + (diagnostic.getSource() == null ? "" : diagnostic.getSource().getName() + ":" + diagnostic.getLineNumber())
              + ": " + diagnostic.getMessage(Locale.ROOT))
          .collect(Collectors.joining("\n"));
      String printed = output.toString().strip();
      return (succeeded ? "" : "javadoc failed\n") + reported + (printed.isEmpty() ? "" : "\n" + printed);
    }
  }
}
