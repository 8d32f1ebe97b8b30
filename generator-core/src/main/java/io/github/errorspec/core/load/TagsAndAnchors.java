package io.github.errorspec.core.load;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reports every tag beyond plain YAML values, since the spec's model is text, lists and mappings;
 * warns about every anchor on text that no alias uses, which YAML dropped from the value the user
 * typed ({@code message: &copy 2024} reads "2024"). Trees are visited one part at a time (each error
 * entry as it is composed, then the rest), so the anchors are judged at the end, by {@link #finish}.
 */
final class TagsAndAnchors {

  private static final Set<Tag> PLAIN_TAGS = Set.of(
      Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL, Tag.TIMESTAMP, Tag.MAP, Tag.SEQ, Tag.MERGE);

  private final Nodes nodes;
  private final Set<Node> seen = Collections.newSetFromMap(new IdentityHashMap<>());
  private final Set<Node> aliased = Collections.newSetFromMap(new IdentityHashMap<>());
  private final List<Node> anchoredText = new ArrayList<>();
  /** The nodes left to visit; one list for every visit, since one is made per error entry. */
  private final List<Node> pending = new ArrayList<>();

  TagsAndAnchors(Nodes nodes) {
    this.nodes = nodes;
  }

  /** Reports the tags of {@code root} and the nodes under it, noting anchors and aliases. */
  void visit(Node root) {
    pending.add(root);
    while (!pending.isEmpty()) {
      Node node = pending.remove(pending.size() - 1);
      // Only an anchored node can be reached twice (through an alias), or be part of a cycle.
      if (node.getAnchor() != null && !seen.add(node)) {
        aliased.add(node);
        continue;
      }
      if (node.getAnchor() != null && node instanceof ScalarNode) {
        anchoredText.add(node);
      }
      if (!PLAIN_TAGS.contains(node.getTag())) {
        String tag = shortTag(node.getTag());
        boolean localOnText = node instanceof ScalarNode && tag.startsWith("!") && !tag.startsWith("!!");
        nodes.reportTag(node, "tag " + Nodes.quote(tag) + " is not allowed: a spec holds only text, lists and "
            + "mappings" + (localOnText ? "; put the whole value in quotes if " + Nodes.quote(tag)
            + " is part of the text" : ""));
      }
      if (node instanceof MappingNode) {
        for (NodeTuple tuple : ((MappingNode) node).getValue()) {
          pending.add(tuple.getKeyNode());
          pending.add(tuple.getValueNode());
        }
      } else if (node instanceof SequenceNode) {
        pending.addAll(((SequenceNode) node).getValue());
      }
    }
  }

  /** Warns about every anchored text that no alias visited uses. */
  void finish() {
    for (Node node : anchoredText) {
      if (!aliased.contains(node)) {
        nodes.warn(node, Nodes.quote("&" + node.getAnchor()) + " is a YAML anchor, not part of the value, and no "
            + "alias uses it; put the whole value in quotes if it belongs to the text");
      }
    }
  }

  private static String shortTag(Tag tag) {
    String value = tag.getValue();
    return value.startsWith(Tag.PREFIX) ? "!!" + value.substring(Tag.PREFIX.length()) : value;
  }
}
