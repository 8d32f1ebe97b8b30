package io.github.errorspec.maven;

import io.github.errorspec.core.Errorspec;
import io.github.errorspec.core.spec.InputException;
import java.io.File;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Path;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * What every errorspec goal shares: the spec, the skip switches, and the mapping of outcomes to
 * Maven's exceptions (the user's mistakes fail the build with their messages and no stack trace;
 * broken I/O is an execution error).
 */
abstract class AbstractErrorspecMojo extends AbstractMojo {

  /**
   * The error catalog.
   *
   * @since 0.1.0
   */
  @Parameter(property = "errorspec.spec", defaultValue = "${project.basedir}/error-spec.yaml", required = true)
  protected File spec;

  /**
   * Skips every errorspec goal; {@code errorspec.<goal>.skip} skips one.
   *
   * @since 0.1.0
   */
  @Parameter(property = "errorspec.skip", defaultValue = "false")
  protected boolean skip;

  /** The goal's work, given the core facade. */
  interface Work {
    void run(Errorspec errorspec) throws InputException, IOException, MojoFailureException;
  }

  @Parameter(defaultValue = "${mojoExecution}", readonly = true, required = true)
  private MojoExecution execution;

  @Override
  public final void execute() throws MojoExecutionException, MojoFailureException {
    if (skip || skipGoal()) {
      getLog().info("errorspec: skipped (errorspec." + (skip ? "" : execution.getGoal() + ".") + "skip)");
      return;
    }
    try {
      work().run(new Errorspec(warning -> getLog().warn(warning.toString())));
    } catch (InputException e) {
      throw new MojoFailureException(e.getMessage());
    } catch (IOException e) {
      throw new MojoExecutionException("errorspec: " + e, e);
    }
  }

  /** The id of this goal's execution in the pom ({@code default-cli} on the command line). */
  String executionId() {
    return execution.getExecutionId();
  }

  /** Whether this goal's own skip switch is on. */
  abstract boolean skipGoal();

  abstract Work work();

  /**
   * The value Maven set in this goal's parameter field {@code name}: how a goal reads the
   * parameter of an output it knows only from the registry.
   */
  Object parameter(String name) {
    for (Class<?> type = getClass(); type != AbstractMojo.class; type = type.getSuperclass()) {
      try {
        Field field = type.getDeclaredField(name);
        field.setAccessible(true);
        return field.get(this);
      } catch (NoSuchFieldException e) {
        // declared further up, if at all
      } catch (IllegalAccessException e) {
        throw new IllegalStateException("cannot read parameter " + name, e);
      }
    }
    throw new IllegalStateException(getClass().getSimpleName() + " declares no parameter " + name
        + " for an output of the registry");
  }

  /** The file as an absolute, normalized path, so that messages name it plainly. */
  static Path path(File file) {
    return file.toPath().toAbsolutePath().normalize();
  }
}
