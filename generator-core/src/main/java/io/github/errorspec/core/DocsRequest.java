package io.github.errorspec.core;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link Errorspec#docs} writes: the tables of {@code docsFile} regenerated in place, or a
 * complete page when there is none.
 *
 * @param spec the catalog
 * @param docsFile the Markdown page
 * @param baseline the released catalog a {@code changes} region compares with, if the page has one
 */
public record DocsRequest(Path spec, Path docsFile, Optional<Baseline> baseline) {

  public DocsRequest {
    Objects.requireNonNull(spec, "spec");
    Objects.requireNonNull(docsFile, "docsFile");
    Objects.requireNonNull(baseline, "baseline");
  }

  /** The page {@code docsFile} of {@code spec}, without a baseline. */
  public static DocsRequest of(Path spec, Path docsFile) {
    return new DocsRequest(spec, docsFile, Optional.empty());
  }

  /** A copy comparing a {@code changes} region with {@code baseline}. */
  public DocsRequest withBaseline(Baseline baseline) {
    return new DocsRequest(spec, docsFile, Optional.of(baseline));
  }
}
