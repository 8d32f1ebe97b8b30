package io.github.errorspec.core;

import io.github.errorspec.core.OutputChange.Change;
import io.github.errorspec.core.compat.CompatChecker;
import io.github.errorspec.core.generate.GeneratedFile;
import io.github.errorspec.core.generate.java.JavaGenerator;
import io.github.errorspec.core.generate.markdown.MarkdownDocs;
import io.github.errorspec.core.generate.openapi.OpenApiGenerator;
import io.github.errorspec.core.generate.python.PythonGenerator;
import io.github.errorspec.core.generate.spring.SpringGenerator;
import io.github.errorspec.core.generate.typescript.TypeScriptGenerator;
import io.github.errorspec.core.load.ParsedSpec;
import io.github.errorspec.core.load.SpecFile;
import io.github.errorspec.core.load.SpecLoader;
import io.github.errorspec.core.spec.Diagnostic;
import io.github.errorspec.core.spec.ErrorSpec;
import io.github.errorspec.core.spec.FileProblems;
import io.github.errorspec.core.spec.InputException;
import io.github.errorspec.core.spec.SourceLocation;
import io.github.errorspec.core.validate.SpecValidator;
import io.github.errorspec.core.write.BuildState;
import io.github.errorspec.core.write.OutputWriter;
import io.github.errorspec.core.write.WriteResult;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import javax.lang.model.SourceVersion;

/**
 * What a front end (the Maven plugin, the command line, a test) calls: one request in, one result
 * out, the user's mistakes reported as one {@link InputException}.
 *
 * <p>Every operation runs the same pipeline:
 *
 * <ol>
 *   <li>read: {@link SpecLoader} reads the file into the model, reporting each value it cannot use;
 *   <li>validate: {@link SpecValidator} checks the rules across entries; the problems of both steps
 *       are reported together;
 *   <li>generate: the generators turn the model into file contents, in memory;
 *   <li>write (or compare, for {@link #check}): only when everything before succeeded does
 *       {@link OutputWriter} touch the disk, leaving identical files alone.
 * </ol>
 *
 * <p>A failure therefore leaves the last good output as it was.
 */
public final class Errorspec {

  /** The first line of a spec that editors check against the schema beside it. */
  private static final String SCHEMA_COMMENT = "# yaml-language-server: $schema=./" + InitRequest.SCHEMA_FILE;

  /** Receives what a spec that loads still seems to get wrong, such as a message cut short by a YAML comment. */
  @FunctionalInterface
  public interface Warnings {
    /** One warning, at its position in the spec. */
    void warn(Diagnostic warning);
  }

  private final SpecLoader loader = new SpecLoader();
  private final SpecValidator validator = new SpecValidator();
  private final OutputWriter writer = new OutputWriter();
  private final Warnings warnings;

  /** A facade that drops warnings. */
  public Errorspec() {
    this(warning -> { });
  }

  /** A facade that reports the warnings of every spec it loads (not of baselines) to {@code warnings}. */
  public Errorspec(Warnings warnings) {
    this.warnings = Objects.requireNonNull(warnings, "warnings");
  }

  /** Reads and validates a spec, reporting its warnings. */
  public ErrorSpec load(Path spec) throws InputException, IOException {
    ErrorSpec model = loadQuietly(spec);
    model.warnings().forEach(warnings::warn);
    return model;
  }

  /**
   * Generates the Java API. With a state file, a run whose request, spec, errorspec build and
   * outputs are as the last successful run left them loads and generates nothing, and reports
   * every output unchanged.
   */
  public WriteResult generate(GenerateRequest request) throws InputException, IOException {
    byte[] content = SpecFile.read(request.spec());
    String key = BuildState.key("java", request.toString());
    Optional<BuildState> state = request.stateFile().map(BuildState::new);
    if (state.isPresent()) {
      Optional<List<Path>> outputs = state.get().upToDateOutputs(key, content);
      if (outputs.isPresent()) {
        return new WriteResult(List.of(), outputs.get(), List.of());
      }
      state.get().clear();
    }
    ErrorSpec model = validated(loader.read(request.spec().toString(), content),
        request.spring() ? new SpringGenerator()::check : spec -> List.of());
    model.warnings().forEach(warnings::warn);
    String packageName = packageName(model, request.packageName());
    List<GeneratedFile> files = new ArrayList<>(new JavaGenerator().generate(model, packageName));
    if (request.spring()) {
      files.addAll(new SpringGenerator().generate(model, packageName));
    }
    WriteResult result = writer.writeAll(request.javaOutputDirectory(), files);
    if (state.isPresent()) {
      List<Path> outputs = new ArrayList<>(result.written());
      outputs.addAll(result.unchanged());
      state.get().record(key, content, outputs);
    }
    return result;
  }

  /** Regenerates the tables of the docs page in place, or writes a complete page when there is none. */
  public OutputChange docs(DocsRequest request) throws InputException, IOException {
    ErrorSpec model = load(request.spec());
    Path page = request.docsFile();
    Optional<String> existing = readText(page, "docs page");
    String content = existing.isPresent()
        ? new MarkdownDocs().regenerate(model, page.toString(), existing.get(), baseline(existing.get(),
            request.baseline()))
        : new MarkdownDocs().standalonePage(model);
    return write(page, existing, content);
  }

  /**
   * Writes every configured committed output. An optional docs page that does not exist stays
   * absent ({@code docs} creates it).
   */
  public List<OutputChange> sync(SyncRequest request) throws InputException, IOException {
    ErrorSpec model = load(request.spec());
    List<Planned> planned = plan(model, request.outputs(), request.baseline());
    List<OutputChange> changes = new ArrayList<>();
    for (Planned output : planned) {
      if (output.content().isEmpty()) {
        changes.add(new OutputChange(output.file(), Change.ABSENT));
      } else {
        changes.add(write(output.file(), output.existing(), output.content().get()));
      }
    }
    return changes;
  }

  /**
   * Checks that the spec is valid (throwing its problems) and that every configured committed
   * output is up to date, without writing.
   */
  public CheckResult check(CheckRequest request) throws InputException, IOException {
    ErrorSpec model = load(request.spec());
    List<Path> upToDate = new ArrayList<>();
    List<Diagnostic> stale = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    CheckRequest.Commands commands = request.commands();
    for (Planned output : plan(model, request.outputs(), request.baseline())) {
      String file = output.file().toString();
      List<Diagnostic> problems;
      if (output.existing().isEmpty() && output.content().isEmpty()) {
        notes.add("there is no docs page " + file + "; " + commands.docs() + " creates one");
        continue;
      } else if (output.existing().isEmpty()) {
        problems = List.of(new Diagnostic(SourceLocation.ofFile(file), "does not exist; run " + command(output,
            commands)));
      } else if (output.markdown()) {
        problems = new MarkdownDocs().check(model, file, output.existing().get(), "; run " + commands.docs(),
            baseline(output.existing().get(), request.baseline()));
      } else {
        problems = Staleness.firstDifference(file, output.content().get(), output.existing().get())
            .map(difference -> List.of(new Diagnostic(difference.location(), difference.message()
                + "; run " + commands.sync())))
            .orElse(List.of());
      }
      if (problems.isEmpty()) {
        upToDate.add(output.file());
      }
      stale.addAll(problems);
    }
    return new CheckResult(upToDate, stale, notes);
  }

  /** The differences between the catalog and a released one. */
  public CompatResult compat(CompatRequest request) throws InputException, IOException {
    ErrorSpec current = load(request.spec());
    ErrorSpec previous = loadQuietly(request.baseline().source().resolve());
    String label = request.baseline().label();
    return new CompatResult(label, new CompatChecker().compare(previous, current, label), request.failOn());
  }

  /**
   * Writes the JSON Schema beside the spec, so that editors check and complete it, and a starter
   * catalog whose first line points editors at the schema when there is no spec yet. An existing
   * spec is never changed.
   */
  public InitResult init(InitRequest request) throws InputException, IOException {
    List<OutputChange> changes = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    Path schema = request.schema();
    changes.add(write(schema, readText(schema, "schema file"), resource(InitRequest.SCHEMA_FILE)));
    Optional<String> spec = readText(request.spec(), "spec file");
    if (spec.isEmpty()) {
      changes.add(write(request.spec(), spec, resource("starter-error-spec.yaml")));
    } else if (!spec.get().startsWith(SCHEMA_COMMENT)) {
      notes.add("to let editors check " + request.spec() + ", make its first line: " + SCHEMA_COMMENT);
    }
    return new InitResult(changes, notes);
  }

  /** One committed output: its file, what it holds now, and what it should hold (empty: leave it absent). */
  private record Planned(Path file, boolean markdown, Optional<String> existing, Optional<String> content) {}

  private List<Planned> plan(ErrorSpec model, CommittedOutputs outputs, Optional<Baseline> baseline)
      throws InputException, IOException {
    List<Planned> planned = new ArrayList<>();
    if (outputs.docsFile().isPresent()) {
      Path page = outputs.docsFile().get();
      Optional<String> existing = readText(page, "docs page");
      Optional<String> content;
      if (existing.isPresent()) {
        content = Optional.of(new MarkdownDocs().regenerate(model, page.toString(), existing.get(),
            baseline(existing.get(), baseline)));
      } else {
        content = outputs.docsOptional() ? Optional.empty() : Optional.of(new MarkdownDocs().standalonePage(model));
      }
      planned.add(new Planned(page, true, existing, content));
    }
    if (outputs.typescriptFile().isPresent()) {
      planned.add(module(outputs.typescriptFile().get(), "TypeScript file", new TypeScriptGenerator().generate(model)));
    }
    if (outputs.pythonFile().isPresent()) {
      planned.add(module(outputs.pythonFile().get(), "Python file", new PythonGenerator().generate(model)));
    }
    if (outputs.openapiFile().isPresent()) {
      planned.add(module(outputs.openapiFile().get(), "OpenAPI file", new OpenApiGenerator().generate(model)));
    }
    return planned;
  }

  /** A generated file that the project commits: always written whole, never optional. */
  private static Planned module(Path file, String what, String content) throws InputException {
    return new Planned(file, false, readText(file, what), Optional.of(content));
  }

  private static String command(Planned output, CheckRequest.Commands commands) {
    return output.markdown() ? commands.docs() : commands.sync();
  }

  private ErrorSpec loadQuietly(Path spec) throws InputException, IOException {
    return validated(loader.read(spec.toString(), SpecFile.read(spec)), model -> List.of());
  }

  /**
   * The model, when neither reading, nor the validator, nor the rules of the requested outputs
   * (such as Spring's fallbacks) found a problem; otherwise every problem at once.
   */
  private ErrorSpec validated(ParsedSpec parsed, Function<ErrorSpec, List<Diagnostic>> outputRules)
      throws InputException {
    List<Diagnostic> problems = new ArrayList<>(parsed.problems());
    parsed.spec().ifPresent(model -> problems.addAll(validator.validate(model)));
    parsed.spec().ifPresent(model -> problems.addAll(outputRules.apply(model)));
    if (!problems.isEmpty()) {
      throw new InputException(problems);
    }
    return parsed.spec().orElseThrow();
  }

  /** The baseline a page's {@code changes} region needs, resolved only for a page that has one. */
  private Optional<MarkdownDocs.Baseline> baseline(String page, Optional<Baseline> baseline)
      throws InputException, IOException {
    if (baseline.isEmpty() || !MarkdownDocs.needsBaseline(page)) {
      return Optional.empty();
    }
    return Optional.of(new MarkdownDocs.Baseline(loadQuietly(baseline.get().source().resolve()),
        baseline.get().label()));
  }

  private OutputChange write(Path file, Optional<String> existing, String content) throws InputException, IOException {
    if (existing.isPresent() && Staleness.sameText(existing.get(), content)) {
      return new OutputChange(file, Change.UP_TO_DATE);
    }
    writer.write(file, content);
    return new OutputChange(file, existing.isPresent() ? Change.UPDATED : Change.CREATED);
  }

  /** A text file's content, or empty when it does not exist; unusable files are the user's to fix. */
  private static Optional<String> readText(Path file, String what) throws InputException {
    try {
      return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw FileProblems.cannotRead(file, what, e);
    }
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = Errorspec.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IOException("errorspec's own resource " + name + " is missing");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
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
            + "or give the build one (plugin parameter packageName, command-line option --package)"))));
  }
}
