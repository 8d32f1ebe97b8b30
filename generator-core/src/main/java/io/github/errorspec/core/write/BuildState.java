package io.github.errorspec.core.write;

import io.github.errorspec.core.spec.InputException;
import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What the last successful generation produced, kept under the build directory, so that an
 * unchanged build can skip loading and generating altogether.
 *
 * <p>It keeps the inputs themselves, not digests of them (a cold JVM spends longer starting a
 * digest than comparing a spec): a key line of the parameters and the generator's jar, a copy of
 * the spec beside it, then each output file with its size and modification time. The outputs count
 * as up to date only when all of that matches and every file is still as it was left; anything
 * else (a deleted or hand-edited file, another spec) means a full run. The state is written only
 * after a successful run and cleared before a full one, so it never claims a success that failed.
 */
public final class BuildState {

  private final Path file;
  private final Path specCopy;

  public BuildState(Path file) {
    this.file = file;
    this.specCopy = file.resolveSibling(file.getFileName() + ".spec");
  }

  /** The key of a run: its parameters and the generator's jar, on one line. */
  public static String key(String... parameters) {
    List<String> parts = new ArrayList<>(Arrays.asList(parameters));
    parts.add(generatorFingerprint());
    return String.join(" | ", parts).replace("\n", "\\n").replace("\r", "\\r");
  }

  /** The recorded outputs, when key, spec and every output are exactly as recorded. */
  public Optional<List<Path>> upToDateOutputs(String key, byte[] spec) throws IOException {
    // java.io rather than NIO: in a fresh Maven JVM its classes are loaded already, NIO's are not.
    File stateFile = file.toFile();
    File copy = specCopy.toFile();
    if (!stateFile.isFile() || copy.length() != spec.length) {
      return Optional.empty();
    }
    if (!Arrays.equals(readAll(copy), spec)) {
      return Optional.empty();
    }
    List<String> lines = List.of(new String(readAll(stateFile), StandardCharsets.UTF_8).split("\n"));
    if (!lines.get(0).equals(key)) {
      return Optional.empty();
    }
    List<Path> outputs = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] parts = line.split(" ", 3);
      if (parts.length != 3) {
        return Optional.empty();
      }
      File output = new File(parts[2]);
      if (!parts[0].equals(String.valueOf(output.length())) || !parts[1].equals(String.valueOf(output.lastModified()))
          || !output.isFile()) {
        return Optional.empty();
      }
      outputs.add(output.toPath());
    }
    return Optional.of(outputs);
  }

  /** Records a successful run's outputs. */
  public void record(String key, byte[] spec, List<Path> outputs) throws InputException, IOException {
    StringBuilder state = new StringBuilder(key).append('\n');
    for (Path output : outputs) {
      state.append(size(output)).append(' ').append(modified(output)).append(' ').append(output).append('\n');
    }
    Files.createDirectories(file.toAbsolutePath().getParent());
    Files.write(specCopy, spec);
    new OutputWriter().write(file, state.toString());
  }

  /** Forgets the state, before a run that may fail. */
  public void clear() throws IOException {
    Files.deleteIfExists(file);
    Files.deleteIfExists(specCopy);
  }

  private static long size(Path file) {
    return file.toFile().length();
  }

  /** The modification time as {@link File#lastModified} gives it, which the check compares with. */
  private static long modified(Path file) {
    return file.toFile().lastModified();
  }

  private static byte[] readAll(File file) throws IOException {
    try (FileInputStream in = new FileInputStream(file)) {
      return in.readAllBytes();
    }
  }

  /** The generator's jar, by size and time: another build of errorspec must regenerate. */
  private static String generatorFingerprint() {
    try {
      Path location = Path.of(BuildState.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      if (Files.isRegularFile(location)) {
        return location + " " + Files.size(location) + " " + Files.getLastModifiedTime(location).toMillis();
      }
      // A directory is this repository's own reactor build (target/classes): a changed template
      // keeps the path, so the newest file stands for the build.
      try (var files = Files.walk(location)) {
        long newest = files.mapToLong(file -> file.toFile().lastModified()).max().orElse(0);
        return location + " " + newest;
      }
    } catch (Exception e) {
      return "unknown";
    }
  }
}
