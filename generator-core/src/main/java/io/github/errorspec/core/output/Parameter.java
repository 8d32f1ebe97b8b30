package io.github.errorspec.core.output;

import java.util.Objects;
import java.util.Optional;

/**
 * How the front ends name an output's setting, the same everywhere: the Maven parameter (and its
 * property {@code errorspec.<name>}) and the command-line option.
 *
 * @param name the Maven parameter, such as {@code typescriptFile}; the plugin declares a field of this name
 * @param option the command-line option, such as {@code --typescript}
 * @param label the option's value in the help, {@code FILE}, {@code DIR}, {@code VERSION}; empty for a switch
 * @param description the option's help line
 * @param mavenDefault the parameter's default in the plugin, if any: a committed file that has one is
 *     optional in Maven (a project need not want the default page)
 */
public record Parameter(String name, String option, String label, String description, Optional<String> mavenDefault) {

  public Parameter {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(option, "option");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(mavenDefault, "mavenDefault");
  }

  /** A file parameter without a default. */
  public static Parameter file(String name, String option, String description) {
    return new Parameter(name, option, "FILE", description, Optional.empty());
  }

  /** A directory parameter without a default: a client package. */
  public static Parameter directory(String name, String option, String description) {
    return new Parameter(name, option, "DIR", description, Optional.empty());
  }

  /** A text parameter shown as {@code label}, such as the client packages' {@code VERSION}. */
  public static Parameter text(String name, String option, String label, String description) {
    return new Parameter(name, option, label, description, Optional.empty());
  }

  /** A switch (a boolean parameter, an option without a value), off by default. */
  public static Parameter flag(String name, String option, String description) {
    return new Parameter(name, option, "", description, Optional.of("false"));
  }

  /** A copy whose Maven parameter defaults to {@code value}. */
  public Parameter withMavenDefault(String value) {
    return new Parameter(name, option, label, description, Optional.of(value));
  }

  /** The Maven property, {@code errorspec.<name>}. */
  public String property() {
    return "errorspec." + name;
  }

  /** Whether the parameter is a switch rather than a file. */
  public boolean isFlag() {
    return label.isEmpty();
  }
}
