package io.github.errorspec.core.generate.spring;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import io.github.errorspec.core.generate.GeneratedFile;
import io.github.errorspec.core.generate.GoldenFiles;
import io.github.errorspec.core.generate.java.JavaGenerator;
import io.github.errorspec.core.load.SpecLoader;
import io.github.errorspec.core.spec.Diagnostic;
import io.github.errorspec.core.spec.ErrorSpec;
import io.github.errorspec.core.spec.InputException;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import java.util.stream.Collectors;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Spring generation")
class SpringGeneratorTest {

  /**
   * The golden cases: the Spring example's catalog, its second catalog in RFC 9457 form, and one of
   * odd names and deprecated fallbacks.
   */
  private static Path spec(String caseName) {
    switch (caseName) {
      case "example-spring":
        return Path.of("..", "example-spring", "error-spec.yaml");
      case "example-spring-problem":
        return Path.of("..", "example-spring", "src", "test", "problem", "error-spec.yaml");
      default:
        return GoldenFiles.caseDirectory(caseName).resolve("error-spec.yaml");
    }
  }

  private static ErrorSpec load(String caseName) throws Exception {
    return new SpecLoader().load(spec(caseName));
  }

  @ParameterizedTest(name = "{0} catalog")
  @ValueSource(strings = {"example-spring", "edge-spring", "example-spring-problem"})
  @DisplayName("generated sources match the golden files byte for byte")
  void matchesGoldenFiles(String caseName) throws Exception {
    ErrorSpec spec = load(caseName);
    GoldenFiles.assertMatches(caseName, "spring",
        new SpringGenerator().generate(spec, spec.packageName().orElseThrow()));
  }

  @ParameterizedTest(name = "{0} catalog")
  @ValueSource(strings = {"example-spring", "edge-spring", "example-spring-problem"})
  @DisplayName("generated sources compile with the Java API against Spring Boot 4 under -Xlint:all -Werror")
  void compilesAgainstSpringBoot4(String caseName) throws Exception {
    assertCompiles(load(caseName));
  }

  private static void assertCompiles(ErrorSpec spec) throws Exception {
    Compilation compilation = compile(spec, Compiler.javac());
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedFile(javax.tools.StandardLocation.CLASS_OUTPUT,
        spec.packageName().orElseThrow().replace('.', '/') + "/ApiExceptionHandler.class");
  }

  @Test
  @DisplayName("generated sources compile without Tomcat, as in an application on Jetty or Undertow")
  void compilesWithoutTomcat(@TempDir Path directory) throws Exception {
    List<File> classPath = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      String name = Path.of(entry).getFileName().toString();
      if (name.startsWith("tomcat-embed-core")) {
        // Jetty and Undertow applications have the servlet API, which Tomcat's jar also holds, without Catalina.
        classPath.add(servletApiOnly(Path.of(entry), directory.resolve("servlet-api.jar")));
      } else if (!name.startsWith("tomcat-") && !name.contains("-tomcat")) {
        classPath.add(new File(entry));
      }
    }
    Compilation compilation = compile(load("example-spring"), Compiler.javac().withClasspath(classPath));
    assertThat(compilation).succeededWithoutWarnings();
  }

  /** Copies the {@code jakarta/} entries of {@code tomcat} to {@code jar}: the servlet API without Tomcat. */
  private static File servletApiOnly(Path tomcat, Path jar) throws IOException {
    try (ZipFile in = new ZipFile(tomcat.toFile());
        ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(jar))) {
      for (ZipEntry entry : Collections.list(in.entries())) {
        if (entry.getName().startsWith("jakarta/")) {
          out.putNextEntry(new ZipEntry(entry.getName()));
          try (InputStream bytes = in.getInputStream(entry)) {
            bytes.transferTo(out);
          }
          out.closeEntry();
        }
      }
    }
    return jar.toFile();
  }

  /** The Java API and the Spring code of {@code spec}, compiled with {@code javac} under -Xlint:all -Werror. */
  private static Compilation compile(ErrorSpec spec, Compiler javac) throws Exception {
    String packageName = spec.packageName().orElseThrow();
    List<GeneratedFile> files = new ArrayList<>(new JavaGenerator().generate(spec, packageName));
    files.addAll(new SpringGenerator().generate(spec, packageName));
    List<JavaFileObject> sources = files.stream()
        .filter(file -> file.path().endsWith(".java"))
        .map(file -> JavaFileObjects.forSourceString(
            file.path().replace('/', '.').replaceAll("\\.java$", ""), file.content()))
        .collect(Collectors.toList());
    return javac.withOptions("--release", "17", "-Xlint:all", "-Xdoclint:all/protected,-missing", "-Werror")
        .compile(sources);
  }

  @Test
  @DisplayName("the seven classes land in the Java API's package, the auto-configuration imports file names one,"
      + " each with the header naming the spec file")
  void filesAndHeader() throws Exception {
    List<GeneratedFile> files = new SpringGenerator().generate(load("edge-spring"), "org.acme.errors");
    assertEquals(List.of(SpringGenerator.AUTO_CONFIGURATION_IMPORTS, "org/acme/errors/ApiErrorFilter.java",
            "org/acme/errors/ApiErrorMetrics.java",
            "org/acme/errors/ApiErrorsAutoConfiguration.java", "org/acme/errors/ApiExceptionHandler.java",
            "org/acme/errors/EnableApiErrors.java", "org/acme/errors/RequestIdFilter.java",
            "org/acme/errors/TomcatErrorReport.java"),
        files.stream().map(GeneratedFile::path).collect(Collectors.toList()));
    assertEquals("# Generated by errorspec from error-spec.yaml. Do not edit.\n"
        + "org.acme.errors.ApiErrorsAutoConfiguration\n", files.get(0).content());
    for (GeneratedFile file : files.subList(1, files.size())) {
      assertEquals("// Generated by errorspec from error-spec.yaml. Do not edit.\npackage org.acme.errors;\n",
          file.content().substring(0, file.content().indexOf(";\n") + 2), file.path());
    }
  }

  @Test
  @DisplayName("a status Spring answers on its own without a fallback is reported with the YAML to add")
  void missingFallbacks() {
    String yaml = """
        errorspec: 1
        statuses:
          400: Bad Request
          404: Not Found
          406: Not Acceptable
          500: Internal Server Error
        categories:
          - title: Errors
            groups:
              - status: 400
                errors:
                  - {code: INVALID_REQUEST, message: Invalid}
              - status: 404
                errors:
                  - {code: RESOURCE_NOT_FOUND, message: No such resource}
                  - {code: ENDPOINT_NOT_FOUND, message: No such endpoint}
              - status: 500
                errors:
                  - {code: SERVER_DOWN, message: Down}
                  - {code: INTERNAL, message: Failed}
        """;
    String prefix = "error-spec.yaml:1:1: Spring answers status ";
    assertEquals(List.of(
            prefix + "400 on its own (a malformed body or a missing or mistyped parameter) and needs a code for "
                + "it: add '400: INVALID_REQUEST' under 'fallbacks'",
            prefix + "404 on its own (a path no endpoint serves) and needs a code for it: add "
                + "'404: ENDPOINT_NOT_FOUND' under 'fallbacks'",
            prefix + "405 on its own (a method the endpoint does not allow) and needs a code for it: add "
                + "'405: METHOD_NOT_ALLOWED' under 'fallbacks', and a code METHOD_NOT_ALLOWED with status 405 "
                + "to the catalog, and '405: Method Not Allowed' under 'statuses'",
            prefix + "406 on its own (an Accept header no response format satisfies) and needs a code for it: "
                + "add '406: NOT_ACCEPTABLE' under 'fallbacks', and a code NOT_ACCEPTABLE with status 406 to the "
                + "catalog",
            prefix + "415 on its own (a Content-Type the endpoint does not read) and needs a code for it: add "
                + "'415: UNSUPPORTED_MEDIA_TYPE' under 'fallbacks', and a code UNSUPPORTED_MEDIA_TYPE with status "
                + "415 to the catalog, and '415: Unsupported Media Type' under 'statuses'",
            prefix + "500 on its own (an uncaught exception) and needs a code for it: add '500: SERVER_DOWN' under "
                + "'fallbacks'"),
        problems(yaml));
  }

  @Test
  @DisplayName("with 'fallbacks' written, a missing status is reported at it, and nothing is generated")
  void missingFallbackAtTheKey() throws Exception {
    String yaml = """
        errorspec: 1
        statuses: {400: Bad Request, 404: Not Found, 405: Method Not Allowed, 406: Not Acceptable,
                   415: Unsupported Media Type, 500: Internal Server Error}
        categories:
          - title: Errors
            groups:
              - {status: 400, errors: [{code: INVALID_REQUEST, message: Invalid}]}
              - {status: 404, errors: [{code: ENDPOINT_NOT_FOUND, message: No such endpoint}]}
              - {status: 405, errors: [{code: METHOD_NOT_ALLOWED, message: Wrong method}]}
              - {status: 406, errors: [{code: NOT_ACCEPTABLE, message: Not acceptable}]}
              - {status: 415, errors: [{code: UNSUPPORTED_MEDIA_TYPE, message: Unsupported}]}
              - {status: 500, errors: [{code: INTERNAL_ERROR, message: Failed}]}
        fallbacks:
          400: INVALID_REQUEST
          404: ENDPOINT_NOT_FOUND
          406: NOT_ACCEPTABLE
          415: UNSUPPORTED_MEDIA_TYPE
          500: INTERNAL_ERROR
        """;
    assertEquals(List.of("error-spec.yaml:13:1: Spring answers status 405 on its own (a method the endpoint does "
        + "not allow) and needs a code for it: add '405: METHOD_NOT_ALLOWED' under 'fallbacks'"), problems(yaml));
    ErrorSpec spec = new SpecLoader().parse("error-spec.yaml", yaml.getBytes(StandardCharsets.UTF_8));
    InputException e = assertThrows(InputException.class, () -> new SpringGenerator().generate(spec, "a.b"));
    assertEquals(problems(yaml), e.diagnostics().stream().map(Diagnostic::toString).collect(Collectors.toList()));
    assertEquals(List.of(), new SpringGenerator().check(load("example-spring")));
  }

  @Test
  @DisplayName("format: problem adds ApiProblems, Spring's ProblemDetail written by the Java API's writer; the envelope's sources have"
      + " none of it")
  void problemFormat() throws Exception {
    List<GeneratedFile> problem = new SpringGenerator().generate(load("example-spring-problem"), "org.acme.errors");
    assertEquals(List.of("ApiErrorFilter.java", "ApiErrorMetrics.java", "ApiErrorsAutoConfiguration.java",
            "ApiExceptionHandler.java", "ApiProblems.java", "EnableApiErrors.java", "RequestIdFilter.java",
            "TomcatErrorReport.java"),
        problem.stream().skip(1).map(file -> file.path().substring("org/acme/errors/".length()))
            .collect(Collectors.toList()));
    String handler = problem.get(4).content();
    assertTrue(handler.contains("response.setContentType(\"application/problem+json\");"), handler);
    assertTrue(handler.contains("ApiProblems.toJson(ApiProblems.of(error, status, RequestIdFilter.requestId(request)))"),
        "built on Spring's ProblemDetail: " + handler);
    assertTrue(problem.get(5).content().contains("return ErrorJson.writeTree(document);"),
        "one writer of problem documents, the Java API's: " + problem.get(5).content());
    String envelope = new SpringGenerator().generate(load("example-spring"), "org.acme.errors").get(4).content();
    assertFalse(envelope.contains("ApiProblems") || envelope.contains("problem"), envelope);
  }

  @Test
  @DisplayName("a large catalog in problem form, without type_base or docs_url, compiles with its Spring code")
  void problemDataAtScale() throws Exception {
    StringBuilder yaml = new StringBuilder("""
        errorspec: 1
        package: org.acme.errors
        format: problem
        statuses: {400: Bad Request, 404: Not Found, 405: Method Not Allowed, 406: Not Acceptable,
                   415: Unsupported Media Type, 500: Internal Server Error}
        fallbacks: {400: E0, 404: N404, 405: N405, 406: N406, 415: N415, 500: N500}
        categories:
          - title: Errors
            groups:
              - status: 404
                errors: [{code: N404, message: x}]
              - status: 405
                errors: [{code: N405, message: x}]
              - status: 406
                errors: [{code: N406, message: x}]
              - status: 415
                errors: [{code: N415, message: x}]
              - status: 500
                errors: [{code: N500, message: "x {n}", params: {n: integer}}]
              - status: 400
                errors:
        """);
    for (int i = 0; i < 1200; i++) {
      yaml.append("          - {code: E").append(i).append(", message: Error ").append(i).append("}\n");
    }
    ErrorSpec spec = new SpecLoader().parse("error-spec.yaml", yaml.toString().getBytes(StandardCharsets.UTF_8));
    assertCompiles(spec);
  }

  private static List<String> problems(String yaml) {
    try {
      ErrorSpec spec = new SpecLoader().parse("error-spec.yaml", yaml.getBytes(StandardCharsets.UTF_8));
      return new SpringGenerator().check(spec).stream().map(Diagnostic::toString).collect(Collectors.toList());
    } catch (InputException e) {
      throw new AssertionError(e);
    }
  }
}
