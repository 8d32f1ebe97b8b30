package io.github.errorspec.core.generate.markdown;

import java.util.function.Consumer;

/**
 * The lines of a generated region, handed over one at a time: a large catalog's tables are written
 * into the page, or compared with it, without ever existing as a list of lines.
 */
@FunctionalInterface
interface RegionLines {

  /** Gives each line, without its line ending, to {@code line}, in order. */
  void writeTo(Consumer<String> line);
}
