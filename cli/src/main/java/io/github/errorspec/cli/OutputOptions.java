package io.github.errorspec.cli;

import io.github.errorspec.core.CommittedOutputs;
import io.github.errorspec.core.output.CommittedOutput;
import io.github.errorspec.core.output.Output;
import io.github.errorspec.core.output.Outputs;
import io.github.errorspec.core.output.PackageCoordinates;
import io.github.errorspec.core.output.PackageDirectory;
import io.github.errorspec.core.output.Parameter;
import io.github.errorspec.core.output.SourceOutput;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

/**
 * The options the output registry gives the command line, so that an output registered in
 * {@link Outputs} needs nothing here: a file option per committed output for {@code sync} and
 * {@code check}, a switch per opt-in source output for {@code generate}.
 */
final class OutputOptions {

  private static final List<? extends Output> REGISTRY = Outputs.BUILT_IN;

  /** "Nothing to sync: give at least one of --docs, --typescript, ...". */
  static final String NONE_GIVEN = "Nothing to sync: give at least one of " + Outputs.committed(REGISTRY).stream()
      .map(output -> output.parameter().option()).collect(Collectors.joining(", "));

  private OutputOptions() {}

  /** Adds the registry's options to the subcommands that take them. */
  static void addTo(CommandLine main) {
    for (String name : List.of("sync", "check")) {
      CommandSpec command = main.getSubcommands().get(name).getCommandSpec();
      Outputs.committed(REGISTRY).forEach(output -> command.addOption(option(output.parameter(), Path.class)));
      Outputs.SETTINGS.forEach(setting -> command.addOption(option(setting, String.class)));
    }
    CommandSpec generate = main.getSubcommands().get("generate").getCommandSpec();
    for (SourceOutput output : Outputs.sources(REGISTRY)) {
      output.optIn().ifPresent(flag -> generate.addOption(option(flag, boolean.class)));
    }
  }

  /**
   * The committed outputs given on {@code command}'s line: {@code check} requires each, {@code sync}
   * creates it. A client package needs {@code --package-version}: the command line has no project
   * version to default to.
   */
  static CommittedOutputs outputs(CommandSpec command) {
    CommittedOutputs outputs = CommittedOutputs.none();
    List<String> packages = new ArrayList<>();
    for (CommittedOutput output : Outputs.committed(REGISTRY)) {
      Path file = command.findOption(output.parameter().option()).getValue();
      if (file != null) {
        outputs = outputs.with(output, file);
        if (output instanceof PackageDirectory) {
          packages.add(output.parameter().option());
        }
      }
    }
    Optional<String> version = Optional.ofNullable(command.findOption(Outputs.PACKAGE_VERSION.option()).getValue());
    if (!packages.isEmpty() && version.isEmpty()) {
      throw new ParameterException(command.commandLine(), Outputs.PACKAGE_VERSION.option() + " is required with "
          + String.join(" and ", packages));
    }
    return outputs.withClientPackage(new PackageCoordinates(
        Optional.ofNullable(command.findOption(Outputs.PACKAGE_NAME.option()).getValue()), version));
  }

  /** The names of the opt-in source outputs switched on by {@code command}'s line. */
  static List<String> optIns(CommandSpec command) {
    List<String> optIns = new ArrayList<>();
    for (SourceOutput output : Outputs.sources(REGISTRY)) {
      Optional<Parameter> flag = output.optIn();
      if (flag.isPresent() && Boolean.TRUE.equals(command.findOption(flag.get().option()).getValue())) {
        optIns.add(output.name());
      }
    }
    return optIns;
  }

  private static OptionSpec option(Parameter parameter, Class<?> type) {
    OptionSpec.Builder option = OptionSpec.builder(parameter.option()).type(type).description(parameter.description());
    return (parameter.isFlag() ? option : option.paramLabel(parameter.label())).build();
  }
}
