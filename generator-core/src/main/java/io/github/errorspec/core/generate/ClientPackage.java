package io.github.errorspec.core.generate;

import io.github.errorspec.core.spec.Diagnostic;
import io.github.errorspec.core.spec.ErrorSpec;
import io.github.errorspec.core.spec.InputException;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The name and version of the client packages, decided once for npm and for Python.
 *
 * <p>The name is the one given, or else the spec's {@code api} in lower kebab case plus
 * {@code -errors} ({@code Example AI API} → {@code example-ai-api-errors}; accents dropped,
 * every run of other characters one {@code -}). It must be lower-case letters, digits and single
 * hyphens, starting with a letter, so that it is a valid npm name and, with {@code -} → {@code _},
 * a Python import name; an npm scope ({@code @acme/api-errors}) is kept for npm and left out
 * for Python. The version is {@code MAJOR.MINOR.PATCH}, optionally with {@code -SNAPSHOT} or a
 * pre-release {@code -alpha.N}, {@code -beta.N} or {@code -rc.N}: kept as it is for npm (semver),
 * mapped for Python (PEP 440: {@code 1.2.3-SNAPSHOT} → {@code 1.2.3.dev0}, {@code 1.2.3-rc.1} →
 * {@code 1.2.3rc1}). {@code MAJOR.MINOR}, the shape of Maven's usual {@code 1.0-SNAPSHOT}, gets a
 * patch of 0 for both ({@code 1.0.0-SNAPSHOT}, {@code 1.0.0.dev0}), since semver needs three numbers.
 *
 * @param npmName the npm package name, scope included
 * @param pythonName the Python distribution name
 * @param importName the Python import name
 * @param npmVersion the npm version
 * @param pythonVersion the Python version
 */
public record ClientPackage(String npmName, String pythonName, String importName, String npmVersion, String pythonVersion) {

  private static final Pattern NAME = Pattern.compile("(@[a-z0-9][a-z0-9._-]*/)?([a-z][a-z0-9]*(?:-[a-z0-9]+)*)");
  private static final Pattern VERSION =
      Pattern.compile("(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)(?:\\.(0|[1-9][0-9]*))?(?:-(SNAPSHOT|(alpha|beta|rc)\\.?(0|[1-9][0-9]*)))?");
  /** Python's keywords that a name of lower-case letters may spell. */
  private static final Set<String> PYTHON_KEYWORDS = Set.of("and", "as", "assert", "async", "await", "break", "class",
      "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is",
      "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield");

  /**
   * The packages of {@code spec} named {@code name} (or after its {@code api}) at {@code version}.
   *
   * @throws InputException when the name or version is missing or unusable, saying what to give
   */
  public static ClientPackage of(ErrorSpec spec, Optional<String> name, Optional<String> version) throws InputException {
    String npmName = name.isPresent() ? name.get() : derivedName(spec);
    Matcher matcher = NAME.matcher(npmName);
    if (!matcher.matches() || PYTHON_KEYWORDS.contains(matcher.group(2).replace('-', '_'))) {
      throw problem(spec, "the client package name '" + npmName + "'" + (name.isPresent() ? "" : " made of the spec's api")
          + " is not usable for npm and Python: use lower-case letters, digits and single hyphens, starting with a letter"
          + " (plugin parameter clientPackageName, command-line option --package-name)");
    }
    String pythonName = matcher.group(2);
    String given = version.orElseThrow(() -> problem(spec, "no version for the client packages: give one "
        + "(plugin parameter clientPackageVersion, command-line option --package-version)"));
    Matcher parts = VERSION.matcher(given);
    if (!parts.matches()) {
      throw problem(spec, "the client package version '" + given + "' is not MAJOR.MINOR.PATCH (or MAJOR.MINOR) with "
          + "an optional -SNAPSHOT, -alpha.N, -beta.N or -rc.N (plugin parameter clientPackageVersion, command-line "
          + "option --package-version)");
    }
    String release = parts.group(1) + "." + parts.group(2) + "." + (parts.group(3) == null ? "0" : parts.group(3));
    String npmVersion = parts.group(3) == null ? release + given.substring(parts.end(2)) : given;
    return new ClientPackage(npmName, pythonName, pythonName.replace('-', '_'), npmVersion, pythonVersion(release, parts));
  }

  /** The spec's {@code api} in lower kebab case, plus {@code -errors}. */
  private static String derivedName(ErrorSpec spec) throws InputException {
    String api = spec.api().orElseThrow(() -> problem(spec, "the spec has no 'api' to name the client packages after: "
        + "add 'api: My API' to the spec, or give a name (plugin parameter clientPackageName, command-line option "
        + "--package-name)"));
    String plain = Normalizer.normalize(api, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    String kebab = plain.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    if (kebab.isEmpty()) {
      throw problem(spec, "the spec's api '" + api + "' has no Latin letter or digit to name the client packages after: "
          + "give a name (plugin parameter clientPackageName, command-line option --package-name)");
    }
    return kebab + "-errors";
  }

  /** The version for PEP 440: {@code release} with the pre-release of {@code parts} mapped. */
  private static String pythonVersion(String release, Matcher parts) {
    if (parts.group(4) == null) {
      return release;
    }
    if (parts.group(4).equals("SNAPSHOT")) {
      return release + ".dev0";
    }
    String phase = switch (parts.group(5)) {
      case "alpha" -> "a";
      case "beta" -> "b";
      default -> "rc";
    };
    return release + phase + parts.group(6);
  }

  private static InputException problem(ErrorSpec spec, String message) {
    return new InputException(List.of(new Diagnostic(spec.location(), message)));
  }
}
