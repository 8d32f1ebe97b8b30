package io.github.errorspec.cli;

import io.github.errorspec.core.DocsRequest;
import io.github.errorspec.core.OutputChange;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code errorspec docs}: the Markdown page, its tables regenerated in place or the whole page created. */
@Command(name = "docs", mixinStandardHelpOptions = true,
    description = "Regenerate the tables of a Markdown page in place, or create a complete page.")
final class DocsCommand implements Callable<Integer> {

  @Mixin
  private SpecOption spec;

  @Option(names = "--docs", paramLabel = "FILE", required = true, description = "The Markdown reference page.")
  private Path docs;

  @Mixin
  private BaselineOption baseline;

  @Spec
  private CommandSpec command;

  @Override
  public Integer call() throws Exception {
    OutputChange change = Main.errorspec(command).docs(new DocsRequest(spec.spec, docs, baseline.baseline()));
    command.commandLine().getOut().println("errorspec: " + change);
    return 0;
  }
}
