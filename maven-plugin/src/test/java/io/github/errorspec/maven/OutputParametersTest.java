package io.github.errorspec.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.github.errorspec.core.output.CommittedOutput;
import io.github.errorspec.core.output.Outputs;
import io.github.errorspec.core.output.Parameter;
import io.github.errorspec.core.output.SourceOutput;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

@DisplayName("Every output of the registry is a parameter of the goals that loop over it")
class OutputParametersTest {

  @Test
  @DisplayName("sync and check declare each committed output's file parameter, property and default")
  void committedOutputs() throws Exception {
    Map<String, Map<String, String>> goals = descriptor();
    for (String goal : List.of("sync", "check")) {
      for (CommittedOutput output : Outputs.committed(Outputs.BUILT_IN)) {
        assertEquals(declaration(output.parameter(), "java.io.File"), goals.get(goal).get(output.parameter().name()),
            goal + " " + output.name());
      }
    }
  }

  @Test
  @DisplayName("sync and check declare the committed outputs' settings (the client packages' name and version)")
  void settings() throws Exception {
    Map<String, Map<String, String>> goals = descriptor();
    for (String goal : List.of("sync", "check")) {
      for (Parameter setting : Outputs.SETTINGS) {
        assertEquals(declaration(setting, "java.lang.String"), goals.get(goal).get(setting.name()),
            goal + " " + setting.name());
      }
    }
    assertEquals("${project.version}", Outputs.PACKAGE_VERSION.mavenDefault().orElseThrow());
  }

  @Test
  @DisplayName("generate declares each opt-in source output's switch")
  void sourceOutputs() throws Exception {
    Map<String, String> generate = descriptor().get("generate");
    for (SourceOutput output : Outputs.sources(Outputs.BUILT_IN)) {
      if (output.optIn().isPresent()) {
        assertEquals(declaration(output.optIn().get(), "boolean"), generate.get(output.optIn().get().name()),
            output.name());
      }
    }
  }

  /** How the plugin descriptor configures a parameter: type, property expression, default. */
  private static String declaration(Parameter parameter, String type) {
    return type + " ${" + parameter.property() + "} " + parameter.mavenDefault().orElse("");
  }

  /** Each goal's parameters, as {@link #declaration} renders them, from the generated plugin descriptor. */
  private static Map<String, Map<String, String>> descriptor() throws Exception {
    Map<String, Map<String, String>> goals = new LinkedHashMap<>();
    try (InputStream in = GenerateMojo.class.getResourceAsStream("/META-INF/maven/plugin.xml")) {
      assertNotNull(in, "no plugin descriptor on the test class path");
      Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
      NodeList mojos = document.getElementsByTagName("mojo");
      for (int i = 0; i < mojos.getLength(); i++) {
        Element mojo = (Element) mojos.item(i);
        Map<String, String> parameters = new LinkedHashMap<>();
        for (Element value : children((Element) mojo.getElementsByTagName("configuration").item(0))) {
          parameters.put(value.getTagName(), value.getAttribute("implementation") + " "
              + value.getTextContent().strip() + " " + value.getAttribute("default-value"));
        }
        goals.put(mojo.getElementsByTagName("goal").item(0).getTextContent().strip(), parameters);
      }
    }
    return goals;
  }

  private static List<Element> children(Element parent) {
    List<Element> children = new ArrayList<>();
    for (int i = 0; parent != null && i < parent.getChildNodes().getLength(); i++) {
      if (parent.getChildNodes().item(i) instanceof Element element) {
        children.add(element);
      }
    }
    return children;
  }
}
