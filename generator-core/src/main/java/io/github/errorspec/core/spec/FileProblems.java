package io.github.errorspec.core.spec;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Why a file given to errorspec could not be read or written, in the user's words: one line with
 * the path and what is wrong ("is a directory", "no such spec file", "permission denied"), never
 * a Java exception's name.
 *
 * <p>The cause is found by looking at the file system after the failure, since Java's exceptions
 * name it differently on each OS ({@code FileNotFoundException: src (Is a directory)},
 * {@code IOException: Is a directory}, {@code FileAlreadyExistsException} for a parent that is a
 * file); the exception's own reason is kept only when nothing else explains the failure.
 */
public final class FileProblems {

  /** The reason java.io puts in brackets after the path: {@code src (Is a directory)}. */
  private static final Pattern BRACKETED_REASON = Pattern.compile(".*\\(([^()]+)\\)");

  private FileProblems() {}

  /**
   * The problem of reading {@code file}, which should be a {@code what} ("spec file", "docs
   * page"): {@code src: is a directory, not a spec file}.
   */
  public static InputException cannotRead(Path file, String what, IOException e) {
    String problem;
    Optional<Path> notDirectory = ancestorThatIsNotADirectory(file);
    if (Files.isDirectory(file)) {
      problem = "is a directory, not a " + what;
    } else if (notDirectory.isPresent()) {
      problem = "no such " + what + ": " + notDirectory.get() + " is a file, not a directory";
    } else if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
      problem = "no such " + what;
    } else if (!Files.exists(file)) {
      problem = "no such " + what + ": it is a link to a file that does not exist";
    } else if (e instanceof CharacterCodingException) {
      problem = "cannot be read: it is not UTF-8 text";
    } else {
      problem = "cannot be read: " + reason(e);
    }
    return at(file, problem);
  }

  /** The problem of writing {@code file}: {@code ErrorCode.java: cannot be written: it is a directory}. */
  public static InputException cannotWrite(Path file, IOException e) {
    return at(file, "cannot be written: " + writeProblem(file, e));
  }

  /** The problem of deleting {@code file}, a generated file no longer generated. */
  public static InputException cannotDelete(Path file, IOException e) {
    return at(file, "cannot be deleted: " + writeProblem(file, e));
  }

  private static String writeProblem(Path file, IOException e) {
    Optional<Path> notDirectory = ancestorThatIsNotADirectory(file);
    if (notDirectory.isPresent()) {
      return notDirectory.get() + " is a file, not a directory";
    }
    if (Files.isDirectory(file)) {
      return "it is a directory";
    }
    return reason(e);
  }

  /**
   * The nearest existing ancestor of {@code file} when it is not a directory: the path cannot be
   * created under it ({@code notes.txt/error-spec.yaml}).
   */
  private static Optional<Path> ancestorThatIsNotADirectory(Path file) {
    // As the path is written: a relative one ends at the working directory, which exists.
    for (Path parent = file.getParent(); parent != null; parent = parent.getParent()) {
      if (Files.exists(parent)) {
        return Files.isDirectory(parent) ? Optional.empty() : Optional.of(parent);
      }
    }
    return Optional.empty();
  }

  /** The OS's reason for a failure, in lower case, without the exception's name or the path. */
  private static String reason(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    String reason = e instanceof FileSystemException ? ((FileSystemException) e).getReason() : null;
    if (reason == null && e.getMessage() != null) {
      Matcher bracketed = BRACKETED_REASON.matcher(e.getMessage());
      reason = bracketed.matches() ? bracketed.group(1) : null;
    }
    if (reason == null || reason.isBlank()) {
      return "the file system refused without saying why";
    }
    return reason.substring(0, 1).toLowerCase(Locale.ROOT) + reason.substring(1);
  }

  private static InputException at(Path file, String problem) {
    return new InputException(List.of(new Diagnostic(SourceLocation.ofFile(file.toString()), problem)));
  }
}
