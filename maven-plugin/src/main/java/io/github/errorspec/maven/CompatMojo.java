package io.github.errorspec.maven;

import io.github.errorspec.core.compat.Finding;
import io.github.errorspec.core.compat.Finding.Severity;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Fails the build on breaking changes to the error catalog against a baseline: a released
 * version's catalog, or a file. Breaking: a code removed without being retired, a retired code
 * reused, a changed status, field or retry advice, another Java package. Warnings: a changed
 * message, a code no longer deprecated.
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

  @Override
  Work work() {
    return errorspec -> {
      Severity threshold = threshold();
      if (!hasBaseline()) {
        getLog().info("errorspec: no baseline configured (errorspec.baseline); compatibility not checked");
        return;
      }
      List<Finding> findings = errorspec.compat(path(spec), baselineFile().orElseThrow(), baselineLabel());
      for (Finding finding : findings) {
        if (finding.severity() == Severity.INFO) {
          getLog().info(finding.toString());
        } else {
          getLog().warn(finding.toString());
        }
      }
      List<Finding> failing = threshold == null ? List.of()
          : findings.stream().filter(finding -> finding.severity().atLeast(threshold)).collect(Collectors.toList());
      if (!failing.isEmpty()) {
        throw new MojoFailureException(failing.stream().map(Finding::toString).collect(Collectors.joining("\n")));
      }
      getLog().info("errorspec: compatible with " + baseline.strip() + " (" + findings.size() + " findings)");
    };
  }

  /** The severity that fails the build, or null for {@code none}. */
  private Severity threshold() throws MojoFailureException {
    switch (failOn.strip().toLowerCase(Locale.ROOT)) {
      case "breaking":
        return Severity.BREAKING;
      case "warning":
        return Severity.WARNING;
      case "none":
        return null;
      default:
        throw new MojoFailureException("errorspec: failOn must be breaking, warning or none, not '" + failOn + "'");
    }
  }
}
