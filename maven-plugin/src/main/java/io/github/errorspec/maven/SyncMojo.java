package io.github.errorspec.maven;

import io.github.errorspec.core.OutputChange;
import io.github.errorspec.core.OutputChange.Change;
import io.github.errorspec.core.SyncRequest;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Writes every committed output that is configured: the Markdown page (when it exists:
 * {@code errorspec:docs} creates it), {@code typescriptFile}, {@code pythonFile},
 * {@code openapiFile}, {@code htmlFile}, {@code jsonFile}, and every file of the client packages
 * {@code typescriptPackage} and {@code pythonPackage}. Up-to-date files are not rewritten.
 *
 * @since 0.1.0
 */
@Mojo(name = "sync", threadSafe = true)
public class SyncMojo extends AbstractOutputsMojo {

  /**
   * Skips this goal only.
   *
   * @since 0.1.0
   */
  @Parameter(property = "errorspec.sync.skip", defaultValue = "false")
  private boolean skipSync;

  @Override
  boolean skipGoal() {
    return skipSync;
  }

  @Override
  Work work() {
    return errorspec -> {
      SyncRequest request = new SyncRequest(path(spec), outputs(), baseline());
      for (OutputChange change : errorspec.sync(request)) {
        getLog().info("errorspec: " + change + (change.change() == Change.ABSENT ? " (errorspec:docs creates it)" : ""));
      }
    };
  }
}
