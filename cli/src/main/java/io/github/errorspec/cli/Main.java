package io.github.errorspec.cli;

import io.github.errorspec.core.Errorspec;
import io.github.errorspec.core.spec.InputException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code errorspec} command: the Maven plugin's goals for builds without Maven. Each
 * subcommand translates its options into one request of the core and makes one call.
 *
 * <p>Exit codes: 0 success; 1 a check or compatibility check failed; 2 the spec, an option or a
 * file cannot be used; 3 errorspec itself failed.
 */
@Command(name = "errorspec", mixinStandardHelpOptions = true, versionProvider = Version.class,
    description = "API error codes defined once in YAML: generate, document and check everything made from them.",
    subcommands = {InitCommand.class, GenerateCommand.class, DocsCommand.class, SyncCommand.class, CheckCommand.class,
        CompatCommand.class, HelpCommand.class},
    footerHeading = "%nExit codes:%n",
    footer = {"  0  success", "  1  check or compat found a stale output or a breaking change",
        "  2  the spec, an option or a file cannot be used", "  3  errorspec itself failed (please report it)"})
public final class Main implements Runnable {

  /** A check or a compatibility check failed. */
  static final int FAILED = 1;
  /** The spec, an option or a file cannot be used. */
  static final int UNUSABLE = 2;
  /** errorspec itself failed. */
  static final int BUG = 3;

  @Spec
  private CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "Missing a command: init, generate, docs, sync, check or compat");
  }

  public static void main(String[] args) {
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    int exitCode;
    try {
      exitCode = run(new PrintWriter(System.out, true, StandardCharsets.UTF_8), err, args);
    } catch (OutOfMemoryError e) {
      // The spec's model is unreachable once the error has unwound the stack, so there is room to say so.
      err.println("errorspec: out of memory: a Java heap of at most " + Runtime.getRuntime().maxMemory() / (1024 * 1024)
          + " MB is too small for this spec; give java a larger one, such as java -Xmx512m -jar errorspec-cli.jar ...");
      exitCode = UNUSABLE;
    }
    System.exit(exitCode);
  }

  /** Runs the command line with {@code out} and {@code err} as its streams; returns the exit code. */
  static int run(PrintWriter out, PrintWriter err, String... args) {
    CommandLine commandLine = new CommandLine(new Main())
        .setOut(out)
        .setErr(err)
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setExecutionExceptionHandler((exception, command, parseResult) -> report(exception, command.getErr()));
    OutputOptions.addTo(commandLine);
    return commandLine.execute(args);
  }

  /** The core facade, printing warnings on stderr as compilers do: {@code file:line:column: warning: message}. */
  static Errorspec errorspec(CommandSpec command) {
    PrintWriter err = command.commandLine().getErr();
    return new Errorspec(warning -> err.println(warning.location() + ": warning: " + warning.message()));
  }

  private static int report(Exception exception, PrintWriter err) {
    if (exception instanceof InputException) {
      err.println(exception.getMessage());
      return UNUSABLE;
    }
    if (exception instanceof IOException) {
      err.println("errorspec: " + exception.getMessage());
      return UNUSABLE;
    }
    err.println("errorspec: internal error, please report it with the spec that caused it:");
    exception.printStackTrace(err);
    return BUG;
  }
}
