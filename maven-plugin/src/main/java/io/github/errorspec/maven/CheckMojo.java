package io.github.errorspec.maven;

import java.io.File;
import java.util.Optional;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Fails the build when the spec is invalid or the Markdown reference page is stale, naming the
 * first differing line of each stale region. Writes nothing.
 *
 * @since 0.1.0
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CheckMojo extends AbstractBaselineMojo {

  /**
   * The Markdown reference page.
   *
   * @since 0.1.0
   */
  @Parameter(property = "errorspec.docsFile", defaultValue = "${project.basedir}/docs/error-codes.md", required = true)
  private File docsFile;

  @Override
  Work work() {
    return errorspec -> {
      errorspec.check(path(spec), path(docsFile), "; run errorspec:docs",
          errorspec.needsBaseline(path(docsFile)) ? baselineFile() : Optional.empty(), baselineLabel());
      getLog().info("errorspec: " + path(spec) + " is valid and " + path(docsFile) + " is up to date");
    };
  }
}
