package io.github.errorspec.core.output;

/**
 * One thing errorspec generates: a file a project commits ({@link CommittedOutput}) or sources a
 * build generates ({@link SourceOutput}). The facade and the front ends know outputs only through
 * this type and the registry {@link Outputs}.
 */
public sealed interface Output permits CommittedOutput, SourceOutput {

  /** A short lower-case name, such as {@code typescript}: unique in a registry. */
  String name();

  /** The goal that writes this output and that a message about a stale one names. */
  Goal goal();
}
