package io.github.errorspec.core.generate.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.errorspec.core.generate.GeneratedFile;
import io.github.errorspec.core.generate.GoldenFiles;
import io.github.errorspec.core.load.SpecLoader;
import io.github.errorspec.core.output.CommittedOutput;
import io.github.errorspec.core.output.Context;
import io.github.errorspec.core.output.Outputs;
import io.github.errorspec.core.output.PackageCoordinates;
import io.github.errorspec.core.output.Released;
import io.github.errorspec.core.output.SourceOutput;
import io.github.errorspec.core.spec.ErrorSpec;
import io.github.errorspec.core.spec.InputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("The JSON catalog read back as a spec")
class JsonRoundTripTest {

  @TempDir
  Path temp;

  @ParameterizedTest(name = "{0} catalog")
  @ValueSource(strings = {"../error-spec.yaml", "src/test/resources/golden/edge/error-spec.yaml",
      "src/test/resources/golden/edge-spring/error-spec.yaml", "src/test/resources/golden/params/error-spec.yaml",
      "src/test/resources/golden/problem/error-spec.yaml"})
  @DisplayName("generates every output byte for byte as the YAML does, the spec file's name aside")
  void sameOutputs(String yamlFile) throws Exception {
    ErrorSpec yaml = new SpecLoader().load(Path.of(yamlFile));
    String json = new JsonGenerator().generate(yaml);
    Path jsonFile = Files.writeString(temp.resolve("error-spec.json"), json, StandardCharsets.UTF_8);
    ErrorSpec fromJson = new SpecLoader().load(jsonFile);

    TreeMap<String, String> expected = outputs(yaml);
    TreeMap<String, String> actual = outputs(fromJson);
    assertEquals(expected.keySet(), actual.keySet());
    assertFalse(expected.isEmpty());
    expected.forEach((name, content) -> {
      String read = actual.get(name).replace("error-spec.json", "error-spec.yaml");
      if (!content.equals(read)) {
        throw new AssertionError(name + " from JSON differs: " + GoldenFiles.firstDifference(content, read));
      }
    });
    assertEquals(json, new JsonGenerator().generate(fromJson), "JSON of the JSON");
    assertEquals(yaml.format(), fromJson.format());
    assertEquals(yaml.problemTypeBase(), fromJson.problemTypeBase());
  }

  @Test
  @DisplayName("a problem in a JSON spec is reported at its line and column in the JSON file")
  void positions() throws Exception {
    Path file = Files.writeString(temp.resolve("errors.json"), """
        {
          "errorspec": 1,
          "statuses": {"400": "Bad Request"},
          "categories": [
            {
              "title": "Errors",
              "groups": [{"status": 400, "errors": [{"code": "bad", "mesage": "Bad"}]}]
            }
          ]
        }
        """);
    InputException problem = assertThrows(InputException.class, () -> new SpecLoader().load(file));
    List<String> lines = problem.getMessage().lines().toList();
    assertEquals(2, lines.size(), problem.getMessage());
    assertTrue(lines.get(0).startsWith(file + ":7:54: code 'bad' is not valid"), lines.get(0));
    assertTrue(lines.get(1).startsWith(file + ":7:61: unknown key 'mesage'"), lines.get(1));
  }

  /** Every output of {@code spec}, by output and file name: the committed files and the sources it can have. */
  private static TreeMap<String, String> outputs(ErrorSpec spec) throws Exception {
    Context context = new Context() {
      @Override
      public ErrorSpec spec() {
        return spec;
      }

      @Override
      public Optional<Released> baseline() {
        return Optional.empty();
      }

      @Override
      public PackageCoordinates clientPackage() {
        return new PackageCoordinates(Optional.of("round-trip"), Optional.of("1.0.0"));
      }
    };
    TreeMap<String, String> files = new TreeMap<>();
    for (CommittedOutput output : Outputs.committed(Outputs.BUILT_IN)) {
      for (CommittedOutput.File file : output.files(context, Path.of(output.name()), path -> Optional.empty())) {
        files.put(file.path().toString(), file.content());
      }
    }
    for (SourceOutput output : Outputs.sources(Outputs.BUILT_IN)) {
      if (output.rules(spec).isEmpty()) {
        for (GeneratedFile file : output.generate(spec, spec.packageName().orElseThrow())) {
          files.put(output.name() + ":" + file.path(), file.content());
        }
      }
    }
    return files;
  }
}
