package io.github.errorspec.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.errorspec.core.generate.GeneratedFile;
import io.github.errorspec.core.output.Outputs;
import io.github.errorspec.core.spec.FileProblems;
import io.github.errorspec.core.spec.InputException;
import io.github.errorspec.core.write.OutputWriter;
import java.io.FileNotFoundException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A path that cannot be read or written is named in one line with what is wrong, never a Java class. */
@DisplayName("Files that cannot be read or written")
class FileProblemsTest {

  private static final String SPEC = """
      errorspec: 1
      package: com.example.demo
      statuses:
        400: Bad Request
      categories:
        - title: Errors
          groups:
            - status: 400
              errors:
                - {code: BAD, message: Bad}
      """;

  private static final String GENERATED = OutputWriter.GENERATED_MARK + " from error-spec.yaml. Do not edit.\n";

  @TempDir
  Path dir;

  private final Errorspec errorspec = new Errorspec();

  @Test
  @DisplayName("a spec path that is a directory, or lies under a file, is named with what is wrong")
  void specPath() throws Exception {
    InputException directory = assertThrows(InputException.class, () -> errorspec.load(dir));
    assertEquals(dir + ": is a directory, not a spec file", directory.getMessage());
    InputException generating = assertThrows(InputException.class,
        () -> errorspec.generate(GenerateRequest.of(dir, dir.resolve("out"))));
    assertEquals(dir + ": is a directory, not a spec file", generating.getMessage());

    Path notes = Files.writeString(dir.resolve("notes.txt"), "notes\n");
    InputException underFile = assertThrows(InputException.class,
        () -> errorspec.load(notes.resolve("error-spec.yaml")));
    assertEquals(notes.resolve("error-spec.yaml") + ": no such spec file: " + notes + " is a file, not a directory",
        underFile.getMessage());
  }

  @Test
  @DisplayName("a docs page that is a directory is named, for docs and for check")
  void docsPageIsADirectory() throws Exception {
    Path spec = Files.writeString(dir.resolve("error-spec.yaml"), SPEC);
    Path page = Files.createDirectories(dir.resolve("docs/error-codes.md"));

    InputException docs = assertThrows(InputException.class, () -> errorspec.docs(DocsRequest.of(spec, page)));
    assertEquals(page + ": is a directory, not a docs page", docs.getMessage());
    InputException check = assertThrows(InputException.class, () -> errorspec.check(
        CheckRequest.of(spec, CommittedOutputs.none().with(Outputs.DOCS, page),
            new CheckRequest.Commands("docs", "sync"))));
    assertEquals(page + ": is a directory, not a docs page", check.getMessage());
  }

  @Test
  @DisplayName("a docs page that is not UTF-8 is named")
  void docsPageNotUtf8() throws Exception {
    Path spec = Files.writeString(dir.resolve("error-spec.yaml"), SPEC);
    Path page = Files.write(dir.resolve("error-codes.md"), new byte[] {'#', ' ', (byte) 0xE9, '\n'});

    InputException e = assertThrows(InputException.class, () -> errorspec.check(
        CheckRequest.of(spec, CommittedOutputs.none().with(Outputs.DOCS, page),
            new CheckRequest.Commands("docs", "sync"))));
    assertEquals(page + ": cannot be read: it is not UTF-8 text", e.getMessage());
  }

  @Test
  @DisplayName("an output under a file, or where a directory stands, cannot be written, and says why")
  void outputs() throws Exception {
    Path out = Files.writeString(dir.resolve("out"), "a file\n");
    InputException underFile = assertThrows(InputException.class, () -> new OutputWriter().writeAll(out,
        List.of(new GeneratedFile("com/example/A.java", GENERATED))));
    assertEquals(out.resolve("com/example/A.java") + ": cannot be written: " + out + " is a file, not a directory",
        underFile.getMessage());

    Path generated = dir.resolve("generated");
    Path target = Files.createDirectories(generated.resolve("com/example/A.java"));
    Files.writeString(target.resolve("keep.txt"), "not empty\n");
    InputException directory = assertThrows(InputException.class, () -> new OutputWriter().writeAll(generated,
        List.of(new GeneratedFile("com/example/A.java", GENERATED))));
    assertEquals(target + ": cannot be written: it is a directory", directory.getMessage());
  }

  @Test
  @DisplayName("a docs page under a file cannot be created, and says why")
  void pageUnderAFile() throws Exception {
    Path spec = Files.writeString(dir.resolve("error-spec.yaml"), SPEC);
    Path docs = Files.writeString(dir.resolve("docs"), "a file\n");

    InputException e = assertThrows(InputException.class, () -> errorspec.docs(DocsRequest.of(spec, docs.resolve("error-codes.md"))));
    assertEquals(docs.resolve("error-codes.md") + ": no such docs page: " + docs + " is a file, not a directory",
        e.getMessage());
  }

  @Test
  @DisplayName("the operating system's reason is kept in its words, never with an exception's name")
  void operatingSystemReasons() throws Exception {
    // These run as any user, root included, who may read every file: the failures are given.
    Path file = Files.writeString(dir.resolve("error-spec.yaml"), SPEC);
    assertEquals(file + ": cannot be read: permission denied",
        FileProblems.cannotRead(file, "spec file", new AccessDeniedException(file.toString())).getMessage());
    assertEquals(file + ": cannot be read: permission denied", FileProblems.cannotRead(file, "spec file",
        new FileNotFoundException(file + " (Permission denied)")).getMessage());
    assertEquals(file + ": cannot be read: it is not UTF-8 text",
        FileProblems.cannotRead(file, "docs page", new CharacterCodingException()).getMessage());
    assertEquals(file + ": cannot be written: no space left on device", FileProblems.cannotWrite(file,
        new FileSystemException(file.toString(), null, "No space left on device")).getMessage());
    assertEquals(file + ": cannot be deleted: the file system refused without saying why",
        FileProblems.cannotDelete(file, new FileSystemException(file.toString())).getMessage());
  }
}
