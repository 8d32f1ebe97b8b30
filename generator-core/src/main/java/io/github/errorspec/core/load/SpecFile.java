package io.github.errorspec.core.load;

import io.github.errorspec.core.spec.FileProblems;
import io.github.errorspec.core.spec.InputException;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * Reads a spec file's bytes. Apart from {@link SpecLoader} so that an up-to-date build can compare
 * a spec without loading SnakeYAML's classes.
 */
public final class SpecFile {

  private SpecFile() {}

  /**
   * The bytes of {@code file}, at most one more than {@link SpecLoader#MAX_FILE_BYTES}; a file that
   * cannot be read (missing, a directory, no permission) is the user's problem, named with its path.
   */
  public static byte[] read(Path file) throws InputException, IOException {
    // java.io rather than NIO: an up-to-date build in a fresh Maven JVM finds its classes loaded.
    try (InputStream in = new FileInputStream(file.toFile())) {
      return in.readNBytes(SpecLoader.MAX_FILE_BYTES + 1);
    } catch (IOException e) {
      throw FileProblems.cannotRead(file, "spec file", e);
    }
  }
}
