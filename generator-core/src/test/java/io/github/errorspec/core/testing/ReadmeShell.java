package io.github.errorspec.core.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Runs the shell lines of a README block as a newcomer types them: commands joined by {@code &&},
 * {@code mkdir} and {@code cd} kept as the shell does them, every other command run as a process
 * after {@code standIns} has replaced what an offline test cannot run as it is (a registry
 * download, the machine's interpreter, a tool the repository pins); an empty replacement skips it.
 */
public final class ReadmeShell {

  private final UnaryOperator<List<String>> standIns;
  private Path directory;

  public ReadmeShell(Path directory, UnaryOperator<List<String>> standIns) {
    this.directory = directory;
    this.standIns = standIns;
  }

  /** The working directory, as the lines run so far left it. */
  public Path directory() {
    return directory;
  }

  /** Runs each command of {@code line}, failing the test on any that fails; returns the last one's output. */
  public String run(String line) {
    String output = "";
    for (String command : line.strip().split(" && ")) {
      List<String> words = List.of(command.strip().split(" +"));
      switch (words.get(0)) {
        case "mkdir" -> createDirectory(directory.resolve(words.get(1)));
        case "cd" -> directory = directory.resolve(words.get(1)).normalize();
        default -> {
          List<String> actual = standIns.apply(words);
          if (!actual.isEmpty()) {
            output = ExternalTools.runOk(directory, 300, actual);
          }
        }
      }
    }
    return output;
  }

  private static void createDirectory(Path path) {
    try {
      Files.createDirectory(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
