package io.github.errorspec.cli;

import io.github.errorspec.core.GenerateRequest;
import io.github.errorspec.core.write.WriteResult;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code errorspec generate}: the Java API, as the plugin's {@code generate} goal writes it;
 * {@link OutputOptions} adds a switch per opt-in output ({@code --spring}).
 */
@Command(name = "generate", mixinStandardHelpOptions = true,
    description = "Generate the Java API (ErrorCode, ApiException and a class per status, ErrorResponse, RetryPolicy).")
final class GenerateCommand implements Callable<Integer> {

  @Mixin
  private SpecOption spec;

  @Option(names = "--java-out", paramLabel = "DIR", required = true,
      description = "Where the Java sources go; errorspec owns the files it generated there.")
  private Path javaOut;

  @Option(names = "--package", paramLabel = "NAME", description = "The Java package; overrides the spec's 'package'.")
  private String packageName;

  @Spec
  private CommandSpec command;

  @Override
  public Integer call() throws Exception {
    WriteResult result = Main.errorspec(command).generate(new GenerateRequest(spec.spec,
        Optional.ofNullable(packageName), javaOut, OutputOptions.optIns(command), Optional.empty()));
    command.commandLine().getOut().println("errorspec: " + result.summary("Java files", javaOut));
    return 0;
  }
}
