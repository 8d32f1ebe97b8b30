package io.github.errorspec.core;

import io.github.errorspec.core.output.CommittedOutput;
import io.github.errorspec.core.output.PackageCoordinates;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The generated files a project commits, which {@link Errorspec#sync} writes and
 * {@link Errorspec#check} verifies, in the order they were added.
 *
 * <p>A required file is created by {@code sync} when missing and reported missing by
 * {@code check}; an optional one (a build's default docs page that a project may not want) stays
 * absent for {@code sync}, and {@code check} passes, saying how to create it.
 *
 * @param files each output with its file (a directory, for a client package)
 * @param clientPackage the name and version of the client packages
 */
public record CommittedOutputs(List<Target> files, PackageCoordinates clientPackage) {

  /**
   * One output and where it goes.
   *
   * @param output which output
   * @param path its file
   * @param optional whether the file may be absent
   */
  public record Target(CommittedOutput output, Path path, boolean optional) {
    public Target {
      Objects.requireNonNull(output, "output");
      Objects.requireNonNull(path, "path");
    }
  }

  public CommittedOutputs {
    files = List.copyOf(files);
    Objects.requireNonNull(clientPackage, "clientPackage");
  }

  /** No output at all. */
  public static CommittedOutputs none() {
    return new CommittedOutputs(List.of(), PackageCoordinates.NONE);
  }

  /** A copy with {@code output} written to {@code file}, which must exist for {@code check}. */
  public CommittedOutputs with(CommittedOutput output, Path file) {
    return with(new Target(output, file, false));
  }

  /** A copy with {@code output} in {@code file}, which may be absent. */
  public CommittedOutputs withOptional(CommittedOutput output, Path file) {
    return with(new Target(output, file, true));
  }

  private CommittedOutputs with(Target file) {
    List<Target> copy = new ArrayList<>(files);
    copy.removeIf(existing -> existing.output().equals(file.output()));
    copy.add(file);
    return new CommittedOutputs(copy, clientPackage);
  }

  /** A copy whose client packages are named and versioned by {@code coordinates}. */
  public CommittedOutputs withClientPackage(PackageCoordinates coordinates) {
    return new CommittedOutputs(files, coordinates);
  }

  /** Whether no output is configured. */
  public boolean isEmpty() {
    return files.isEmpty();
  }
}
