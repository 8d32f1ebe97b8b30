package io.github.errorspec.cli;

import io.github.errorspec.core.CheckRequest;
import io.github.errorspec.core.CheckResult;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code errorspec check}: the spec valid and every committed output given up to date;
 * {@link OutputOptions} adds an option per output.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
    description = "Fail (exit 1) when a committed output is stale, naming its first differing line; "
        + "exit 2 when the spec is invalid. Writes nothing. With no output given, checks the spec alone.")
final class CheckCommand implements Callable<Integer> {

  @Mixin
  private SpecOption spec;

  @Mixin
  private BaselineOption baseline;

  @Spec
  private CommandSpec command;

  @Override
  public Integer call() throws Exception {
    CheckResult result = Main.errorspec(command).check(new CheckRequest(spec.spec, OutputOptions.outputs(command),
        baseline.baseline(), new CheckRequest.Commands("errorspec docs", "errorspec sync")));
    PrintWriter out = command.commandLine().getOut();
    result.notes().forEach(note -> out.println("errorspec: " + note));
    if (!result.passed()) {
      result.stale().forEach(command.commandLine().getErr()::println);
      return Main.FAILED;
    }
    out.println("errorspec: " + spec.spec + " is valid" + (result.upToDate().isEmpty() ? ""
        : "; up to date: " + String.join(", ", result.upToDate().stream().map(Object::toString).toList())));
    return 0;
  }
}
