package io.github.errorspec.core.output;

import io.github.errorspec.core.spec.Diagnostic;
import io.github.errorspec.core.spec.InputException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A file a project commits, named by one parameter: {@code sync} writes it, {@code check} fails
 * when it is stale. {@link WholeFile} is such an output for a generator of one whole file.
 */
public non-sealed interface CommittedOutput extends Output {

  /** The parameter that names the file. */
  Parameter parameter();

  /** How a message about a file that cannot be read names it, such as "TypeScript file". */
  String what();

  /** Every committed output but the docs page is written by {@code sync} alone. */
  @Override
  default Goal goal() {
    return Goal.SYNC;
  }

  /**
   * What {@code file} should hold, given what it holds now, if it exists (a page regenerated in
   * place keeps its prose).
   *
   * @throws InputException when the existing file cannot be used, such as a page with a broken region
   */
  String content(Context context, Path file, Optional<String> existing) throws InputException, IOException;

  /** Reads a file of an output: empty when it does not exist. */
  @FunctionalInterface
  interface Reader {
    Optional<String> read(Path file) throws InputException;
  }

  /**
   * One file of an output.
   *
   * @param path where it is
   * @param existing what it holds now; empty when it does not exist
   * @param content what it should hold
   */
  record File(Path path, Optional<String> existing, String content) {}

  /**
   * The files of this output when its parameter names {@code target}: by default {@code target}
   * itself, filled by {@link #content}. An output of a whole directory (a client package) gives
   * each file it writes under {@code target}; other files there are left alone.
   */
  default List<File> files(Context context, Path target, Reader reader) throws InputException, IOException {
    Optional<String> existing = reader.read(target);
    return List.of(new File(target, existing, content(context, target, existing)));
  }

  /**
   * Where the existing {@code committed} text is stale, each place followed by {@code remedy}
   * (such as "; run errorspec:sync"); empty when up to date. By default the whole file counts: its
   * first line that differs from {@code generated}, line endings aside.
   */
  default List<Diagnostic> stale(Context context, Path file, String committed, String generated, String remedy)
      throws InputException, IOException {
    return Staleness.firstDifference(file.toString(), generated, committed)
        .map(difference -> new Diagnostic(difference.location(), difference.message() + remedy))
        .stream().toList();
  }
}
