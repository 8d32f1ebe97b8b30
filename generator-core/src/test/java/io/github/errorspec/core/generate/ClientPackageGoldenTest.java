package io.github.errorspec.core.generate;

import io.github.errorspec.core.generate.python.PythonPackageGenerator;
import io.github.errorspec.core.generate.typescript.TypeScriptPackageGenerator;
import io.github.errorspec.core.spec.ErrorSpec;
import io.github.errorspec.core.spec.InputException;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The seed's client packages, byte for byte (the {@code determinism} execution reruns this under
 * a Turkish locale and ISO-8859-1). The packages' code is the modules' code: what it does is
 * tested in {@code TypeScriptPackageTest} and {@code PythonPackageTest}.
 */
@DisplayName("the client packages match their golden files")
class ClientPackageGoldenTest {

  /** The packages' name and version in every test: the name made of the spec's api. */
  static ClientPackage names(ErrorSpec spec) {
    try {
      return ClientPackage.of(spec, Optional.empty(), Optional.of("1.2.3-SNAPSHOT"));
    } catch (InputException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  @DisplayName("the npm package of the seed")
  void typescript() {
    ErrorSpec spec = GoldenCatalog.SEED.spec();
    GoldenFiles.assertMatches("seed", "typescript-package", new TypeScriptPackageGenerator().generate(spec, names(spec)));
  }

  @Test
  @DisplayName("the Python package of the seed")
  void python() {
    ErrorSpec spec = GoldenCatalog.SEED.spec();
    GoldenFiles.assertMatches("seed", "python-package", new PythonPackageGenerator().generate(spec, names(spec)));
  }
}
