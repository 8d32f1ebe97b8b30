package io.github.errorspec.core.load;

import io.github.errorspec.core.spec.Diagnostic;
import io.github.errorspec.core.spec.InputException;
import io.github.errorspec.core.spec.SourceLocation;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads a spec file's bytes. Apart from {@link SpecLoader} so that an up-to-date build can compare
 * a spec without loading SnakeYAML's classes.
 */
public final class SpecFile {

  private SpecFile() {}

  /** The bytes of {@code file}, at most one more than {@link SpecLoader#MAX_FILE_BYTES}. */
  public static byte[] read(Path file) throws InputException, IOException {
    if (!file.toFile().exists()) {
      throw new InputException(List.of(new Diagnostic(SourceLocation.ofFile(file.toString()), "no such spec file")));
    }
    // java.io rather than NIO: an up-to-date build in a fresh Maven JVM finds its classes loaded.
    try (InputStream in = new FileInputStream(file.toFile())) {
      return in.readNBytes(SpecLoader.MAX_FILE_BYTES + 1);
    }
  }
}
