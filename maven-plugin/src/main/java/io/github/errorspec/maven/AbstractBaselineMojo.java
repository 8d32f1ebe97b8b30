package io.github.errorspec.maven;

import io.github.errorspec.core.Baseline;
import io.github.errorspec.core.spec.Diagnostic;
import io.github.errorspec.core.spec.InputException;
import io.github.errorspec.core.spec.SourceLocation;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.inject.Inject;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.resolution.ArtifactRequest;
import org.eclipse.aether.resolution.ArtifactResolutionException;

/** The goals that may compare with a baseline catalog: a file, or a released version's attached spec. */
abstract class AbstractBaselineMojo extends AbstractErrorspecMojo {

  private static final Pattern COORDINATES = Pattern.compile("[^:/\\\\\\s]+:[^:/\\\\\\s]+:[^:/\\\\\\s]+");

  /**
   * The catalog to compare with: a path to a spec file (relative to the project), or
   * {@code groupId:artifactId:version} of a released build, whose attached spec (type {@code yaml},
   * classifier {@code error-spec}) is resolved from the repositories. {@code docs}, {@code sync}
   * and {@code check} resolve it only for a page with a {@code changes} region.
   *
   * @since 0.1.0
   */
  @Parameter(property = "errorspec.baseline")
  protected String baseline;

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  protected MavenProject project;

  @Parameter(defaultValue = "${repositorySystemSession}", readonly = true, required = true)
  private RepositorySystemSession repositorySession;

  @Inject
  private RepositorySystem repositorySystem;

  /**
   * The configured baseline, named by its version for coordinates and by its path as configured
   * otherwise; a repository lookup happens only when the core needs the file.
   */
  Optional<Baseline> baseline() {
    if (baseline == null || baseline.isBlank()) {
      return Optional.empty();
    }
    String value = baseline.strip();
    if (!COORDINATES.matcher(value).matches()) {
      return Optional.of(new Baseline(value, () -> project.getBasedir().toPath().resolve(value).toAbsolutePath()
          .normalize()));
    }
    String[] parts = value.split(":");
    DefaultArtifact artifact = new DefaultArtifact(parts[0], parts[1], GenerateMojo.SPEC_CLASSIFIER,
        GenerateMojo.SPEC_TYPE, parts[2]);
    return Optional.of(new Baseline(parts[2], () -> {
      try {
        return repositorySystem.resolveArtifact(repositorySession,
            new ArtifactRequest(artifact, project.getRemoteProjectRepositories(), null)).getArtifact().getFile().toPath();
      } catch (ArtifactResolutionException e) {
        throw new InputException(List.of(new Diagnostic(SourceLocation.ofFile(project.getFile().toString()),
            "cannot resolve the baseline " + value + " (its spec, type " + GenerateMojo.SPEC_TYPE + ", classifier "
                + GenerateMojo.SPEC_CLASSIFIER + "): " + e.getMessage())));
      }
    }));
  }
}
