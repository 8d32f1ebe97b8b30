package io.github.errorspec.maven;

import io.github.errorspec.core.DocsRequest;
import io.github.errorspec.core.OutputChange;
import java.io.File;
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

  /**
   * Skips this goal only.
   *
   * @since 0.1.0
   */
  @Parameter(property = "errorspec.docs.skip", defaultValue = "false")
  private boolean skipDocs;

  @Override
  boolean skipGoal() {
    return skipDocs;
  }

  @Override
  Work work() {
    return errorspec -> {
      OutputChange change = errorspec.docs(new DocsRequest(path(spec), path(docsFile), baseline()));
      switch (change.change()) {
        case CREATED -> getLog().info("errorspec: created " + change.file());
        case UPDATED -> getLog().info("errorspec: updated the tables of " + change.file());
        default -> getLog().info("errorspec: " + change.file() + " is up to date");
      }
    };
  }
}
