package io.github.errorspec.maven;

import io.github.errorspec.core.Errorspec.DocsOutcome;
import java.io.File;
import java.util.Optional;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Regenerates the tables of the Markdown reference page in place, between its
 * {@code <!-- errorspec:begin NAME -->} and {@code <!-- errorspec:end NAME -->} markers, keeping
 * every other byte; writes a complete page when there is none yet.
 *
 * @since 0.1.0
 */
@Mojo(name = "docs", threadSafe = true)
public class DocsMojo extends AbstractBaselineMojo {

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
      DocsOutcome outcome = errorspec.docs(path(spec), path(docsFile),
          errorspec.needsBaseline(path(docsFile)) ? baselineFile() : Optional.empty(), baselineLabel());
      switch (outcome) {
        case CREATED -> getLog().info("errorspec: created " + path(docsFile));
        case UPDATED -> getLog().info("errorspec: updated the tables of " + path(docsFile));
        default -> getLog().info("errorspec: " + path(docsFile) + " is up to date");
      }
    };
  }
}
