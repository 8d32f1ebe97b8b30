package com.example.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.testsupport.ReadmeBlocks;
import com.example.testsupport.ReadmeBlocks.Block;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * The README's "Getting started" for Spring Boot, as written: its catalog block and plugin block are
 * what this example uses, its controller is {@link HelloController} (in {@code com.example.demo},
 * outside the generated package, with the Initializr-style application of
 * {@link DemoApplicationTest}), and its {@code curl -i} answers what it shows.
 */
@SpringBootTest(classes = DemoApplicationTest.DemoApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DisplayName("the README's Spring Boot walk-through, as written")
class ReadmeSpringTest {

  private static final Path EXAMPLE = Path.of(System.getProperty("exampleDirectory", "."));
  /** The section's blocks in order: catalog, plugin, controller, run and curl, output. */
  private static final int FALLBACKS = 0;
  private static final int PLUGIN = 1;
  private static final int CONTROLLER = 2;
  private static final int CURL = 3;
  private static final int OUTPUT = 4;

  @Value("${local.server.port}")
  int port;

  private static List<Block> blocks() throws IOException {
    return ReadmeBlocks.of(EXAMPLE.resolve("../README.md"), "## Getting started", "### Spring Boot server");
  }

  @Test
  @DisplayName("its fallbacks block is the example catalog's (whitespace and comments aside)")
  void fallbacks() throws IOException {
    String catalog = yaml(Files.readString(EXAMPLE.resolve("error-spec.yaml"), StandardCharsets.UTF_8));
    String shown = yaml(blocks().get(FALLBACKS).text());
    assertTrue(shown.startsWith("fallbacks:") && catalog.contains(shown), shown);
  }

  @Test
  @DisplayName("its plugin block is in the example's pom (the version aside: the reactor's)")
  void plugin() throws Exception {
    Element shown = xml(blocks().get(PLUGIN).text());
    NodeList plugins = xml(Files.readString(EXAMPLE.resolve("pom.xml"), StandardCharsets.UTF_8)).getElementsByTagName("plugin");
    boolean found = false;
    for (int i = 0; i < plugins.getLength(); i++) {
      found |= contains((Element) plugins.item(i), shown);
    }
    assertTrue(found, "the example's pom has no plugin with every element of the README's:\n" + blocks().get(PLUGIN).text());
  }

  @Test
  @DisplayName("its controller is HelloController, compiled here outside the generated package")
  void controller() throws IOException {
    assertEquals(Files.readString(EXAMPLE.resolve("src/test/java/com/example/demo/HelloController.java"), StandardCharsets.UTF_8),
        blocks().get(CONTROLLER).text());
  }

  @Test
  @DisplayName("its curl -i answers the status line, headers and envelope it shows")
  void curl() throws Exception {
    List<Block> blocks = blocks();
    String command = Arrays.stream(blocks.get(CURL).text().split("\n")).filter(line -> line.startsWith("curl "))
        .findFirst().orElseThrow(() -> new AssertionError("no curl line in " + blocks.get(CURL).text()));
    List<String> arguments = new ArrayList<>();
    for (String argument : command.split(" +")) {
      arguments.add(argument.replace("localhost:8080", "localhost:" + port));
    }
    String actual = run(arguments);
    String[] shown = normalise(blocks.get(OUTPUT).text()).split("\n\n", 2);
    String[] answered = normalise(actual).split("\n\n", 2);
    List<String> shownHeaders = List.of(shown[0].split("\n"));
    List<String> answeredHeaders = List.of(answered[0].split("\n"));
    assertEquals(shownHeaders.get(0), answeredHeaders.get(0), actual);
    for (String header : shownHeaders) {
      assertTrue(answeredHeaders.contains(header), "no '" + header + "' in\n" + actual);
    }
    assertTrue(shownHeaders.contains("X-Request-Id: <id>"), "the README shows no X-Request-Id");
    assertEquals(shown[1].strip(), answered[1].strip(), actual);
    Matcher header = Pattern.compile("(?im)^X-Request-Id: (\\S+)").matcher(actual);
    assertTrue(header.find() && actual.contains("\"request_id\":\"" + header.group(1) + "\""), actual);
  }

  /** Runs a command, returning its standard output (curl's progress meter goes to stderr, discarded). */
  private static String run(List<String> command) throws Exception {
    Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    try (InputStream out = process.getInputStream()) {
      String text = new String(out.readAllBytes(), StandardCharsets.UTF_8);
      assertEquals(0, process.waitFor(), String.join(" ", command) + ":\n" + text);
      return text;
    }
  }

  /**
   * The response with what differs between runs replaced (the request id, the date, the timestamp)
   * and without trailing spaces (Tomcat's status line has no reason phrase after its space).
   */
  private static String normalise(String response) {
    return response.replace("\r\n", "\n").replaceAll("(?m) +$", "")
        .replaceAll("(?im)^(X-Request-Id): .*$", "$1: <id>")
        .replaceAll("(?im)^(Date): .*$", "$1: <date>")
        .replaceAll("\"request_id\":\"[^\"]*\"", "\"request_id\":\"<id>\"")
        .replaceAll("\"timestamp\":\"[^\"]*\"", "\"timestamp\":\"<timestamp>\"");
  }

  /** YAML lines without comments, blank lines and runs of spaces. */
  private static String yaml(String text) {
    return Arrays.stream(text.split("\n")).map(line -> line.replaceAll("(^| )#.*$", "").strip().replaceAll(" +", " "))
        .filter(line -> !line.isEmpty()).collect(Collectors.joining("\n"));
  }

  private static Element xml(String text) throws Exception {
    return DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new InputSource(new StringReader(text))).getDocumentElement();
  }

  /** Whether {@code actual} has every element and text of {@code shown}; {@code <version>} is not compared. */
  private static boolean contains(Element actual, Element shown) {
    if (!actual.getTagName().equals(shown.getTagName())) {
      return false;
    }
    List<Element> children = children(shown);
    if (children.isEmpty()) {
      return actual.getTextContent().strip().equals(shown.getTextContent().strip());
    }
    return children.stream().filter(child -> !child.getTagName().equals("version"))
        .allMatch(child -> children(actual).stream().anyMatch(candidate -> contains(candidate, child)));
  }

  private static List<Element> children(Element element) {
    List<Element> children = new ArrayList<>();
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element e) {
        children.add(e);
      }
    }
    return children;
  }
}
