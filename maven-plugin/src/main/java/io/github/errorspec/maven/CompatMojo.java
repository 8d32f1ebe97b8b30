package io.github.errorspec.maven;

import io.github.errorspec.core.compat.Finding;
import io.github.errorspec.core.compat.Finding.Severity;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.resolution.ArtifactRequest;
import org.eclipse.aether.resolution.ArtifactResolutionException;

/**
 * Fails the build on breaking changes to the error catalog against a baseline: a released
 * version's catalog, or a file. Breaking: a code removed without being retired, a retired code
 * reused, a changed status, field or retry advice, another Java package. Warnings: a changed
 * message, a code no longer deprecated.
 *
 * @since 0.1.0
 */
@Mojo(name = "compat", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CompatMojo extends AbstractErrorspecMojo {

  private static final Pattern COORDINATES = Pattern.compile("[^:/\\\\\\s]+:[^:/\\\\\\s]+:[^:/\\\\\\s]+");

  /**
   * The catalog to compare with: a path to a spec file (relative to the project), or {@code groupId:artifactId:version} of a
   * released build, whose attached spec (type {@code yaml}, classifier {@code error-spec}) is
   * resolved from the repositories. Without one, the goal says so and passes.
   *
   * @since 0.1.0
   */
  @Parameter(property = "errorspec.baseline")
  private String baseline;

  /**
   * The least severe finding that fails the build: {@code breaking}, {@code warning} or {@code none}.
   *
   * @since 0.1.0
   */
  @Parameter(property = "errorspec.compat.failOn", defaultValue = "breaking")
  private String failOn;

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  private MavenProject project;

  @Parameter(defaultValue = "${repositorySystemSession}", readonly = true, required = true)
  private RepositorySystemSession repositorySession;

  @Component
  private RepositorySystem repositorySystem;

  @Override
  Work work() {
    return errorspec -> {
      Severity threshold = threshold();
      if (baseline == null || baseline.isBlank()) {
        getLog().info("errorspec: no baseline configured (errorspec.baseline); compatibility not checked");
        return;
      }
      boolean coordinates = COORDINATES.matcher(baseline.strip()).matches();
      Path baselineFile = coordinates
          ? resolve(baseline.strip())
          : project.getBasedir().toPath().resolve(baseline.strip()).toAbsolutePath().normalize();
      String label = coordinates ? baseline.strip().substring(baseline.strip().lastIndexOf(':') + 1) : baseline.strip();
      List<Finding> findings = errorspec.compat(path(spec), baselineFile, label);
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

  private Path resolve(String coordinates) throws MojoFailureException {
    String[] parts = coordinates.split(":");
    DefaultArtifact artifact = new DefaultArtifact(parts[0], parts[1], GenerateMojo.SPEC_CLASSIFIER,
        GenerateMojo.SPEC_TYPE, parts[2]);
    try {
      return repositorySystem.resolveArtifact(repositorySession,
          new ArtifactRequest(artifact, project.getRemoteProjectRepositories(), null)).getArtifact().getFile().toPath();
    } catch (ArtifactResolutionException e) {
      throw new MojoFailureException("errorspec: cannot resolve the baseline " + coordinates + " (its spec, type "
          + GenerateMojo.SPEC_TYPE + ", classifier " + GenerateMojo.SPEC_CLASSIFIER + "): " + e.getMessage());
    }
  }
}
