package io.github.errorspec.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

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

@DisplayName("Eclipse m2e lifecycle mapping shipped in the plugin")
class EclipseMappingTest {

  @Test
  @DisplayName("generate runs on configuration and incremental builds; the other goals are left to Maven")
  void mapping() throws Exception {
    Map<String, String> actionByGoal = new LinkedHashMap<>();
    try (InputStream in = GenerateMojo.class.getResourceAsStream("/META-INF/m2e/lifecycle-mapping-metadata.xml")) {
      assertNotNull(in, "the plugin jar has no META-INF/m2e/lifecycle-mapping-metadata.xml");
      Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
      NodeList executions = document.getElementsByTagName("pluginExecution");
      for (int i = 0; i < executions.getLength(); i++) {
        Element execution = (Element) executions.item(i);
        Element action = (Element) execution.getElementsByTagName("action").item(0);
        String mapped = action.getElementsByTagName("execute").getLength() == 1
            ? "execute incremental=" + text(action, "runOnIncremental") + " configuration="
                + text(action, "runOnConfiguration")
            : "ignore";
        for (String goal : texts(execution, "goal")) {
          actionByGoal.put(goal, mapped);
        }
      }
    }
    assertEquals(Map.of("generate", "execute incremental=true configuration=true", "docs", "ignore", "sync", "ignore",
        "check", "ignore", "compat", "ignore", "init", "ignore"), actionByGoal);
  }

  private static String text(Element parent, String tag) {
    return parent.getElementsByTagName(tag).item(0).getTextContent().strip();
  }

  private static List<String> texts(Element parent, String tag) {
    List<String> texts = new ArrayList<>();
    NodeList nodes = parent.getElementsByTagName(tag);
    for (int i = 0; i < nodes.getLength(); i++) {
      texts.add(nodes.item(i).getTextContent().strip());
    }
    return texts;
  }
}
