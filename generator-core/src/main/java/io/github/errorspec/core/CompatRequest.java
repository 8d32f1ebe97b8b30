package io.github.errorspec.core;

import io.github.errorspec.core.compat.Finding.Severity;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link Errorspec#compat} compares: the catalog with a released one.
 *
 * @param spec the catalog
 * @param baseline the released catalog
 * @param failOn the least severe finding that fails; empty when none fails
 */
public record CompatRequest(Path spec, Baseline baseline, Optional<Severity> failOn) {

  public CompatRequest {
    Objects.requireNonNull(spec, "spec");
    Objects.requireNonNull(baseline, "baseline");
    Objects.requireNonNull(failOn, "failOn");
  }

  /** Compares {@code spec} with {@code baseline}, failing on breaking changes. */
  public static CompatRequest of(Path spec, Baseline baseline) {
    return new CompatRequest(spec, baseline, Optional.of(Severity.BREAKING));
  }

  /** A copy failing on findings of {@code failOn} or worse, or on none when empty. */
  public CompatRequest withFailOn(Optional<Severity> failOn) {
    return new CompatRequest(spec, baseline, failOn);
  }
}
