package io.github.errorspec.maven;

import io.github.errorspec.core.CheckRequest;
import io.github.errorspec.core.CheckResult;
import io.github.errorspec.core.spec.Diagnostic;
import java.util.stream.Collectors;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Fails the build when the spec is invalid or a committed output (the Markdown page, the
 * TypeScript and Python modules, the OpenAPI components, the HTML page, the JSON catalog, a file
 * of a client package) is stale or missing, naming the first differing line of each. Writes nothing. A docs page that does not exist yet is no failure.
 *
 * @since 0.1.0
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CheckMojo extends AbstractOutputsMojo {

  /**
   * Skips this goal only.
   *
   * @since 0.1.0
   */
  @Parameter(property = "errorspec.check.skip", defaultValue = "false")
  private boolean skipCheck;

  @Override
  boolean skipGoal() {
    return skipCheck;
  }

  @Override
  Work work() {
    return errorspec -> {
      CheckRequest request = new CheckRequest(path(spec), outputs(), baseline(),
          new CheckRequest.Commands("errorspec:docs", "errorspec:sync"));
      CheckResult result = errorspec.check(request);
      result.notes().forEach(note -> getLog().info("errorspec: " + note));
      if (!result.passed()) {
        throw new MojoFailureException(result.stale().stream().map(Diagnostic::toString)
            .collect(Collectors.joining("\n")));
      }
      getLog().info("errorspec: " + path(spec) + " is valid" + (result.upToDate().isEmpty() ? ""
          : "; up to date: " + result.upToDate().stream().map(Object::toString).collect(Collectors.joining(", "))));
    };
  }
}
