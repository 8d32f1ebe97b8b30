package io.github.errorspec.core.load;

import io.github.errorspec.core.spec.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads HTTP statuses where a spec writes them: the {@code statuses} table (number and reason) and
 * the status of a group or an error, reporting each malformed one where it is written.
 */
final class StatusReader {

  /** Stands for a status that was already reported as malformed. */
  static final int INVALID_STATUS = 0;

  private static final Pattern NUMBER = Pattern.compile("0|[1-9][0-9]{0,5}");

  private final Nodes nodes;

  StatusReader(Nodes nodes) {
    this.nodes = nodes;
  }

  /** The statuses under {@code statuses}, each checked; none when {@code node} is null. */
  List<Status> readStatuses(Node node) {
    List<Status> statuses = new ArrayList<>();
    if (node == null) {
      return statuses;
    }
    Optional<Fields> entries = nodes.mapping(node, "'statuses'", null);
    if (entries.isEmpty()) {
      return statuses;
    }
    if (entries.get().isEmpty()) {
      nodes.report(node, "'statuses' must not be empty");
    }
    for (Map.Entry<String, NodeTuple> entry : entries.get().entries().entrySet()) {
      Node keyNode = entry.getValue().getKeyNode();
      Node reasonNode = entry.getValue().getValueNode();
      int code = parseStatus(entry.getKey(), keyNode);
      Optional<String> reason = nodes.text(reasonNode, entry.getKey());
      if (reasonNode instanceof ScalarNode && reason.map(String::isBlank).orElse(true)) {
        nodes.report(reasonNode, "the reason of status " + entry.getKey() + " must not be empty");
      }
      // Numbers have one spelling each, so the duplicate-key check already found repeated statuses.
      if (code != INVALID_STATUS) {
        statuses.add(new Status(code, reason.orElse(""), nodes.location(keyNode)));
      }
    }
    return statuses;
  }

  /** The status number, or {@link #INVALID_STATUS} after reporting why it is not one. */
  private int parseStatus(String text, Node node) {
    if (!NUMBER.matcher(text).matches()) {
      nodes.report(node, "status " + Nodes.quote(text) + " is not an HTTP status: expected a number from 100 to 599");
      return INVALID_STATUS;
    }
    int code = Integer.parseInt(text);
    if (code < 100 || code > 599) {
      nodes.report(node, "status " + code + " is outside 100..599");
      return INVALID_STATUS;
    }
    return code;
  }

  /** The status of a group or an error: an error status, 4xx or 5xx; or {@link #INVALID_STATUS} once reported. */
  int readStatusValue(Node node) {
    return nodes.text(node, "status").map(text -> parseStatus(text, node)).map(code -> {
      if (code != INVALID_STATUS && code < 400) {
        nodes.report(node, "status " + code + " is not an error status: groups and errors take a 4xx or 5xx status "
            + "(1xx, 2xx and 3xx statuses may be listed under 'statuses' for the docs table only)");
        return INVALID_STATUS;
      }
      return code;
    }).orElseGet(() -> {
      if (node instanceof ScalarNode) {
        nodes.report(node, "'status' must not be empty");
      }
      return INVALID_STATUS;
    });
  }
}
