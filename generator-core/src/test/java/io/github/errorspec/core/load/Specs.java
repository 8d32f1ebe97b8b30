package io.github.errorspec.core.load;

import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.errorspec.core.spec.Diagnostic;
import io.github.errorspec.core.spec.ErrorSpec;
import io.github.errorspec.core.spec.InputException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/** Loads inline specs as the file {@code error-spec.yaml}, for tests that read like the file. */
final class Specs {

  static final String FILE = "error-spec.yaml";

  private Specs() {}

  static ErrorSpec load(String yaml) throws InputException {
    return new SpecLoader().parse(FILE, yaml.getBytes(StandardCharsets.UTF_8));
  }

  /** The diagnostics of a spec that must fail, each as {@code file:line:column: message}. */
  static List<String> problems(String yaml) {
    return problems(yaml.getBytes(StandardCharsets.UTF_8));
  }

  static List<String> problems(byte[] content) {
    InputException e = assertThrows(InputException.class, () -> new SpecLoader().parse(FILE, content));
    return e.diagnostics().stream().map(Diagnostic::toString).collect(Collectors.toList());
  }

  /** A spec with one group of 401 errors whose body is {@code errors}, indented as list items. */
  static String withErrors(String errors) {
    return """
        errorspec: 1
        package: com.example.errors
        statuses:
          401: Unauthorized
          429: Too Many Requests
        categories:
          - title: Authentication Errors
            groups:
              - status: 401
                errors:
        """ + errors.indent(10);
  }
}
