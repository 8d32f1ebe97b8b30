package io.github.errorspec.cli;

import io.github.errorspec.core.CommittedOutputs;
import io.github.errorspec.core.OutputChange;
import io.github.errorspec.core.SyncRequest;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code errorspec sync}: every committed output given, written; {@link OutputOptions} adds an option per output. */
@Command(name = "sync", mixinStandardHelpOptions = true,
    description = "Write every committed output given: the Markdown page, the TypeScript and Python modules, "
        + "the OpenAPI components, the HTML page, the JSON catalog, the npm and Python client packages. "
        + "Up-to-date files are left alone.")
final class SyncCommand implements Callable<Integer> {

  @Mixin
  private SpecOption spec;

  @Mixin
  private BaselineOption baseline;

  @Spec
  private CommandSpec command;

  @Override
  public Integer call() throws Exception {
    CommittedOutputs outputs = OutputOptions.outputs(command);
    if (outputs.isEmpty()) {
      throw new ParameterException(command.commandLine(), OutputOptions.NONE_GIVEN);
    }
    for (OutputChange change : Main.errorspec(command).sync(new SyncRequest(spec.spec, outputs, baseline.baseline()))) {
      command.commandLine().getOut().println("errorspec: " + change);
    }
    return 0;
  }
}
