package io.github.errorspec.core.generate.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.errorspec.core.testing.ExternalTools;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.nio.file.Path;
import java.util.List;

/** The two validators every OpenAPI document of errorspec must pass: swagger-parser and Redocly CLI. */
final class OpenApiValidators {

  /** Redocly's rules for API documents that reference the generated components. */
  static final Path API_RULES = OpenApiDocuments.RESOURCES.resolve("redocly.yaml").toAbsolutePath();

  /** Redocly's rules for a generated document of components alone. */
  static final Path COMPONENT_RULES = OpenApiDocuments.RESOURCES.resolve("redocly-components.yaml").toAbsolutePath();

  private OpenApiValidators() {}

  /** Parses an OpenAPI document in memory with swagger-parser, which detects its version. */
  static SwaggerParseResult parse(String document) {
    return new OpenAPIParser().readContents(document, null, options());
  }

  /** Parses an OpenAPI file with swagger-parser, resolving its references to other files. */
  static SwaggerParseResult parse(Path file) {
    return new OpenAPIParser().readLocation(file.toAbsolutePath().toUri().toString(), null, options());
  }

  /** Lints {@code file} with Redocly CLI under {@code rules}, in the file's directory. */
  static ExternalTools.Result lint(Path rules, Path file) {
    return ExternalTools.run(file.toAbsolutePath().getParent(), 180,
        List.of(ExternalTools.npmTool("redocly").toString(), "lint", "--config", rules.toString(),
            file.getFileName().toString()));
  }

  /** Fails unless Redocly passed {@code file} without an error or a warning. */
  static void assertClean(ExternalTools.Result result, Path file) {
    if (result.exitCode() != 0 || !result.output().contains("Your API description is valid")
        || result.output().contains("You have ")) {
      fail("redocly lint " + file + " exited with " + result.exitCode() + ":\n" + result.output());
    }
  }

  /** Fails unless swagger-parser read the document without a message. */
  static void assertClean(SwaggerParseResult result) {
    assertEquals(List.of(), result.getMessages() == null ? List.of() : result.getMessages(), "swagger-parser messages");
    if (result.getOpenAPI() == null) {
      fail("swagger-parser read no document");
    }
  }

  private static ParseOptions options() {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    options.setValidateInternalRefs(true);
    options.setValidateExternalRefs(true);
    return options;
  }
}
