package io.github.errorspec.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The errorspec command line, in process")
class CommandLineTest {

  static final String SPEC = """
      errorspec: 1
      api: Demo
      package: com.example.demo
      statuses:
        400: Bad Request
        503: Service Unavailable
      categories:
        - title: Errors
          groups:
            - status: 400
              errors:
                - {code: BAD, message: Bad}
            - status: 503
              errors:
                - {code: DOWN, message: Down}
      """;

  @TempDir
  Path dir;

  /** What one run printed and returned. */
  record Run(int exitCode, String out, String err) {}

  Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    List<String> arguments = new ArrayList<>();
    for (String arg : args) {
      arguments.add(arg.replace("DIR", dir.toString()));
    }
    int exitCode = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), arguments.toArray(String[]::new));
    return new Run(exitCode, out.toString(), err.toString());
  }

  Path spec() throws Exception {
    return Files.writeString(dir.resolve("error-spec.yaml"), SPEC);
  }

  @Nested
  @DisplayName("generate")
  class Generate {

    @Test
    @DisplayName("writes the Java API and says how many files, exit 0")
    void writes() throws Exception {
      spec();
      Run run = run("generate", "--spec", "DIR/error-spec.yaml", "--java-out", "DIR/java");
      assertEquals(0, run.exitCode(), run.err());
      assertEquals("errorspec: 10 Java files in " + dir.resolve("java") + " (10 written, 0 unchanged, 0 deleted)\n",
          run.out());
      assertTrue(Files.isRegularFile(dir.resolve("java/com/example/demo/ErrorCode.java")));
    }

    @Test
    @DisplayName("a broken spec prints file:line:column on stderr, no stack trace, exit 2, nothing written")
    void brokenSpec() throws Exception {
      Files.writeString(dir.resolve("error-spec.yaml"), SPEC.replace("code: BAD", "code: bad").replace("message: Down",
          "mesage: Down"));
      Run run = run("generate", "--spec", "DIR/error-spec.yaml", "--java-out", "DIR/java");
      Path spec = dir.resolve("error-spec.yaml");
      List<String> lines = run.err().lines().toList();
      assertEquals(2, run.exitCode());
      assertEquals(2, lines.size(), run.err());
      assertTrue(lines.get(0).startsWith(spec + ":12:20: code 'bad' is not valid"), run.err());
      assertTrue(lines.get(1).startsWith(spec + ":15:26: unknown key 'mesage'"), run.err());
      assertFalse(Files.exists(dir.resolve("java")));
    }

    @Test
    @DisplayName("a missing --java-out is a usage error: exit 2 and the usage")
    void missingOption() throws Exception {
      spec();
      Run run = run("generate", "--spec", "DIR/error-spec.yaml");
      assertEquals(2, run.exitCode());
      assertTrue(run.err().startsWith("Missing required option: '--java-out=DIR'\nUsage: errorspec generate"),
          run.err());
    }

    @Test
    @DisplayName("a spec that does not exist is named, exit 2")
    void noSpec() {
      Run run = run("generate", "--spec", "DIR/nothing.yaml", "--java-out", "DIR/java");
      assertEquals(new Run(2, "", dir.resolve("nothing.yaml") + ": no such spec file\n"), run);
    }

    @Test
    @DisplayName("--spring turns the Spring integration on, whose rules then apply: no fallbacks, exit 2")
    void spring() throws Exception {
      spec();
      Run run = run("generate", "--spec", "DIR/error-spec.yaml", "--java-out", "DIR/java", "--spring");
      assertEquals(2, run.exitCode(), run.out());
      assertTrue(run.err().startsWith(dir.resolve("error-spec.yaml") + ":"), run.err());
      assertTrue(run.err().contains("fallbacks"), run.err());
      assertFalse(Files.exists(dir.resolve("java")));
    }

    @Test
    @DisplayName("--spring writes the auto-configuration imports file under DIR/META-INF/spring, naming the generated class")
    void springAutoConfiguration() throws Exception {
      Files.copy(Path.of("..", "example-spring", "error-spec.yaml"), dir.resolve("error-spec.yaml"));
      Run run = run("generate", "--spec", "DIR/error-spec.yaml", "--java-out", "DIR/java", "--spring");
      assertEquals(0, run.exitCode(), run.err());
      assertEquals(List.of("com.example.api.errors.ApiErrorsAutoConfiguration"), Files.readAllLines(dir.resolve(
          "java/META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports")).stream()
          .filter(line -> !line.startsWith("#")).toList());
      assertTrue(Files.isRegularFile(dir.resolve("java/com/example/api/errors/ApiErrorsAutoConfiguration.java")));
    }
  }

  @Nested
  @DisplayName("docs, sync and check")
  class Outputs {

    @Test
    @DisplayName("docs creates the page; check passes; after a change, check fails with exit 1 and sync fixes it")
    void cycle() throws Exception {
      Path spec = spec();
      Path page = dir.resolve("docs/error-codes.md");
      assertEquals(new Run(0, "errorspec: " + page + ": created\n", ""), run("docs", "--spec", "DIR/error-spec.yaml",
          "--docs", "DIR/docs/error-codes.md"));
      assertEquals(new Run(0, "errorspec: " + spec + " is valid; up to date: " + page + "\n", ""),
          run("check", "--spec", "DIR/error-spec.yaml", "--docs", "DIR/docs/error-codes.md"));

      Files.writeString(spec, SPEC.replace("message: Bad}", "message: Worse}"));
      assertEquals(new Run(1, "", page + ":44: expected `| `BAD` | Worse | |`, found `| `BAD` | Bad | |`; "
          + "run errorspec docs\n"), run("check", "--spec", "DIR/error-spec.yaml", "--docs", "DIR/docs/error-codes.md"));
      assertEquals(new Run(0, "errorspec: " + page + ": updated\n", ""),
          run("sync", "--spec", "DIR/error-spec.yaml", "--docs", "DIR/docs/error-codes.md"));
      assertEquals(0, run("check", "--spec", "DIR/error-spec.yaml", "--docs", "DIR/docs/error-codes.md").exitCode());
    }

    @Test
    @DisplayName("--html and --json: sync creates the page and the JSON catalog, check verifies both and names a stale one")
    void referenceOutputs() throws Exception {
      Path spec = spec();
      Path html = dir.resolve("docs/errors.html");
      Path json = dir.resolve("errors.json");
      assertEquals(new Run(0, "errorspec: " + html + ": created\nerrorspec: " + json + ": created\n", ""),
          run("sync", "--spec", "DIR/error-spec.yaml", "--html", "DIR/docs/errors.html", "--json", "DIR/errors.json"));
      assertTrue(Files.readString(html).contains("<tr class=\"code\" id=\"bad\">"));
      assertTrue(Files.readString(json).contains("\"code\": \"DOWN\",\n"));
      assertEquals(new Run(0, "errorspec: " + spec + " is valid; up to date: " + html + ", " + json + "\n", ""),
          run("check", "--spec", "DIR/error-spec.yaml", "--html", "DIR/docs/errors.html", "--json", "DIR/errors.json"));

      Files.writeString(spec, SPEC.replace("message: Down}", "message: Gone}"));
      Run stale = run("check", "--spec", "DIR/error-spec.yaml", "--html", "DIR/docs/errors.html", "--json",
          "DIR/errors.json");
      assertEquals(new Run(1, "", html + ":103: expected `<td data-label=\"Message\" class=\"searched\">Gone</td>`, "
          + "found `<td data-label=\"Message\" class=\"searched\">Down</td>`; run errorspec sync\n"
          + json + ":29: expected `              \"message\": \"Gone\",`, found `              \"message\": \"Down\",`; "
          + "run errorspec sync\n"), stale);
    }

    @Test
    @DisplayName("--typescript-package and --python-package: sync writes both packages, named and versioned as given; "
        + "check verifies each file")
    void clientPackages() throws Exception {
      Path spec = spec();
      Run sync = run("sync", "--spec", "DIR/error-spec.yaml", "--typescript-package", "DIR/npm", "--python-package",
          "DIR/pypi", "--package-version", "1.4.0-SNAPSHOT");
      assertEquals(0, sync.exitCode(), sync.err());
      assertEquals(8, sync.out().lines().filter(line -> line.endsWith(": created")).count(), sync.out());
      assertTrue(Files.readString(dir.resolve("npm/package.json")).contains("\"name\": \"demo-errors\",\n"
          + "  \"version\": \"1.4.0-SNAPSHOT\""));
      assertTrue(Files.readString(dir.resolve("pypi/pyproject.toml")).contains("version = \"1.4.0.dev0\""));
      assertTrue(Files.exists(dir.resolve("pypi/demo_errors/py.typed")));
      assertEquals(0, run("check", "--spec", "DIR/error-spec.yaml", "--typescript-package", "DIR/npm",
          "--python-package", "DIR/pypi", "--package-version", "1.4.0-SNAPSHOT").exitCode());

      Run renamed = run("check", "--spec", "DIR/error-spec.yaml", "--python-package", "DIR/pypi", "--package-name",
          "acme-errors", "--package-version", "1.4.0-SNAPSHOT");
      assertEquals(new Run(1, "", dir.resolve("pypi/pyproject.toml") + ":7: expected `name = \"acme-errors\"`, found "
          + "`name = \"demo-errors\"`; run errorspec sync\n"
          + dir.resolve("pypi/acme_errors/__init__.py") + ": does not exist; run errorspec sync\n"
          + dir.resolve("pypi/acme_errors/py.typed") + ": does not exist; run errorspec sync\n"), renamed);
      assertTrue(spec.toFile().exists());
    }

    @Test
    @DisplayName("a package output without --package-version is a usage error: exit 2, nothing written")
    void packageWithoutVersion() throws Exception {
      spec();
      Run run = run("sync", "--spec", "DIR/error-spec.yaml", "--typescript-package", "DIR/npm");
      assertEquals(2, run.exitCode());
      assertTrue(run.err().startsWith("--package-version is required with --typescript-package\n"), run.err());
      assertTrue(Files.notExists(dir.resolve("npm")));
    }

    @Test
    @DisplayName("check of a page given but missing fails with exit 1; sync creates it")
    void missingPage() throws Exception {
      spec();
      Path page = dir.resolve("errors.md");
      assertEquals(new Run(1, "", page + ": does not exist; run errorspec docs\n"),
          run("check", "--spec", "DIR/error-spec.yaml", "--docs", "DIR/errors.md"));
      assertEquals(new Run(0, "errorspec: " + page + ": created\n", ""),
          run("sync", "--spec", "DIR/error-spec.yaml", "--docs", "DIR/errors.md"));
    }

    @Test
    @DisplayName("check without outputs checks the spec alone; sync without outputs is a usage error")
    void noOutputs() throws Exception {
      Path spec = spec();
      assertEquals(new Run(0, "errorspec: " + spec + " is valid\n", ""), run("check", "--spec", "DIR/error-spec.yaml"));
      Run sync = run("sync", "--spec", "DIR/error-spec.yaml");
      assertEquals(2, sync.exitCode());
      assertTrue(sync.err().startsWith(OutputOptions.NONE_GIVEN + "\n"), sync.err());
    }

    @Test
    @DisplayName("a docs path that is a directory is named with what is wrong, exit 2")
    void directoryPage() throws Exception {
      spec();
      Files.createDirectories(dir.resolve("docs"));
      Run run = run("docs", "--spec", "DIR/error-spec.yaml", "--docs", "DIR/docs");
      assertEquals(2, run.exitCode());
      assertTrue(run.err().startsWith(dir.resolve("docs") + ": is a directory"), run.err());
    }
  }

  @Nested
  @DisplayName("compat")
  class Compat {

    @Test
    @DisplayName("a removed code fails with exit 1, the finding on stderr; a message change only warns")
    void findings() throws Exception {
      Path baseline = Files.writeString(dir.resolve("baseline.yaml"), SPEC);
      Files.writeString(dir.resolve("error-spec.yaml"), SPEC.replace("message: Bad}", "message: Worse}"));
      Run warning = run("compat", "--spec", "DIR/error-spec.yaml", "--baseline", "DIR/baseline.yaml");
      assertEquals(0, warning.exitCode(), warning.err());
      assertTrue(warning.out().endsWith("errorspec: compatible with baseline " + baseline + " (1 warning)\n"),
          warning.out());

      Run strict = run("compat", "--spec", "DIR/error-spec.yaml", "--baseline", "DIR/baseline.yaml",
          "--fail-on", "WARNING");
      assertEquals(1, strict.exitCode());
      assertTrue(strict.err().contains(": warning: BAD message changed"), strict.err());
      assertEquals("errorspec: 1 incompatible change against baseline " + baseline + "\n", strict.out());
    }

    @Test
    @DisplayName("an unknown --fail-on is a usage error")
    void badFailOn() throws Exception {
      spec();
      Files.writeString(dir.resolve("baseline.yaml"), SPEC);
      Run run = run("compat", "--spec", "DIR/error-spec.yaml", "--baseline", "DIR/baseline.yaml", "--fail-on", "all");
      assertEquals(2, run.exitCode());
      assertTrue(run.err().startsWith("Invalid value for option '--fail-on': 'all' is not breaking, warning or none\n"),
          run.err());
    }
  }

  @Test
  @DisplayName("init writes the schema and a starter catalog, which check then accepts")
  void init() throws Exception {
    Path spec = dir.resolve("error-spec.yaml");
    assertEquals(new Run(0, "errorspec: " + dir.resolve("error-spec.schema.json") + ": created\nerrorspec: " + spec
        + ": created\n", ""), run("init", "--spec", "DIR/error-spec.yaml"));
    assertEquals(new Run(0, "errorspec: " + spec + " is valid\n", ""), run("check", "--spec", "DIR/error-spec.yaml"));
  }

  @Test
  @DisplayName("an unknown option or command is a usage error, exit 2; no command at all too")
  void usageErrors() {
    Run option = run("check", "--nope");
    assertEquals(2, option.exitCode());
    assertTrue(option.err().startsWith("Unknown option: '--nope'\n"), option.err());
    Run command = run("frobnicate");
    assertEquals(2, command.exitCode());
    assertTrue(command.err().startsWith("Unmatched argument at index 0: 'frobnicate'\n"), command.err());
    Run none = run();
    assertEquals(2, none.exitCode());
    assertTrue(none.err().startsWith("Missing a command: init, generate, docs, sync, check or compat\n"), none.err());
  }

  @Test
  @DisplayName("--version names the version; --help lists the commands and exit codes")
  void versionAndHelp() {
    assertEquals(new Run(0, "errorspec " + System.getProperty("errorspec.version") + "\n", ""), run("--version"));
    Run help = run("--help");
    assertEquals(0, help.exitCode());
    for (String text : List.of("generate", "docs", "sync", "check", "compat", "Exit codes:", "3  errorspec itself")) {
      assertTrue(help.out().contains(text), text + " missing from:\n" + help.out());
    }
  }
}
