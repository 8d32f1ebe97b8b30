package io.github.errorspec.cli;

import io.github.errorspec.core.InitRequest;
import io.github.errorspec.core.InitResult;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code errorspec init}: the JSON Schema beside the spec, and a starter catalog when there is none. */
@Command(name = "init", mixinStandardHelpOptions = true,
    description = "Write error-spec.schema.json beside the spec for editors, and a starter catalog when there is "
        + "no spec yet. An existing spec is never changed.")
final class InitCommand implements Callable<Integer> {

  @Mixin
  private SpecOption spec;

  @Spec
  private CommandSpec command;

  @Override
  public Integer call() throws Exception {
    InitResult result = Main.errorspec(command).init(new InitRequest(spec.spec));
    PrintWriter out = command.commandLine().getOut();
    result.changes().forEach(change -> out.println("errorspec: " + change));
    result.notes().forEach(note -> out.println("errorspec: " + note));
    return 0;
  }
}
