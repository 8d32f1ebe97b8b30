package io.github.errorspec.cli;

import io.github.errorspec.core.Baseline;
import io.github.errorspec.core.CompatRequest;
import io.github.errorspec.core.CompatResult;
import io.github.errorspec.core.compat.Finding;
import io.github.errorspec.core.compat.Finding.Severity;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code errorspec compat}: breaking changes against a released catalog. */
@Command(name = "compat", mixinStandardHelpOptions = true,
    description = "Compare the catalog with a released one; fail (exit 1) on breaking changes.")
final class CompatCommand implements Callable<Integer> {

  @Mixin
  private SpecOption spec;

  @Option(names = "--baseline", paramLabel = "FILE", required = true, description = "The spec of a released version.")
  private Path baseline;

  @Option(names = "--fail-on", paramLabel = "SEVERITY", defaultValue = "breaking",
      description = "The least severe finding that fails: breaking, warning or none (default: ${DEFAULT-VALUE}).")
  private String failOn;

  @Spec
  private CommandSpec command;

  @Override
  public Integer call() throws Exception {
    CompatRequest request;
    try {
      request = new CompatRequest(spec.spec, Baseline.file(baseline), Severity.threshold(failOn));
    } catch (IllegalArgumentException e) {
      throw new ParameterException(command.commandLine(),
          "Invalid value for option '--fail-on': '" + failOn + "' is not breaking, warning or none");
    }
    CompatResult result = Main.errorspec(command).compat(request);
    for (Finding finding : result.findings()) {
      (result.failing().contains(finding) ? command.commandLine().getErr() : command.commandLine().getOut())
          .println(finding);
    }
    command.commandLine().getOut().println("errorspec: " + result.summary());
    return result.passed() ? 0 : Main.FAILED;
  }
}
