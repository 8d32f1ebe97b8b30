package io.github.errorspec.core;

import io.github.errorspec.core.OutputChange.Change;
import io.github.errorspec.core.compat.CompatChecker;
import io.github.errorspec.core.generate.GeneratedFile;
import io.github.errorspec.core.load.ParsedSpec;
import io.github.errorspec.core.load.SpecFile;
import io.github.errorspec.core.load.SpecLoader;
import io.github.errorspec.core.output.CommittedOutput;
import io.github.errorspec.core.output.Output;
import io.github.errorspec.core.output.Outputs;
import io.github.errorspec.core.output.SourceOutput;
import io.github.errorspec.core.output.Staleness;
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
import javax.lang.model.SourceVersion;

/**
 * What a front end (the Maven plugin, the command line, a test) calls: one request in, one result
 * out, the user's mistakes reported as one {@link InputException}.
 *
 * <p>Every operation runs the same pipeline:
 *
 * <ol>
 *   <li>read: {@link SpecLoader} reads the file into the model, reporting each value it cannot use;
 *   <li>validate: {@link SpecValidator} checks the rules across entries, and each requested output
 *       adds its own; the problems of both steps are reported together;
 *   <li>generate: each {@link Output} turns the model into file contents, in memory;
 *   <li>write (or compare, for {@link #check}): only when everything before succeeded does
 *       {@link OutputWriter} touch the disk, leaving identical files alone.
 * </ol>
 *
 * <p>A failure therefore leaves the last good output as it was. The facade knows no output by
 * name but the docs page of {@link #docs}: committed outputs come with each request, source
 * outputs from the registry it was made with.
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
  private final List<SourceOutput> sources;

  /** A facade that drops warnings. */
  public Errorspec() {
    this(warning -> { });
  }

  /** A facade that reports the warnings of every spec it loads (not of baselines) to {@code warnings}. */
  public Errorspec(Warnings warnings) {
    this(warnings, Outputs.BUILT_IN);
  }

  /**
   * A facade whose {@link #generate} writes the source outputs of {@code outputs} instead of
   * {@link Outputs#BUILT_IN}'s: the always-on ones, and the opt-in ones a request switches on.
   */
  public Errorspec(Warnings warnings, List<? extends Output> outputs) {
    this.warnings = Objects.requireNonNull(warnings, "warnings");
    this.sources = Outputs.sources(outputs);
  }

  /** Reads and validates a spec, reporting its warnings. */
  public ErrorSpec load(Path spec) throws InputException, IOException {
    ErrorSpec model = loadQuietly(spec);
    model.warnings().forEach(warnings::warn);
    return model;
  }

  /**
   * Generates the Java API and every opt-in source output the request switches on. With a state
   * file, a run whose request, spec, errorspec build and outputs are as the last successful run
   * left them loads and generates nothing, and reports every output unchanged.
   */
  public WriteResult generate(GenerateRequest request) throws InputException, IOException {
    List<SourceOutput> selected = selected(request);
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
    ErrorSpec model = validated(loader.read(request.spec().toString(), content), selected);
    model.warnings().forEach(warnings::warn);
    String packageName = packageName(model, request.packageName());
    List<GeneratedFile> files = new ArrayList<>();
    for (SourceOutput output : selected) {
      files.addAll(output.generate(model, packageName));
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
    CommittedOutputs page = CommittedOutputs.none().with(Outputs.DOCS, request.docsFile());
    return sync(new SyncRequest(request.spec(), page, request.baseline())).get(0);
  }

  /**
   * Writes every configured committed output. An optional file that does not exist stays absent
   * (for the docs page, {@code docs} creates it).
   */
  public List<OutputChange> sync(SyncRequest request) throws InputException, IOException {
    Catalog catalog = new Catalog(load(request.spec()), request.baseline(), request.outputs().clientPackage(),
        this::loadQuietly);
    List<OutputChange> changes = new ArrayList<>();
    for (Planned output : plan(catalog, request.outputs())) {
      Path file = output.file();
      changes.add(output.content().isEmpty() ? new OutputChange(file, Change.ABSENT)
          : write(file, output.existing(), output.content().get()));
    }
    return changes;
  }

  /**
   * Checks that the spec is valid (throwing its problems) and that every configured committed
   * output is up to date, without writing.
   */
  public CheckResult check(CheckRequest request) throws InputException, IOException {
    Catalog catalog = new Catalog(load(request.spec()), request.baseline(), request.outputs().clientPackage(),
        this::loadQuietly);
    List<Path> upToDate = new ArrayList<>();
    List<Diagnostic> stale = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    for (Planned planned : plan(catalog, request.outputs())) {
      CommittedOutput output = planned.target().output();
      Path file = planned.file();
      String command = request.commands().fixing(output.goal());
      List<Diagnostic> problems;
      if (planned.existing().isEmpty() && planned.content().isEmpty()) {
        notes.add("there is no " + output.what() + " " + file + "; " + command + " creates one");
        continue;
      } else if (planned.existing().isEmpty()) {
        problems = List.of(new Diagnostic(SourceLocation.ofFile(file.toString()), "does not exist; run " + command));
      } else {
        problems = output.stale(catalog, file, planned.existing().get(), planned.content().get(), "; run " + command);
      }
      if (problems.isEmpty()) {
        upToDate.add(file);
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

  /** The always-on source outputs and the opt-in ones the request names, in registry order. */
  private List<SourceOutput> selected(GenerateRequest request) {
    List<String> known = sources.stream().map(SourceOutput::name).toList();
    request.optIns().stream().filter(name -> !known.contains(name)).findFirst().ifPresent(name -> {
      throw new IllegalArgumentException("no source output named " + name + " among " + known);
    });
    return sources.stream()
        .filter(output -> output.optIn().isEmpty() || request.optIns().contains(output.name()))
        .toList();
  }

  /** One file of a committed output: what it holds now, and what it should hold (empty: leave it absent). */
  private record Planned(CommittedOutputs.Target target, Path file, Optional<String> existing, Optional<String> content) {}

  private static List<Planned> plan(Catalog catalog, CommittedOutputs outputs) throws InputException, IOException {
    List<Planned> planned = new ArrayList<>();
    for (CommittedOutputs.Target target : outputs.files()) {
      String what = target.output().what();
      if (target.optional() && readText(target.path(), what).isEmpty()) {
        planned.add(new Planned(target, target.path(), Optional.empty(), Optional.empty()));
        continue;
      }
      for (CommittedOutput.File file : target.output().files(catalog, target.path(), path -> readText(path, what))) {
        planned.add(new Planned(target, file.path(), file.existing(), Optional.of(file.content())));
      }
    }
    return planned;
  }

  private ErrorSpec loadQuietly(Path spec) throws InputException, IOException {
    return validated(loader.read(spec.toString(), SpecFile.read(spec)), List.of());
  }

  /**
   * The model, when neither reading, nor the validator, nor the rules of the requested outputs
   * (such as Spring's fallbacks) found a problem; otherwise every problem at once.
   */
  private ErrorSpec validated(ParsedSpec parsed, List<SourceOutput> outputs) throws InputException {
    List<Diagnostic> problems = new ArrayList<>(parsed.problems());
    parsed.spec().ifPresent(model -> problems.addAll(validator.validate(model)));
    parsed.spec().ifPresent(model -> outputs.forEach(output -> problems.addAll(output.rules(model))));
    if (!problems.isEmpty()) {
      throw new InputException(problems);
    }
    return parsed.spec().orElseThrow();
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
