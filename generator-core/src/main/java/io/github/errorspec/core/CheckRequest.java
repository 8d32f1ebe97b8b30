package io.github.errorspec.core;

import io.github.errorspec.core.output.Goal;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link Errorspec#check} verifies: the spec is valid and every committed output up to date.
 *
 * @param spec the catalog
 * @param outputs the outputs to verify
 * @param baseline the released catalog a {@code changes} region of the docs page compares with
 * @param commands how the user regenerates outputs, named in each message about a stale one
 */
public record CheckRequest(Path spec, CommittedOutputs outputs, Optional<Baseline> baseline, Commands commands) {

  /**
   * The commands of the front end that fix a stale output, such as {@code errorspec:docs} and
   * {@code errorspec:sync} for Maven.
   *
   * @param docs creates or updates the docs page
   * @param sync writes every committed output
   */
  public record Commands(String docs, String sync) {
    public Commands {
      Objects.requireNonNull(docs, "docs");
      Objects.requireNonNull(sync, "sync");
    }

    /** The command that writes an output of {@code goal}: {@code docs} for the page, {@code sync} for the others. */
    public String fixing(Goal goal) {
      return goal == Goal.DOCS ? docs : sync;
    }
  }

  public CheckRequest {
    Objects.requireNonNull(spec, "spec");
    Objects.requireNonNull(outputs, "outputs");
    Objects.requireNonNull(baseline, "baseline");
    Objects.requireNonNull(commands, "commands");
  }

  /** Verifies {@code outputs} of {@code spec}, without a baseline. */
  public static CheckRequest of(Path spec, CommittedOutputs outputs, Commands commands) {
    return new CheckRequest(spec, outputs, Optional.empty(), commands);
  }

  /** A copy comparing a {@code changes} region with {@code baseline}. */
  public CheckRequest withBaseline(Baseline baseline) {
    return new CheckRequest(spec, outputs, Optional.of(baseline), commands);
  }
}
