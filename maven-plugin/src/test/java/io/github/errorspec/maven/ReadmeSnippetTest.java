package io.github.errorspec.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The README's minimal pom.xml")
class ReadmeSnippetTest {

  @Test
  @DisplayName("is the pom the first-build integration test runs, so that it works as shown")
  void readmeShowsTheTestedPom() throws Exception {
    String readme = Files.readString(Path.of("..", "README.md"));
    int section = readme.indexOf("## Use it in your build");
    int start = readme.indexOf("```xml\n", section) + "```xml\n".length();
    String snippet = readme.substring(start, readme.indexOf("```\n", start));
    String tested = Files.readString(Path.of("src", "it", "first-build", "pom.xml"))
        .replace("@project.version@", "0.1.0-SNAPSHOT");
    assertEquals(tested, snippet);
  }
}
