package io.github.errorspec.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.errorspec.core.output.Outputs;
import io.github.errorspec.core.spec.Diagnostic;
import io.github.errorspec.core.spec.InputException;
import io.github.errorspec.core.write.WriteResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The Errorspec facade with Spring output")
class SpringOutputTest {

  private static final Path EXAMPLE_SPRING = Path.of("..", "example-spring", "error-spec.yaml");
  private static final List<String> SPRING_FILES = List.of("ApiErrorFilter.java", "ApiErrorMetrics.java", "ApiErrorsAutoConfiguration.java",
      "ApiExceptionHandler.java", "EnableApiErrors.java", "RequestIdFilter.java", "TomcatErrorReport.java");
  private static final String IMPORTS =
      "META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports";

  @TempDir
  Path dir;

  private final Errorspec errorspec = new Errorspec();

  @Test
  @DisplayName("spring adds its classes and imports file beside the Java API; turned off again, they are deleted, state or not")
  void springOnAndOff() throws Exception {
    Path out = dir.resolve("generated");
    Path pkg = out.resolve("com/example/api/errors");
    GenerateRequest request = GenerateRequest.of(EXAMPLE_SPRING, out)
        .withStateFile(dir.resolve("target/errorspec/generate.state"));

    WriteResult on = errorspec.generate(request.with(Outputs.SPRING));
    assertEquals(28, on.written().size());
    SPRING_FILES.forEach(file -> assertTrue(Files.isRegularFile(pkg.resolve(file)), file));
    assertTrue(Files.isRegularFile(out.resolve(IMPORTS)));

    assertTrue(errorspec.generate(request.with(Outputs.SPRING)).upToDate());
    WriteResult off = errorspec.generate(request);
    assertEquals(8, off.deleted().size());
    SPRING_FILES.forEach(file -> assertFalse(Files.exists(pkg.resolve(file)), file));
    assertFalse(Files.exists(out.resolve(IMPORTS)), "a stale imports file would name a deleted class");
  }

  @Test
  @DisplayName("spring with a catalog that lacks fallbacks fails at file:line:column and writes nothing")
  void springNeedsFallbacks() throws Exception {
    Path spec = Files.writeString(dir.resolve("error-spec.yaml"), """
        errorspec: 1
        package: com.example.demo
        statuses: {400: Bad Request}
        categories:
          - title: Errors
            groups:
              - {status: 400, errors: [{code: BAD, message: Bad}]}
        """);
    Path out = dir.resolve("generated");
    InputException e = assertThrows(InputException.class,
        () -> errorspec.generate(GenerateRequest.of(spec, out).with(Outputs.SPRING)));
    assertEquals(List.of(1), e.diagnostics().stream().map(d -> d.location().line()).distinct()
        .collect(Collectors.toList()));
    assertEquals(6, e.diagnostics().size());
    assertTrue(e.diagnostics().stream().map(Diagnostic::toString).allMatch(line -> line.startsWith(
        spec + ":1:1: Spring answers status ")), e.getMessage());
    assertFalse(Files.exists(out));
    assertEquals(9, errorspec.generate(GenerateRequest.of(spec, out)).written().size());
  }
}
