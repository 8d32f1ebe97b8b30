package io.github.errorspec.core.output;

/** Which goal (Maven) or subcommand (command line) writes an output. */
public enum Goal {
  /** Written by {@code generate} into the build's source directory, never committed. */
  GENERATE,
  /** A committed file with a goal of its own, {@code docs}, that creates it; {@code sync} and {@code check} too. */
  DOCS,
  /** A committed file that {@code sync} writes and {@code check} verifies. */
  SYNC
}
