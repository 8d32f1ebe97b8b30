package io.github.errorspec.maven;

import io.github.errorspec.core.CompatRequest;
import io.github.errorspec.core.CompatResult;
import io.github.errorspec.core.compat.Finding;
import io.github.errorspec.core.compat.Finding.Severity;
import java.util.Optional;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Fails the build on breaking changes to the error catalog against a baseline: a released
 * version's catalog, or a file. Breaking: a code removed without being retired, a retired code
 * reused, a changed status, exception class, field or retry advice, another Java package.
 * Warnings: a changed message, a code no longer deprecated.
 *
 * @since 0.1.0
 */
@Mojo(name = "compat", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CompatMojo extends AbstractBaselineMojo {

  /**
   * The least severe finding that fails the build: {@code breaking}, {@code warning} or {@code none}.
   *
   * @since 0.1.0
   */
  @Parameter(property = "errorspec.compat.failOn", defaultValue = "breaking")
  private String failOn;

  /**
   * Skips this goal only.
   *
   * @since 0.1.0
   */
  @Parameter(property = "errorspec.compat.skip", defaultValue = "false")
  private boolean skipCompat;

  @Override
  boolean skipGoal() {
    return skipCompat;
  }

  @Override
  Work work() {
    return errorspec -> {
      Optional<Severity> threshold = threshold();
      if (baseline().isEmpty()) {
        getLog().info("errorspec: no baseline configured (errorspec.baseline); compatibility not checked");
        return;
      }
      CompatResult result = errorspec.compat(new CompatRequest(path(spec), baseline().get(), threshold));
      for (Finding finding : result.findings()) {
        if (result.failing().contains(finding)) {
          getLog().error(finding.toString());
        } else if (finding.severity() == Severity.INFO) {
          getLog().info(finding.toString());
        } else {
          getLog().warn(finding.toString());
        }
      }
      if (!result.passed()) {
        throw new MojoFailureException("errorspec: " + result.summary());
      }
      getLog().info("errorspec: " + result.summary());
    };
  }

  /** The severity that fails the build, or empty for {@code none}. */
  private Optional<Severity> threshold() throws MojoFailureException {
    try {
      return Severity.threshold(failOn);
    } catch (IllegalArgumentException e) {
      throw new MojoFailureException("errorspec: failOn must be breaking, warning or none, not '" + failOn + "'");
    }
  }
}
