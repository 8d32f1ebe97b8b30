package io.github.errorspec.core.load;

import java.util.Map;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;

/** The entries of a YAML mapping by key text, in document order, with the node of each key kept. */
record Fields(Map<String, NodeTuple> entries) {

  /** The value given for {@code key}, or null when the key is absent. */
  Node get(String key) {
    NodeTuple tuple = entries.get(key);
    return tuple == null ? null : tuple.getValueNode();
  }

  boolean isEmpty() {
    return entries.isEmpty();
  }
}
