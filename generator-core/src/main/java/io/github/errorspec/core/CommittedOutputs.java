package io.github.errorspec.core;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * The generated files a project commits, which {@link Errorspec#sync} writes and
 * {@link Errorspec#check} verifies.
 *
 * @param docsFile the Markdown reference page
 * @param docsOptional whether the page may be absent: then {@code sync} leaves it absent and
 *     {@code check} passes, saying how to create it (a build's default page that a project may not
 *     want); otherwise a missing page is created by {@code sync} and stale for {@code check}
 */
public record CommittedOutputs(Optional<Path> docsFile, boolean docsOptional) {

  public CommittedOutputs {
    Objects.requireNonNull(docsFile, "docsFile");
  }

  /** No output at all. */
  public static CommittedOutputs none() {
    return new CommittedOutputs(Optional.empty(), false);
  }

  /** A copy with the Markdown page {@code docsFile}, which must exist unless {@code optional}. */
  public CommittedOutputs withDocs(Path docsFile, boolean optional) {
    return new CommittedOutputs(Optional.of(docsFile), optional);
  }
}
