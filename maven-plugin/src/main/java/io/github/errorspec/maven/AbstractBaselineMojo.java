package io.github.errorspec.maven;

import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.resolution.ArtifactRequest;
import org.eclipse.aether.resolution.ArtifactResolutionException;

/** The goals that compare with a baseline catalog: a file, or a released version's attached spec. */
abstract class AbstractBaselineMojo extends AbstractErrorspecMojo {

  private static final Pattern COORDINATES = Pattern.compile("[^:/\\\\\\s]+:[^:/\\\\\\s]+:[^:/\\\\\\s]+");

  /**
   * The catalog to compare with: a path to a spec file (relative to the project), or
   * {@code groupId:artifactId:version} of a released build, whose attached spec (type {@code yaml},
   * classifier {@code error-spec}) is resolved from the repositories. {@code docs} and {@code check}
   * resolve it only for a page with a {@code changes} region.
   *
   * @since 0.1.0
   */
  @Parameter(property = "errorspec.baseline")
  protected String baseline;

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  protected MavenProject project;

  @Parameter(defaultValue = "${repositorySystemSession}", readonly = true, required = true)
  private RepositorySystemSession repositorySession;

  @Component
  private RepositorySystem repositorySystem;

  boolean hasBaseline() {
    return baseline != null && !baseline.isBlank();
  }

  /** The baseline's spec file, resolved from the repositories when given as coordinates. */
  Optional<Path> baselineFile() throws MojoFailureException {
    if (!hasBaseline()) {
      return Optional.empty();
    }
    String value = baseline.strip();
    if (!COORDINATES.matcher(value).matches()) {
      return Optional.of(project.getBasedir().toPath().resolve(value).toAbsolutePath().normalize());
    }
    String[] parts = value.split(":");
    DefaultArtifact artifact = new DefaultArtifact(parts[0], parts[1], GenerateMojo.SPEC_CLASSIFIER,
        GenerateMojo.SPEC_TYPE, parts[2]);
    try {
      return Optional.of(repositorySystem.resolveArtifact(repositorySession,
          new ArtifactRequest(artifact, project.getRemoteProjectRepositories(), null)).getArtifact().getFile().toPath());
    } catch (ArtifactResolutionException e) {
      throw new MojoFailureException("errorspec: cannot resolve the baseline " + value + " (its spec, type "
          + GenerateMojo.SPEC_TYPE + ", classifier " + GenerateMojo.SPEC_CLASSIFIER + "): " + e.getMessage());
    }
  }

  /** How messages name the baseline: the version for coordinates, the path as configured otherwise. */
  String baselineLabel() {
    if (!hasBaseline()) {
      return "";
    }
    String value = baseline.strip();
    return COORDINATES.matcher(value).matches() ? value.substring(value.lastIndexOf(':') + 1) : value;
  }
}
