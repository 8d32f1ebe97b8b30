package io.github.errorspec.core.load;

import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;

/**
 * The entries of a YAML mapping by key text, in document order, with the node of each key kept.
 *
 * @param suggested valid keys already suggested for misspelt ones, which need no second report
 *     as missing
 */
record Fields(Map<String, NodeTuple> entries, Set<String> suggested) {

  /** The value given for {@code key}, or null when the key is absent. */
  Node get(String key) {
    NodeTuple tuple = entries.get(key);
    return tuple == null ? null : tuple.getValueNode();
  }

  boolean isEmpty() {
    return entries.isEmpty();
  }
}
