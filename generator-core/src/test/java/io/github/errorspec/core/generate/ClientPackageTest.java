package io.github.errorspec.core.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.errorspec.core.load.SpecLoader;
import io.github.errorspec.core.spec.ErrorSpec;
import io.github.errorspec.core.spec.InputException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("the client packages' name and version")
class ClientPackageTest {

  @ParameterizedTest(name = "api {0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "Example AI API      | example-ai-api-errors",
      "Café Crème API      | cafe-creme-api-errors",
      "  ACME  --  Billing | acme-billing-errors",
      "payments_v2         | payments-v2-errors",
      "Ｆｕｌｌ Width      | full-width-errors"})
  @DisplayName("without a name: the spec's api in lower kebab case, accents dropped, plus -errors; - becomes _ for Python's import")
  void nameFromApi(String api, String expected) throws InputException {
    ClientPackage names = ClientPackage.of(spec(api), Optional.empty(), Optional.of("1.0.0"));
    assertEquals(expected, names.npmName());
    assertEquals(expected, names.pythonName());
    assertEquals(expected.replace('-', '_'), names.importName());
  }

  @Test
  @DisplayName("a given name wins; an npm scope is kept for npm and left out for Python")
  void givenName() throws InputException {
    ClientPackage names = ClientPackage.of(spec("Example AI API"), Optional.of("@acme/api-errors"), Optional.of("1.0.0"));
    assertEquals("@acme/api-errors", names.npmName());
    assertEquals("api-errors", names.pythonName());
    assertEquals("api_errors", names.importName());
  }

  @Test
  @DisplayName("a spec without api, or whose api has no Latin letter or digit, needs a name")
  void noUsableApi() {
    assertEquals("error-spec.yaml:1:1: the spec has no 'api' to name the client packages after: add 'api: My API' to "
        + "the spec, or give a name (plugin parameter clientPackageName, command-line option --package-name)",
        problem(spec(null), Optional.empty(), Optional.of("1.0.0")));
    assertEquals("error-spec.yaml:1:1: the spec's api '日本語' has no Latin letter or digit to name the client packages "
        + "after: give a name (plugin parameter clientPackageName, command-line option --package-name)",
        problem(spec("日本語"), Optional.empty(), Optional.of("1.0.0")));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"3D Secure API, true", "Api-Errors, false", "class, false", "a--b, false", "my_errors, false"})
  @DisplayName("a name that is not npm's and Python's both (a leading digit, capitals, _, --, a Python keyword) is refused")
  void unusableName(String name, boolean fromApi) {
    String message = fromApi ? problem(spec(name), Optional.empty(), Optional.of("1.0.0"))
        : problem(spec("X"), Optional.of(name), Optional.of("1.0.0"));
    assertEquals("error-spec.yaml:1:1: the client package name '" + (fromApi ? "3d-secure-api-errors" : name) + "'"
        + (fromApi ? " made of the spec's api" : "") + " is not usable for npm and Python: use lower-case letters, "
        + "digits and single hyphens, starting with a letter (plugin parameter clientPackageName, command-line "
        + "option --package-name)", message);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({"1.2.3, 1.2.3", "1.2.3-SNAPSHOT, 1.2.3.dev0", "0.1.0-alpha.2, 0.1.0a2", "2.0.0-beta1, 2.0.0b1",
      "10.20.30-rc.4, 10.20.30rc4"})
  @DisplayName("the version is kept for npm and mapped to PEP 440 for Python")
  void version(String version, String python) throws InputException {
    ClientPackage names = ClientPackage.of(spec("X"), Optional.empty(), Optional.of(version));
    assertEquals(version, names.npmVersion());
    assertEquals(python, names.pythonVersion());
  }

  @ParameterizedTest(name = "{0} -> {1}, {2}")
  @CsvSource({"1.0-SNAPSHOT, 1.0.0-SNAPSHOT, 1.0.0.dev0", "1.2, 1.2.0, 1.2.0", "3.1-rc.2, 3.1.0-rc.2, 3.1.0rc2"})
  @DisplayName("MAJOR.MINOR, the shape of Maven's 1.0-SNAPSHOT, gets a patch of 0 for npm and Python alike")
  void twoPartVersion(String version, String npm, String python) throws InputException {
    ClientPackage names = ClientPackage.of(spec("X"), Optional.empty(), Optional.of(version));
    assertEquals(npm, names.npmVersion());
    assertEquals(python, names.pythonVersion());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"1", "1.2.3.4", "01.2.3", "1.2.3-preview", "v1.2.3", "1.0-snapshot"})
  @DisplayName("a version neither semver nor mappable to PEP 440 is refused, naming the forms that are")
  void badVersion(String version) {
    assertEquals("error-spec.yaml:1:1: the client package version '" + version + "' is not MAJOR.MINOR.PATCH (or "
        + "MAJOR.MINOR) with an optional -SNAPSHOT, -alpha.N, -beta.N or -rc.N (plugin parameter clientPackageVersion, "
        + "command-line option --package-version)", problem(spec("X"), Optional.empty(), Optional.of(version)));
  }

  @Test
  @DisplayName("without a version there is no package")
  void noVersion() {
    assertEquals("error-spec.yaml:1:1: no version for the client packages: give one (plugin parameter "
        + "clientPackageVersion, command-line option --package-version)",
        problem(spec("X"), Optional.empty(), Optional.empty()));
  }

  private static String problem(ErrorSpec spec, Optional<String> name, Optional<String> version) {
    return assertThrows(InputException.class, () -> ClientPackage.of(spec, name, version)).getMessage();
  }

  private static ErrorSpec spec(String api) {
    String yaml = "errorspec: 1\n" + (api == null ? "" : "api: \"" + api + "\"\n")
        + "package: com.example.errors\nstatuses:\n  400: Bad Request\n"
        + "categories:\n  - title: Errors\n    groups:\n      - status: 400\n        errors:\n"
        + "          - code: BAD\n            message: Bad\n";
    try {
      return new SpecLoader().parse("error-spec.yaml", yaml.getBytes(StandardCharsets.UTF_8));
    } catch (InputException e) {
      throw new AssertionError(e);
    }
  }
}
