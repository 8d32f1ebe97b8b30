package io.github.errorspec.core.generate.spring;

import io.github.errorspec.core.generate.CatalogText;
import io.github.errorspec.core.generate.GeneratedFile;
import io.github.errorspec.core.generate.SourceTemplate;
import io.github.errorspec.core.generate.java.JavaText;
import io.github.errorspec.core.spec.Diagnostic;
import io.github.errorspec.core.spec.ErrorDef;
import io.github.errorspec.core.spec.ErrorSpec;
import io.github.errorspec.core.spec.Fallback;
import io.github.errorspec.core.spec.InputException;
import io.github.errorspec.core.spec.SourceLocation;
import io.github.errorspec.core.spec.WireFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Generates the Spring Boot integration of a catalog, beside the Java API in the same package:
 * {@code ApiExceptionHandler} (a {@code @RestControllerAdvice} over Spring's
 * {@code ResponseEntityExceptionHandler}), {@code ApiErrorFilter} ({@code sendError}, the error
 * page, uncaught exceptions), {@code RequestIdFilter} ({@code X-Request-Id}), {@code ApiErrorMetrics}
 * (Micrometer's {@code api.errors}, when present), {@code TomcatErrorReport} (the envelope for
 * requests Tomcat rejects before Spring sees them; by reflection, so it compiles without Tomcat),
 * {@code @EnableApiErrors}, and
 * {@code ApiErrorsAutoConfiguration} with the resource that makes Spring Boot load it
 * ({@link #AUTO_CONFIGURATION_IMPORTS}). With them every error response of a Spring Boot 3 or 4 application is
 * the catalog's envelope, or with {@code format: problem} an RFC 9457 problem document built on
 * Spring's {@code ProblemDetail} by {@code ApiProblems} from the members the Java API's
 * {@code ErrorResponse} decides, and written by its writer; docs/spring.md lists each case.
 *
 * <p>The code is real source kept as templates beside this class ({@link SourceTemplate}); only the
 * package, the catalog's fallback codes and the document the handler writes are filled in. The
 * catalog must name a fallback for every status Spring answers on its own
 * ({@link #REQUIRED_FALLBACKS}); {@link #check} says which are missing.
 */
public final class SpringGenerator {

  /** The statuses Spring answers on its own, each with what it answers it for. */
  public static final Map<Integer, String> REQUIRED_FALLBACKS = Map.of(
      400, "a malformed body or a missing or mistyped parameter",
      404, "a path no endpoint serves",
      405, "a method the endpoint does not allow",
      406, "an Accept header no response format satisfies",
      415, "a Content-Type the endpoint does not read",
      500, "an uncaught exception");

  private static final List<String> TEMPLATES =
      List.of("ApiErrorFilter", "ApiErrorMetrics", "ApiErrorsAutoConfiguration", "ApiExceptionHandler",
          "EnableApiErrors", "RequestIdFilter", "TomcatErrorReport");

  /** With {@code format: problem}, the handler answers each error as {@code ApiProblems} builds it. */
  private static final List<String> PROBLEM_TEMPLATES =
      List.of("ApiErrorFilter", "ApiErrorMetrics", "ApiErrorsAutoConfiguration", "ApiExceptionHandler",
          "ApiProblems", "EnableApiErrors", "RequestIdFilter", "TomcatErrorReport");

  /** The handler's Javadoc on the format, with {@code format: problem} (nothing for the envelope). */
  private static final String PROBLEM_JAVADOC = """
       *
       * <p>The catalog's format is RFC 9457 Problem Details: each error is answered as a problem
       * document ({@code application/problem+json}), a {@link org.springframework.http.ProblemDetail}
       * built by {@link ApiProblems} with the members {@link ErrorResponse} decides; where this class
       * says envelope, read problem document.
      """;

  /**
   * Where Spring Boot looks for auto-configuration classes; generated beside the sources, so that a
   * build adds it as a resource (the Maven plugin does) and the application needs no annotation.
   */
  public static final String AUTO_CONFIGURATION_IMPORTS =
      "META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports";

  /** For each required status, the code and reason a catalog without one is advised to add. */
  private static final Map<Integer, String[]> CONVENTIONS = Map.of(
      400, new String[] {"INVALID_REQUEST", "Bad Request"},
      404, new String[] {"ENDPOINT_NOT_FOUND", "Not Found"},
      405, new String[] {"METHOD_NOT_ALLOWED", "Method Not Allowed"},
      406, new String[] {"NOT_ACCEPTABLE", "Not Acceptable"},
      415, new String[] {"UNSUPPORTED_MEDIA_TYPE", "Unsupported Media Type"},
      500, new String[] {"INTERNAL_ERROR", "Internal Server Error"});

  /**
   * The problems that keep {@link #generate} from running: one per required status without a
   * fallback, each showing the YAML to add.
   */
  public List<Diagnostic> check(ErrorSpec spec) {
    SourceLocation where = spec.fallbacks().location().orElse(spec.location());
    List<Diagnostic> problems = new ArrayList<>();
    for (int status : REQUIRED_FALLBACKS.keySet().stream().sorted().collect(Collectors.toList())) {
      if (spec.fallbacks().code(status).isEmpty()) {
        problems.add(new Diagnostic(where, missing(spec, status)));
      }
    }
    return problems;
  }

  private static String missing(ErrorSpec spec, int status) {
    String conventional = CONVENTIONS.get(status)[0];
    List<String> codes = CatalogText.codes(spec, status).stream().map(ErrorDef::code).collect(Collectors.toList());
    String code = codes.contains(conventional) || codes.isEmpty() ? conventional : codes.get(0);
    StringBuilder message = new StringBuilder("Spring answers status ").append(status).append(" on its own (")
        .append(REQUIRED_FALLBACKS.get(status)).append(") and needs a code for it: add '").append(status)
        .append(": ").append(code).append("' under 'fallbacks'");
    if (codes.isEmpty()) {
      message.append(", and a code ").append(code).append(" with status ").append(status).append(" to the catalog");
      if (spec.status(status).isEmpty()) {
        message.append(", and '").append(status).append(": ").append(CONVENTIONS.get(status)[1])
            .append("' under 'statuses'");
      }
    }
    return message.toString();
  }

  /**
   * The generated sources, sorted by path, in {@code packageName}, which must hold the Java API
   * of the same catalog.
   *
   * @throws InputException if {@link #check} finds a problem
   */
  public List<GeneratedFile> generate(ErrorSpec spec, String packageName) throws InputException {
    Objects.requireNonNull(packageName, "packageName");
    List<Diagnostic> problems = check(spec);
    if (!problems.isEmpty()) {
      throw new InputException(problems);
    }
    String header = "// " + JavaText.lineComment(CatalogText.header(spec)) + "\n";
    List<GeneratedFile> files = new ArrayList<>();
    for (String name : templates(spec)) {
      String source = SourceTemplate.load(SpringGenerator.class, name + ".java.tmpl")
          .fill(regions(name, spec), values(name, spec, packageName));
      files.add(new GeneratedFile(packageName.replace('.', '/') + "/" + name + ".java", header + source));
    }
    // '#' starts a comment in this file; its mark lets a later run delete it like the sources.
    files.add(new GeneratedFile(AUTO_CONFIGURATION_IMPORTS,
        "# " + CatalogText.header(spec) + "\n" + packageName + ".ApiErrorsAutoConfiguration\n"));
    files.sort(Comparator.comparing(GeneratedFile::path));
    return List.copyOf(files);
  }

  /** The templates of the catalog's format: with {@code format: problem}, also {@code ApiProblems}. */
  private static List<String> templates(ErrorSpec spec) {
    return spec.format() == WireFormat.PROBLEM ? PROBLEM_TEMPLATES : TEMPLATES;
  }

  /** The regions of template {@code name}: the handler's word on the format. */
  private static Map<String, String> regions(String name, ErrorSpec spec) {
    switch (name) {
      case "ApiExceptionHandler":
        return Map.of("format", spec.format() == WireFormat.PROBLEM ? PROBLEM_JAVADOC : "");
      default:
        return Map.of();
    }
  }

  /**
   * The placeholders of template {@code name}: the package, and the handler's fallback codes and
   * the document it writes, the envelope or, with {@code format: problem}, a problem document.
   */
  private static Map<String, String> values(String name, ErrorSpec spec, String packageName) {
    if (!name.equals("ApiExceptionHandler")) {
      return Map.of("package", packageName);
    }
    boolean problem = spec.format() == WireFormat.PROBLEM;
    return Map.of(
        "package", packageName,
        "fallbackCases", fallbackCases(spec),
        "fallback400", spec.fallbacks().code(400).orElseThrow(),
        "fallback500", spec.fallbacks().code(500).orElseThrow(),
        "validation", spec.fallbacks().validationCode().orElseThrow(),
        "body", problem
            ? "ApiProblems.toJson(ApiProblems.of(error, status, RequestIdFilter.requestId(request)))"
            : "error.toErrorResponse(RequestIdFilter.requestId(request)).toJson()",
        "contentType", problem ? "application/problem+json" : "application/json");
  }

  /** One {@code case} line per fallback status, in status order. */
  private static String fallbackCases(ErrorSpec spec) {
    return spec.fallbacks().statuses().stream()
        .sorted(Comparator.comparingInt(Fallback::status))
        .map(fallback -> "      case " + fallback.status() + ": return ErrorCode." + fallback.code() + ";")
        .collect(Collectors.joining("\n"));
  }
}
