package io.github.errorspec.core;

import io.github.errorspec.core.compat.CompatChecker;
import io.github.errorspec.core.compat.Finding;
import io.github.errorspec.core.generate.GeneratedFile;
import io.github.errorspec.core.generate.java.JavaGenerator;
import io.github.errorspec.core.generate.markdown.MarkdownDocs;
import io.github.errorspec.core.generate.spring.SpringGenerator;
import io.github.errorspec.core.load.SpecFile;
import io.github.errorspec.core.load.SpecLoader;
import io.github.errorspec.core.spec.Diagnostic;
import io.github.errorspec.core.spec.ErrorSpec;
import io.github.errorspec.core.spec.InputException;
import io.github.errorspec.core.spec.SourceLocation;
import io.github.errorspec.core.write.BuildState;
import io.github.errorspec.core.write.OutputWriter;
import io.github.errorspec.core.write.WriteResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.SourceVersion;

/**
 * What a front end (the Maven plugin, a test, another build tool) calls: each method takes paths,
 * runs the whole pipeline and reports the user's mistakes as one {@link InputException}.
 *
 * <p>The pipeline: {@link SpecLoader} reads and checks the spec (every problem at once); the
 * generators turn the model into file contents in memory; only when all of that succeeded does
 * {@link OutputWriter} touch the disk, leaving identical files alone. A failure therefore leaves
 * the last good output as it was.
 */
public final class Errorspec {

  /** What {@link #docs} did to the page. */
  public enum DocsOutcome {
    CREATED,
    UPDATED,
    UP_TO_DATE
  }

  private final OutputWriter writer = new OutputWriter();

  /** Loads and checks a spec. */
  public ErrorSpec load(Path spec) throws InputException, IOException {
    return new SpecLoader().load(spec);
  }

  /**
   * Generates the Java API into {@code outputDirectory}, in {@code packageOverride} when given,
   * otherwise in the spec's {@code package}.
   */
  public WriteResult generateJava(Path spec, Optional<String> packageOverride, Path outputDirectory)
      throws InputException, IOException {
    return generateJava(spec, packageOverride, outputDirectory, Optional.empty());
  }

  /**
   * As {@link #generateJava(Path, Optional, Path)}, remembering the run in {@code stateFile}: when
   * the spec, the parameters, errorspec itself and every output are as the last successful run
   * left them, nothing is loaded or generated, and every output is reported unchanged.
   */
  public WriteResult generateJava(Path spec, Optional<String> packageOverride, Path outputDirectory,
      Optional<Path> stateFile) throws InputException, IOException {
    return generateJava(spec, packageOverride, outputDirectory, stateFile, false);
  }

  /**
   * As {@link #generateJava(Path, Optional, Path, Optional)}, with the Spring Boot integration
   * ({@link SpringGenerator}) beside the Java API when {@code spring} is true; the spec must then
   * name a fallback for every status Spring answers on its own.
   */
  public WriteResult generateJava(Path spec, Optional<String> packageOverride, Path outputDirectory,
      Optional<Path> stateFile, boolean spring) throws InputException, IOException {
    byte[] content = SpecFile.read(spec);
    String key = BuildState.key("java", spec.toString(), packageOverride.orElse(""),
        outputDirectory.toAbsolutePath().toString(), "spring=" + spring);
    BuildState state = stateFile.isPresent() ? new BuildState(stateFile.get()) : null;
    if (state != null) {
      Optional<List<Path>> outputs = state.upToDateOutputs(key, content);
      if (outputs.isPresent()) {
        return new WriteResult(List.of(), outputs.get(), List.of());
      }
      state.clear();
    }
    ErrorSpec model = new SpecLoader().parse(spec.toString(), content);
    String packageName = packageName(model, packageOverride);
    List<GeneratedFile> files = new ArrayList<>(new JavaGenerator().generate(model, packageName));
    if (spring) {
      files.addAll(new SpringGenerator().generate(model, packageName));
    }
    WriteResult result = writer.writeAll(outputDirectory, files);
    if (state != null) {
      List<Path> outputs = new ArrayList<>(result.written());
      outputs.addAll(result.unchanged());
      state.record(key, content, outputs);
    }
    return result;
  }

  /** Regenerates the tables of {@code page} in place, or writes a complete page when there is none. */
  public DocsOutcome docs(Path spec, Path page) throws InputException, IOException {
    return docs(spec, page, Optional.empty(), "");
  }

  /**
   * As {@link #docs(Path, Path)}, with a baseline catalog (named {@code baselineLabel}) for the
   * page's {@code changes} region.
   */
  public DocsOutcome docs(Path spec, Path page, Optional<Path> baseline, String baselineLabel)
      throws InputException, IOException {
    ErrorSpec model = new SpecLoader().load(spec);
    MarkdownDocs docs = new MarkdownDocs();
    Optional<String> existing = read(page);
    String content = existing.isPresent()
        ? docs.regenerate(model, page.toString(), existing.get(), baseline(baseline, baselineLabel))
        : docs.standalonePage(model);
    if (!writer.write(page, content)) {
      return DocsOutcome.UP_TO_DATE;
    }
    return existing.isPresent() ? DocsOutcome.UPDATED : DocsOutcome.CREATED;
  }

  /**
   * Checks that the spec is valid and {@code page} up to date, without writing; {@code remedy} ends
   * each message about the page (such as "; run errorspec:docs").
   */
  public void check(Path spec, Path page, String remedy) throws InputException, IOException {
    check(spec, page, remedy, Optional.empty(), "");
  }

  /** As {@link #check(Path, Path, String)}, with a baseline catalog for the page's {@code changes} region. */
  public void check(Path spec, Path page, String remedy, Optional<Path> baseline, String baselineLabel)
      throws InputException, IOException {
    ErrorSpec model = new SpecLoader().load(spec);
    Optional<String> existing = read(page);
    if (existing.isEmpty()) {
      throw new InputException(List.of(new Diagnostic(SourceLocation.ofFile(page.toString()),
          "no such page" + remedy)));
    }
    List<Diagnostic> stale = new MarkdownDocs().check(model, page.toString(), existing.get(), remedy,
        baseline(baseline, baselineLabel));
    if (!stale.isEmpty()) {
      throw new InputException(stale);
    }
  }

  /**
   * The differences between the catalog and a baseline catalog (a released version's), sorted by
   * position; {@code baselineLabel} names the baseline in each message.
   */
  public List<Finding> compat(Path spec, Path baseline, String baselineLabel) throws InputException, IOException {
    ErrorSpec current = new SpecLoader().load(spec);
    ErrorSpec previous = new SpecLoader().load(baseline);
    return new CompatChecker().compare(previous, current, baselineLabel);
  }

  /**
   * Whether {@code page} exists and has a {@code changes} region, so that a front end resolves a
   * baseline (perhaps from a repository) only for pages that use it.
   */
  public boolean needsBaseline(Path page) throws IOException {
    return read(page).map(MarkdownDocs::needsBaseline).orElse(false);
  }

  private static Optional<MarkdownDocs.Baseline> baseline(Optional<Path> file, String label)
      throws InputException, IOException {
    if (file.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new MarkdownDocs.Baseline(new SpecLoader().load(file.get()), label));
  }

  private static String packageName(ErrorSpec spec, Optional<String> override) throws InputException {
    if (override.isPresent()) {
      if (!SourceVersion.isName(override.get())) {
        throw new InputException(List.of(new Diagnostic(spec.location(), "the package name '" + override.get()
            + "' given to the build is not a valid Java package name")));
      }
      return override.get();
    }
    return spec.packageName().orElseThrow(() -> new InputException(List.of(new Diagnostic(spec.location(),
        "no Java package for the generated code: add 'package: com.example.errors' to the spec, "
            + "or set the plugin's packageName"))));
  }

  private static Optional<String> read(Path file) throws IOException {
    try {
      return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    }
  }
}
