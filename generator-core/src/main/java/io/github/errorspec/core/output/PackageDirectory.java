package io.github.errorspec.core.output;

import io.github.errorspec.core.generate.ClientPackage;
import io.github.errorspec.core.generate.GeneratedFile;
import io.github.errorspec.core.spec.ErrorSpec;
import io.github.errorspec.core.spec.InputException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A committed output that is a whole directory: a client package that its ecosystem installs,
 * named and versioned by the request's {@link PackageCoordinates}. Each file is written and
 * checked like a file output of its own; other files in the directory (a README, a licence) are
 * the project's and left alone.
 *
 * @param name the output's name, such as {@code typescriptPackage}
 * @param what how messages name it, such as "TypeScript package"
 * @param parameter the parameter that names the directory
 * @param generator the package's files for a catalog and its name and version
 */
public record PackageDirectory(String name, String what, Parameter parameter, Generator generator)
    implements CommittedOutput {

  /** The files of a package, relative to its directory. */
  @FunctionalInterface
  public interface Generator {
    List<GeneratedFile> generate(ErrorSpec spec, ClientPackage clientPackage);
  }

  public PackageDirectory {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(what, "what");
    Objects.requireNonNull(parameter, "parameter");
    Objects.requireNonNull(generator, "generator");
  }

  @Override
  public List<File> files(Context context, Path target, Reader reader) throws InputException {
    List<File> files = new ArrayList<>();
    for (GeneratedFile file : generate(context)) {
      Path path = target.resolve(file.path());
      files.add(new File(path, reader.read(path), file.content()));
    }
    return files;
  }

  /** What {@code file}, one of the package's, should hold. */
  @Override
  public String content(Context context, Path file, Optional<String> existing) throws InputException {
    for (GeneratedFile generated : generate(context)) {
      if (file.endsWith(generated.path())) {
        return generated.content();
      }
    }
    throw new IllegalArgumentException(file + " is no file of the " + what);
  }

  private List<GeneratedFile> generate(Context context) throws InputException {
    PackageCoordinates given = context.clientPackage();
    return generator.generate(context.spec(), ClientPackage.of(context.spec(), given.name(), given.version()));
  }

  @Override
  public String toString() {
    return name;
  }
}
