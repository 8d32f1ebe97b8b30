package io.github.errorspec.maven;

import io.github.errorspec.core.GenerateRequest;
import io.github.errorspec.core.output.Outputs;
import io.github.errorspec.core.output.SourceOutput;
import io.github.errorspec.core.write.WriteResult;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.inject.Inject;
import org.apache.maven.model.Resource;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.project.MavenProjectHelper;

/**
 * Generates the Java API of the error catalog ({@code ErrorCode}, {@code ApiException} and one
 * subclass per error status, {@code ErrorResponse}, {@code RetryPolicy}, and with {@code spring}
 * the Spring Boot integration) and adds it as a source root, and the resource Spring Boot's
 * auto-configuration reads, generated beside it, as a resource root. Unchanged files are not rewritten;
 * files of removed statuses are deleted.
 *
 * @since 0.1.0
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public class GenerateMojo extends AbstractErrorspecMojo {

  /** The spec is attached to the project as an artifact of this type and classifier. */
  static final String SPEC_TYPE = "yaml";
  static final String SPEC_CLASSIFIER = "error-spec";

  /**
   * The Java package of the generated code; overrides the spec's {@code package}.
   *
   * @since 0.1.0
   */
  @Parameter(property = "errorspec.packageName")
  private String packageName;

  /**
   * Where the generated sources go; errorspec owns the directory's generated files.
   *
   * @since 0.1.0
   */
  @Parameter(property = "errorspec.outputDirectory",
      defaultValue = "${project.build.directory}/generated-sources/errorspec", required = true)
  private File outputDirectory;

  /**
   * Also generates the Spring Boot integration ({@code ApiExceptionHandler}, {@code ApiErrorFilter},
   * {@code RequestIdFilter}, {@code ApiErrorMetrics}, {@code TomcatErrorReport} (requests Tomcat rejects before
   * Spring sees them), {@code @EnableApiErrors}, {@code ApiErrorsAutoConfiguration} and its
   * {@code META-INF/spring} imports file, added as a resource), so that every error a Spring Boot 3.5
   * or 4 server sends is the catalog's envelope with no annotation; needs the spec's {@code fallbacks}.
   *
   * @since 0.1.0
   */
  @Parameter(property = "errorspec.spring", defaultValue = "false")
  private boolean spring; // read by optIns(), as the switch of every opt-in output of the registry

  /**
   * Attaches the spec to the project (type {@code yaml}, classifier {@code error-spec}), so that
   * every installed or deployed version carries its catalog for {@code compat} to compare with.
   *
   * @since 0.1.0
   */
  @Parameter(property = "errorspec.attach", defaultValue = "true")
  private boolean attach;

  /**
   * Skips this goal only.
   *
   * @since 0.1.0
   */
  @Parameter(property = "errorspec.generate.skip", defaultValue = "false")
  private boolean skipGenerate;

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  private MavenProject project;

  @Inject
  private MavenProjectHelper projectHelper;

  @Override
  boolean skipGoal() {
    return skipGenerate;
  }

  @Override
  Work work() {
    return errorspec -> {
      long start = System.nanoTime();
      // One state per execution: two catalogs generated in one module must not reset each other's.
      Path stateFile = Path.of(project.getBuild().getDirectory(), "errorspec", "generate-" + executionId() + ".state");
      WriteResult result = errorspec.generate(new GenerateRequest(path(spec), Optional.ofNullable(packageName),
          path(outputDirectory), optIns(), Optional.of(stateFile)));
      project.addCompileSourceRoot(outputDirectory.getPath());
      addResources();
      if (attach) {
        projectHelper.attachArtifact(project, SPEC_TYPE, SPEC_CLASSIFIER, path(spec).toFile());
      }
      String summary = "errorspec: " + result.summary("Java files", path(outputDirectory));
      if (result.upToDate()) {
        getLog().debug(summary + ": up to date (" + (System.nanoTime() - start) / 1_000_000 + " ms)");
      } else {
        getLog().info(summary);
      }
    };
  }

  /**
   * Adds the resources generated beside the sources (Spring Boot's auto-configuration imports) as
   * a resource root, so that they land in the jar; the sources themselves stay out of it.
   */
  private void addResources() {
    if (Files.isDirectory(path(outputDirectory).resolve("META-INF"))) {
      Resource resources = new Resource();
      resources.setDirectory(outputDirectory.getPath());
      resources.addInclude("META-INF/**");
      project.addResource(resources);
    }
  }

  /** The opt-in source outputs of the registry whose switch is on. */
  private List<String> optIns() {
    return Outputs.sources(Outputs.BUILT_IN).stream()
        .filter(output -> output.optIn().isPresent() && (Boolean) parameter(output.optIn().get().name()))
        .map(SourceOutput::name)
        .toList();
  }
}
