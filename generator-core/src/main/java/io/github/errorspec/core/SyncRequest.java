package io.github.errorspec.core;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link Errorspec#sync} writes: every committed output that is configured.
 *
 * @param spec the catalog
 * @param outputs the outputs to write
 * @param baseline the released catalog a {@code changes} region of the docs page compares with
 */
public record SyncRequest(Path spec, CommittedOutputs outputs, Optional<Baseline> baseline) {

  public SyncRequest {
    Objects.requireNonNull(spec, "spec");
    Objects.requireNonNull(outputs, "outputs");
    Objects.requireNonNull(baseline, "baseline");
  }

  /** Writes {@code outputs} of {@code spec}, without a baseline. */
  public static SyncRequest of(Path spec, CommittedOutputs outputs) {
    return new SyncRequest(spec, outputs, Optional.empty());
  }

  /** A copy comparing a {@code changes} region with {@code baseline}. */
  public SyncRequest withBaseline(Baseline baseline) {
    return new SyncRequest(spec, outputs, Optional.of(baseline));
  }
}
