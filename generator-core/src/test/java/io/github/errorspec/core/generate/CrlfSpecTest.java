package io.github.errorspec.core.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.errorspec.core.generate.html.HtmlGenerator;
import io.github.errorspec.core.generate.java.JavaGenerator;
import io.github.errorspec.core.generate.json.JsonGenerator;
import io.github.errorspec.core.generate.markdown.MarkdownDocs;
import io.github.errorspec.core.generate.openapi.OpenApiGenerator;
import io.github.errorspec.core.generate.python.PythonGenerator;
import io.github.errorspec.core.generate.python.PythonPackageGenerator;
import io.github.errorspec.core.generate.typescript.TypeScriptGenerator;
import io.github.errorspec.core.generate.typescript.TypeScriptPackageGenerator;
import io.github.errorspec.core.load.SpecLoader;
import io.github.errorspec.core.spec.ErrorSpec;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.function.Function;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A spec saved with Windows line endings and a byte-order mark gives the same bytes as the same
 * spec saved with {@code \n}, in every output. (Locale and default charset are the
 * {@code determinism} execution's job: it reruns every golden test under a Turkish locale and
 * ISO-8859-1.)
 */
@DisplayName("A CRLF spec with a byte-order mark")
class CrlfSpecTest {

  /** Every output of a catalog, as one text per output. */
  enum Output {
    JAVA(spec -> {
      try {
        return new JavaGenerator().generate(spec, spec.packageName().orElseThrow()).toString();
      } catch (Exception e) {
        throw new AssertionError(e);
      }
    }),
    TYPESCRIPT(spec -> new TypeScriptGenerator().generate(spec)),
    PYTHON(spec -> new PythonGenerator().generate(spec)),
    OPENAPI(spec -> new OpenApiGenerator().generate(spec)),
    MARKDOWN(spec -> new MarkdownDocs().standalonePage(spec)),
    HTML(spec -> new HtmlGenerator().generate(spec)),
    JSON(spec -> new JsonGenerator().generate(spec)),
    TYPESCRIPT_PACKAGE(spec -> new TypeScriptPackageGenerator().generate(spec, ClientPackageGoldenTest.names(spec)).toString()),
    PYTHON_PACKAGE(spec -> new PythonPackageGenerator().generate(spec, ClientPackageGoldenTest.names(spec)).toString());

    private final Function<ErrorSpec, String> generator;

    Output(Function<ErrorSpec, String> generator) {
      this.generator = generator;
    }
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Output.class)
  @DisplayName("generates the same bytes as with \\n line endings")
  void sameOutput(Output output) throws Exception {
    GoldenCatalog catalog = GoldenCatalog.SEED;
    String crlf = "\uFEFF" + Files.readString(catalog.file(), StandardCharsets.UTF_8).replace("\n", "\r\n");
    ErrorSpec spec = new SpecLoader().parse(catalog.file().getFileName().toString(), crlf.getBytes(StandardCharsets.UTF_8));
    String generated = output.generator.apply(spec);
    assertEquals(output.generator.apply(catalog.spec()), generated);
    assertFalse(generated.contains("\r"), "a carriage return in the output");
  }
}
