package io.github.errorspec.core.write;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * What the last successful generation produced, kept in a file under the build directory, so that
 * an unchanged build can skip loading and generating altogether.
 *
 * <p>The file holds a digest of everything the output depends on (the spec's bytes, the
 * parameters, the generator itself), then each output file with its size and modification time.
 * The outputs count as up to date only when the digest matches and every file is still as it was
 * left; anything else (a deleted or hand-edited file, another spec) means a full run. The file is
 * written only after a successful run, so a failure never leaves a state that claims success.
 */
public final class BuildState {

  private final Path file;

  public BuildState(Path file) {
    this.file = file;
  }

  /** A digest of the inputs, in order; the generator's own jar is always one of them. */
  public static String digest(byte[] content, String... parameters) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (String parameter : parameters) {
        sha.update(parameter.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
      }
      sha.update(generatorFingerprint().getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
      sha.update(content);
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  /** The recorded outputs, when the digest matches and each is still exactly as recorded. */
  public Optional<List<Path>> upToDateOutputs(String digest) throws IOException {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      return Optional.empty();
    }
    if (lines.isEmpty() || !lines.get(0).equals(digest)) {
      return Optional.empty();
    }
    List<Path> outputs = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] parts = line.split(" ", 3);
      if (parts.length != 3) {
        return Optional.empty();
      }
      Path output = Path.of(parts[2]);
      if (!parts[0].equals(String.valueOf(size(output))) || !parts[1].equals(String.valueOf(modified(output)))) {
        return Optional.empty();
      }
      outputs.add(output);
    }
    return Optional.of(outputs);
  }

  /** Records a successful run's outputs under {@code digest}. */
  public void record(String digest, List<Path> outputs) throws IOException {
    StringBuilder state = new StringBuilder(digest).append('\n');
    for (Path output : outputs) {
      state.append(size(output)).append(' ').append(modified(output)).append(' ').append(output).append('\n');
    }
    new OutputWriter().write(file, state.toString());
  }

  /** Forgets the state, before a run that may fail. */
  public void clear() throws IOException {
    Files.deleteIfExists(file);
  }

  private static long size(Path file) throws IOException {
    return Files.isRegularFile(file) ? Files.size(file) : -1;
  }

  private static long modified(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      return -1;
    }
    return Files.readAttributes(file, BasicFileAttributes.class).lastModifiedTime().toMillis();
  }

  /** The generator's jar, by size and time: another build of errorspec must regenerate. */
  private static String generatorFingerprint() {
    try {
      Path location = Path.of(BuildState.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      if (Files.isRegularFile(location)) {
        return location + " " + Files.size(location) + " " + Files.getLastModifiedTime(location).toMillis();
      }
      return location.toString();
    } catch (Exception e) {
      return "unknown";
    }
  }
}
