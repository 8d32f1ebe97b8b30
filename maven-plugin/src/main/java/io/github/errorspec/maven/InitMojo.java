package io.github.errorspec.maven;

import io.github.errorspec.core.InitRequest;
import io.github.errorspec.core.InitResult;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Writes {@code error-spec.schema.json} beside the spec, so that editors (VS Code with the YAML
 * extension, IntelliJ IDEA) check and complete the catalog, and a starter {@code error-spec.yaml}
 * whose first line points editors at it when there is no spec yet. An existing spec is never
 * changed; run it again after upgrading errorspec to refresh the schema.
 *
 * @since 0.1.0
 */
@Mojo(name = "init", threadSafe = true)
public class InitMojo extends AbstractErrorspecMojo {

  /**
   * Skips this goal only.
   *
   * @since 0.1.0
   */
  @Parameter(property = "errorspec.init.skip", defaultValue = "false")
  private boolean skipInit;

  @Override
  boolean skipGoal() {
    return skipInit;
  }

  @Override
  Work work() {
    return errorspec -> {
      InitResult result = errorspec.init(new InitRequest(path(spec)));
      result.changes().forEach(change -> getLog().info("errorspec: " + change));
      result.notes().forEach(note -> getLog().info("errorspec: " + note));
    };
  }
}
