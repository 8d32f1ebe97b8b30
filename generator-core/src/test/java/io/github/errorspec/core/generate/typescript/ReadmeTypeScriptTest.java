package io.github.errorspec.core.generate.typescript;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.errorspec.core.generate.ClientPackage;
import io.github.errorspec.core.generate.GeneratedFile;
import io.github.errorspec.core.generate.GoldenCatalog;
import io.github.errorspec.core.generate.typescript.TypeScriptProject.Compiler;
import io.github.errorspec.core.testing.ExternalTools;
import io.github.errorspec.core.testing.ReadmeApi;
import io.github.errorspec.core.testing.ReadmeBlocks;
import io.github.errorspec.core.testing.ReadmeBlocks.Block;
import io.github.errorspec.core.testing.ReadmeShell;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The README's "Getting started" for TypeScript, as written: the API team's npm package of the
 * repository's catalog, packed by its command; the user's commands, {@code tsconfig.json} and
 * {@code main.ts}, compiled by the repository's pinned TypeScript and run by {@code node} against
 * {@link ReadmeApi}; what it prints is what the README shows.
 */
@DisplayName("the README's TypeScript walk-through, as written")
class ReadmeTypeScriptTest {

  /** The version of the README's pom ("Use it in your build"), as the package gets it. */
  private static final String VERSION = "1.0.0-SNAPSHOT";
  /** The section's blocks in order. */
  private static final int TEAM_COMMANDS = 1;
  private static final int USER_COMMANDS = 2;
  private static final int TSCONFIG = 3;
  private static final int PROGRAM = 4;
  private static final int RUN = 5;
  private static final int OUTPUT = 6;

  @Test
  @DisplayName("the package packs and installs offline; main.ts compiles under --strict and prints what the README shows")
  void asWritten() throws Exception {
    List<Block> blocks = ReadmeBlocks.of(ExternalTools.REPOSITORY.resolve("README.md"), "## Getting started", "### TypeScript client");
    TypeScriptProject project = TypeScriptProject.create("readme");
    for (GeneratedFile file : new TypeScriptPackageGenerator().generate(GoldenCatalog.SEED.spec(),
        ClientPackage.of(GoldenCatalog.SEED.spec(), Optional.empty(), Optional.of(VERSION)))) {
      project.write("api/clients/npm/" + file.path(), file.content());
    }
    ReadmeShell team = new ReadmeShell(Files.createDirectories(project.directory().resolve("api")), ReadmeTypeScriptTest::standIn);
    blocks.get(TEAM_COMMANDS).text().lines().forEach(team::run);

    ReadmeShell user = new ReadmeShell(project.directory(), ReadmeTypeScriptTest::standIn);
    List<String> lines = blocks.get(USER_COMMANDS).text().lines().toList();
    user.run(lines.get(0));
    // What the API team handed over: the tarball its npm pack wrote.
    String tarball = "example-ai-api-errors-" + VERSION + ".tgz";
    Files.copy(team.directory().resolve(tarball), user.directory().resolve(tarball));
    lines.subList(1, lines.size()).forEach(user::run);

    try (ReadmeApi api = ReadmeApi.start()) {
      project.write("app/tsconfig.json", blocks.get(TSCONFIG).text())
          .write("app/main.ts", blocks.get(PROGRAM).text().replace("http://localhost:8080", api.url()));
      // The stricter flags of the repository's own checks, with both pinned compilers, beyond the README's "strict".
      for (Compiler compiler : Compiler.values()) {
        project.compile(compiler, "tsconfig.strictest.json", "\"target\": \"ES2022\", \"module\": \"NodeNext\", \"noEmit\": true",
            List.of("app/main.ts"));
      }
      String output = user.run(blocks.get(RUN).text());
      assertEquals(blocks.get(OUTPUT).text(), output);
    }
  }

  /** npm installs offline; TypeScript is the repository's pinned compiler; Maven's sync is done above. */
  private static List<String> standIn(List<String> words) {
    String command = String.join(" ", words);
    if (command.equals("mvn errorspec:sync") || command.equals("npm install --save-dev typescript")) {
      return List.of();
    }
    if (command.equals("npx tsc")) {
      return List.of(ExternalTools.npmTool("tsc").toString());
    }
    List<String> actual = new ArrayList<>(words);
    if (command.startsWith("npm install ")) {
      actual.addAll(List.of("--offline", "--no-audit", "--no-fund"));
    }
    return actual;
  }
}
